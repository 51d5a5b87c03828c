package app.fiv.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fiv.demo.DemoCommServe;
import app.fiv.testing.TestClients;
import app.fiv.testing.TestTls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a refused certificate is refused for its most specific reason, in words: with a CA
 * file, a certificate that CA signed for another host or outside its dates is not "an unknown
 * issuer" (what the runtime's own CAs say), and such a refusal is marked as looking like an attack.
 */
class CertificateProblemsTest {
    @TempDir
    static Path dir;
    private static final Map<TestTls.Leaf, TestTls> CERTIFICATES = new EnumMap<>(TestTls.Leaf.class);
    private static final Map<TestTls.Leaf, DemoCommServe> SERVERS = new EnumMap<>(TestTls.Leaf.class);

    @BeforeAll
    static void start() throws Exception {
        // keytool runs as a process of its own, a few per certificate: both cores make them at once.
        Map<TestTls.Leaf, TestTls> made = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Arrays.stream(TestTls.Leaf.values()).parallel().forEach(leaf -> {
            try {
                made.put(leaf, TestTls.create(Files.createDirectories(dir.resolve(leaf.name())), leaf));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CERTIFICATES.putAll(made);
        for (TestTls.Leaf leaf : TestTls.Leaf.values()) {
            SERVERS.put(leaf, DemoCommServe.startHttps(CERTIFICATES.get(leaf).serverContext));
        }
    }

    @AfterAll
    static void stop() {
        SERVERS.values().forEach(DemoCommServe::close);
    }

    private static ApiException refusal(TestTls.Leaf leaf, TlsTrust trust) throws ApiException {
        CommServeClient client = TestClients.of("tls-test", trust, WireFormat.JSON);
        ServerAddress address = ServerAddress.parse(SERVERS.get(leaf).webServiceUrl().toString());
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
                client.login(address, DemoCommServe.USER, DemoCommServe.PASSWORD.toCharArray(), CancelSignal.none()));
        assertThat(thrown).isInstanceOf(ApiException.class);
        ApiException e = (ApiException) thrown;
        assertThat(e.kind()).isEqualTo(ApiException.Kind.NETWORK);
        assertThat(e.untrustedCertificate()).as(e.getMessage()).isPresent();
        assertThat(e.untrustedCertificate().get().sha256()).isEqualTo(CERTIFICATES.get(leaf).serverFingerprint);
        return e;
    }

    private static TlsTrust caFileOf(TestTls.Leaf leaf) throws ApiException {
        return TlsTrust.withCaFile(CERTIFICATES.get(leaf).caPem);
    }

    @Test
    void aCertificateTheCaSignedForAnotherHostIsANameMismatchNotAnUnknownIssuer() throws Exception {
        ApiException e = refusal(TestTls.Leaf.OTHER_HOST, caFileOf(TestTls.Leaf.OTHER_HOST));

        assertThat(e.untrustedCertificate().get().problem()).isEqualTo(CertificateProblem.NAME_MISMATCH);
        assertThat(e.getMessage()).contains("its certificate is not trusted: a trusted authority issued it for"
                + " DNS:other.example.com, not for 127.0.0.1.").doesNotContain("certification path");
        assertThat(CertificateProblem.NAME_MISMATCH.looksLikeAnAttack()).isTrue();
    }

    @Test
    void anExpiredOrNotYetValidCertificateSaysWhen() throws Exception {
        ApiException expired = refusal(TestTls.Leaf.EXPIRED, caFileOf(TestTls.Leaf.EXPIRED));
        ApiException early = refusal(TestTls.Leaf.NOT_YET_VALID, caFileOf(TestTls.Leaf.NOT_YET_VALID));

        assertThat(expired.untrustedCertificate().get().problem()).isEqualTo(CertificateProblem.EXPIRED);
        assertThat(expired.getMessage()).containsPattern("a trusted authority issued it, but it expired on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
        assertThat(early.untrustedCertificate().get().problem()).isEqualTo(CertificateProblem.NOT_YET_VALID);
        assertThat(early.getMessage()).contains("but it is not valid before ").contains("(or this computer's clock is wrong)");
    }

    @Test
    void withoutTheCaEveryOneOfThemIsAnUnknownIssuer() throws Exception {
        for (TestTls.Leaf leaf : TestTls.Leaf.values()) {
            ApiException e = refusal(leaf, TlsTrust.systemDefault());

            assertThat(e.untrustedCertificate().get().problem()).as(leaf.name()).isEqualTo(CertificateProblem.UNTRUSTED_ISSUER);
            assertThat(e.getMessage()).contains("its certificate is not trusted: it is self-signed, or signed by a"
                    + " certificate authority this computer does not trust.");
        }
        assertThat(CertificateProblem.UNTRUSTED_ISSUER.looksLikeAnAttack()).isFalse();
    }

    @Test
    void theWrongPinAndTheCertificatesNamesAreShown() throws Exception {
        ApiException e = refusal(TestTls.Leaf.THIS_HOST, TlsTrust.pinned("00".repeat(32)));

        assertThat(e.untrustedCertificate().get().problem()).isEqualTo(CertificateProblem.NOT_PINNED);
        assertThat(e.getMessage()).contains("not trusted: it is not the certificate whose fingerprint was given.")
                .contains("subject CN=localhost, for IP:127.0.0.1, DNS:localhost, issued by CN=FIV Test CA");
    }
}
