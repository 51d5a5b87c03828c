package app.fiv.testing;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.ServerAddress;
import app.fiv.api.Session;
import app.fiv.demo.DemoCommServe;

/** The demo account's login at a demo server's web service URL, as most tests need it. */
public final class DemoLogins {
    private DemoLogins() {
    }

    public static Session logIn(CommServeClient client, DemoCommServe server) throws ApiException {
        return client.login(ServerAddress.of(server.webServiceUrl()), DemoCommServe.USER,
                DemoCommServe.PASSWORD.toCharArray(), CancelSignal.none());
    }
}
