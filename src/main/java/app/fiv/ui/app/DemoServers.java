package app.fiv.ui.app;

import app.fiv.api.Credential;
import app.fiv.api.Session;
import app.fiv.demo.AccessTokenPair;
import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.ui.login.DemoServerLauncher;
import java.io.IOException;

/** The app's one demo CommServe: started on the first request, stopped when the app closes. */
final class DemoServers implements DemoServerLauncher, AutoCloseable {
    static final String JOBS_HINT = "The list is the demo's own history (jobs 40000 to 41792, the fifteen nights before it"
            + " started: file servers, SQL Server, Exchange Online, VMs, aux copies, restores). Demo jobs: "
            + DemoJobs.LIST_SAMPLE + " and " + DemoJobs.CSV_SAMPLE + " (the API's samples), " + DemoJobs.LINUX_SERVER
            + " to " + DemoJobs.SLOW + " (file servers, Exchange, " + String.format("%,d", DemoJobs.LARGE_FILE_SERVER_ITEMS)
            + " and 1,000,000 items, CommServe errors, a slow download…), " + DemoJobs.EMPTY_BODY + " to "
            + DemoJobs.HTML_AS_JSON + " (answers broken in odd ways), " + DemoJobs.XML_NESTED_VALUE + " to "
            + DemoJobs.FORMULA_LOOKALIKES + " (a hostile server's answers), " + DemoJobs.MISSING + " (does not exist).";

    private DemoCommServe server;

    @Override
    public synchronized Details start() throws IOException {
        if (server == null) {
            server = DemoCommServe.start();
        }
        return new Details(server.webServiceUrl(), DemoCommServe.USER, DemoCommServe.PASSWORD);
    }

    @Override
    public synchronized Credential.AccessToken issueAccessToken() throws IOException {
        start();
        AccessTokenPair pair = server.issueAccessToken();
        return new Credential.AccessToken(pair.accessToken(), pair.refreshToken());
    }

    synchronized boolean serves(Session session) {
        return session != null && servesWebService(session.webService());
    }

    synchronized boolean servesWebService(java.net.URI webService) {
        return server != null && webService.equals(server.webServiceUrl());
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
