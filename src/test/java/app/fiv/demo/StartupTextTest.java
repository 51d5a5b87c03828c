package app.fiv.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the stand-alone server says at start about its history and access tokens. */
class StartupTextTest {

    @Test
    void namesTheHistoryAndHowToGetAnAccessToken() throws IOException {
        try (DemoCommServe server = DemoCommServe.builder().clock(new TestClock(TestClock.MORNING)).start()) {
            List<String> withoutToken = StartupText.more(catalogOf(server), false);
            List<String> withToken = StartupText.more(catalogOf(server), true);

            assertThat(withoutToken.get(0)).isEqualTo("  History: 1793 jobs of the last 15 days (IDs 40000-41792), 122 of"
                    + " them in the last 24 hours; list them with GET Job (resubmitted jobs from 60000).");
            assertThat(withoutToken.get(1)).contains("--print-access-token");
            assertThat(withToken.get(1)).contains("first line above", "Authorization: Bearer", "--token-file",
                    "V4/AccessToken/Renew", "chmod 600");
        }
    }

    private static JobCatalog catalogOf(DemoCommServe server) {
        return server.catalog();
    }
}
