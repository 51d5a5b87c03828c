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
        assertThat(run.stderr).contains(tls.serverFingerprint).contains("not the certificate whose fingerprint was given")
                .contains("it may have been renewed, or someone may be intercepting the connection");
    }

    @Test
    void aCaFileAddsTheCaThatSignedTheServer() {
        CliRun run = export("--ca-file", tls.caPem.toString());

        assertThat(run.exitCode).isZero();
        assertThat(run.stdout).contains("RestrictedFolder");
    }

    /** Issue 13: the CA file's own certificate for another host, or expired: named so, and never offered quietly. */
    @Test
    void aCertificateOfTheCaForAnotherHostOrExpiredIsNamedAndWarnedAbout() throws Exception {
        for (TestTls.Leaf leaf : new TestTls.Leaf[] {TestTls.Leaf.OTHER_HOST, TestTls.Leaf.EXPIRED}) {
            TestTls suspicious = TestTls.create(java.nio.file.Files.createDirectories(dir.resolve(leaf.name())), leaf);
            try (DemoCommServe server = DemoCommServe.startHttps(suspicious.serverContext)) {
                String[] args = {"export", "--server", server.webServiceUrl().toString(), "--user", "demo", "--job",
                        String.valueOf(DemoJobs.LIST_SAMPLE), "--ca-file", suspicious.caPem.toString()};
                CliRun run = new CliRun().password(DemoCommServe.PASSWORD).run(args);

                assertThat(run.exitCode).isEqualTo(6);
                assertThat(run.stderr).contains(leaf == TestTls.Leaf.OTHER_HOST
                        ? "a trusted authority issued it for DNS:other.example.com, not for 127.0.0.1"
                        : "a trusted authority issued it, but it expired on ").doesNotContain("certification path");
                String warning = "Warning: This is what an attacker's certificate looks like";
                assertThat(run.stderr).contains(warning);
                assertThat(run.stderr.indexOf("--trust-fingerprint " + suspicious.serverFingerprint))
                        .as("the fingerprint comes after the warning").isGreaterThan(run.stderr.indexOf(warning));
                assertThat(run.stderr).doesNotContain("If you have checked that this is your CommServe's certificate");
            }
        }
    }

    @Test
    void aCaFileAndAPinTogetherAreAUsageError() {
        CliRun run = export("--ca-file", tls.caPem.toString(), "--trust-fingerprint", tls.serverFingerprint);

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).contains("not both");
    }
}
