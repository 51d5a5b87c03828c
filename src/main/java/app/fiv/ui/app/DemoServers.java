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
    static final String JOBS_HINT = "Demo jobs: " + DemoJobs.LIST_SAMPLE + " and " + DemoJobs.CSV_SAMPLE
            + " (the API's documented samples), " + DemoJobs.LINUX_SERVER + " (Linux server), "
            + DemoJobs.UNC_EXTRA_KEYS + " (NAS shares, extra columns), " + DemoJobs.LARGE_FILE_SERVER
            + " (file server, " + String.format("%,d", DemoJobs.LARGE_FILE_SERVER_ITEMS) + " items), "
            + DemoJobs.EXCHANGE_MAILBOXES + " (Exchange mailboxes), " + DemoJobs.NO_FAILED_ITEMS
            + " (no failed items), " + DemoJobs.ERROR_BODY_200 + " and " + DemoJobs.SERVER_ERROR_500
            + " (CommServe errors), " + DemoJobs.HTML_PAGE_200 + " (a proxy's login page), " + DemoJobs.CUT_OFF
            + " (an answer cut off), " + DemoJobs.MILLION_ITEMS + " (1,000,000 items), " + DemoJobs.LARGE_CSV
            + " (200,000 rows, CSV shape), " + DemoJobs.SLOW + " (a slow download), "
            + DemoJobs.MISSING + " (does not exist); " + DemoJobs.EMPTY_BODY + " to " + DemoJobs.HTML_AS_JSON
            + " answer in broken or odd ways (an empty body, invalid JSON, ragged CSV, 1 MB cells, a 503,"
            + " stalls, a dropped connection…), to see what the app makes of them; " + DemoJobs.XML_NESTED_VALUE
            + " to " + DemoJobs.FORMULA_LOOKALIKES + " are a hostile server's answers (an XML bomb, a new column in"
            + " every item, terminal escapes, formula look-alikes).";

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
