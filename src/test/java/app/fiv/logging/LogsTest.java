package app.fiv.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsTest {
    private static final String TOKEN = "QSDK 0f4dab8a63347d05cf5552484dafda3bfa4c5db84e580b1cb37bcf8e65b39f7f";

    @TempDir
    Path config;

    @AfterEach
    void restoreDefaultLogging() throws IOException {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.close();
        }
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void theLogFileIsPrivateAndHoldsNoSecrets() throws IOException {
        Path folder = Logs.install(config, Level.OFF);
        System.Logger log = System.getLogger("app.fiv.test");

        log.log(System.Logger.Level.INFO, "sent Authtoken: " + TOKEN);
        log.log(System.Logger.Level.WARNING, "login failed", new IllegalStateException("body {\"password\":\"aHVudGVyMg==\"}"));
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            handler.flush();
        }

        String text = Files.readString(folder.resolve(Logs.FILE_NAME + ".0"));
        assertThat(text).contains("sent Authtoken: [redacted]").contains("login failed").contains("IllegalStateException");
        assertThat(text).doesNotContain("0f4dab8a63347d05").doesNotContain("aHVudGVyMg==");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
}
