package app.fiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.fiv.demo.DemoCommServe;
import app.fiv.demo.DemoJobs;
import app.fiv.testing.TestTls;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} against the demo CommServe over HTTPS with a test CA's certificate. */
class TlsExportTest {
    @TempDir
    static Path dir;
    private static TestTls tls;
    private static DemoCommServe demo;
    private static String server;

    @BeforeAll
    static void start() throws Exception {
        tls = TestTls.create(dir);
        demo = DemoCommServe.startHttps(tls.serverContext);
        server = demo.webServiceUrl().toString();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static CliRun export(String... trust) {
        String[] args = new String[7 + trust.length];
        String[] base = {"export", "--server", server, "--user", "demo", "--job", String.valueOf(DemoJobs.LIST_SAMPLE)};
        System.arraycopy(base, 0, args, 0, 7);
        System.arraycopy(trust, 0, args, 7, trust.length);
        return new CliRun().password(DemoCommServe.PASSWORD).run(args);
    }

    @Test
    void anUntrustedCertificateIsExitCode6AndShowsItsFingerprint() {
        CliRun run = export();

        assertThat(server).startsWith("https://");
        assertThat(run.exitCode).isEqualTo(6);
        assertThat(run.stderr).contains("not trusted").contains(tls.serverFingerprint).contains("CN=localhost")
                .contains("--trust-fingerprint " + tls.serverFingerprint);
        assertThat(run.stdout).isEmpty();
    }

    @Test
    void thePinnedCertificateIsTrustedInAnySpelling() {
        CliRun colons = export("--trust-fingerprint", tls.serverFingerprint);
        CliRun bare = export("--trust-fingerprint", tls.serverFingerprint.replace(":", "").toLowerCase(Locale.ROOT));

        assertThat(colons.exitCode).isZero();
        assertThat(colons.stdout).startsWith("failureReason,entity\r\n");
        assertThat(bare.exitCode).isZero();
    }

    @Test
    void anotherPinRefusesTheCertificate() {
        String other = "00".repeat(32);

        CliRun run = export("--trust-fingerprint", other);

        assertThat(run.exitCode).isEqualTo(6);
        assertThat(run.stderr).contains(tls.serverFingerprint).contains("not the certificate whose fingerprint was given");
    }

    @Test
    void aCaFileAddsTheCaThatSignedTheServer() {
        CliRun run = export("--ca-file", tls.caPem.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).contains("RestrictedFolder");
    }

    @Test
    void aCaFileAndAPinTogetherAreAUsageError() {
        CliRun run = export("--ca-file", tls.caPem.toString(), "--trust-fingerprint", tls.serverFingerprint);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).contains("not both");
    }
}
