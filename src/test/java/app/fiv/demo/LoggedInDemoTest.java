package app.fiv.demo;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A demo server for the whole test class, and a token of the demo user on it. */
abstract class LoggedInDemoTest {
    static DemoCommServe server;
    static DemoClient client;
    static String token;

    @BeforeAll
    static void startAndLogIn() throws IOException {
        server = DemoCommServe.start();
        client = new DemoClient(server.webServiceUrl());
        token = client.login();
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
