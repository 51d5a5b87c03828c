package app.fiv.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A test CA and a server certificate it signed (for 127.0.0.1, or one of the {@link Leaf} kinds an
 * attacker's certificate may be), made with the JDK's keytool at test time, so no key material
 * lives in the repository. Each call makes a new CA and server certificate, so a second one stands
 * for "the server's certificate changed".
 */
public final class TestTls {
    private static final String PASS = "changeit";

    /** The server certificate the CA signs. */
    public enum Leaf {
        /** For 127.0.0.1 and localhost, valid for two days from now. */
        THIS_HOST("SAN=ip:127.0.0.1,dns:localhost", null),
        /** For another host name only: a certificate a trusted CA issued to someone else. */
        OTHER_HOST("SAN=dns:other.example.com", null),
        /** For 127.0.0.1, but its two days ended eight days ago. */
        EXPIRED("SAN=ip:127.0.0.1,dns:localhost", "-10d"),
        /** For 127.0.0.1, but valid only from ten days from now. */
        NOT_YET_VALID("SAN=ip:127.0.0.1,dns:localhost", "+10d");

        private final String names;
        private final String start;

        Leaf(String names, String start) {
            this.names = names;
            this.start = start;
        }
    }

    /** The CA's certificate as PEM. */
    public final Path caPem;
    /** For {@code DemoCommServe.startHttps}: the server key and certificate. */
    public final SSLContext serverContext;
    /** The server certificate's SHA-256, upper-case hex with colons. */
    public final String serverFingerprint;

    private TestTls(Path caPem, SSLContext serverContext, String serverFingerprint) {
        this.caPem = caPem;
        this.serverContext = serverContext;
        this.serverFingerprint = serverFingerprint;
    }

    public static TestTls create(Path dir) throws Exception {
        return create(dir, Leaf.THIS_HOST);
    }

    public static TestTls create(Path dir, Leaf leaf) throws Exception {
        Path ca = dir.resolve("ca.p12");
        Path server = dir.resolve("server.p12");
        Path csr = dir.resolve("server.csr");
        Path crt = dir.resolve("server.crt");
        Path caPem = dir.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=FIV Test CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", ca.toString(), "-storepass", PASS, "-storetype", "PKCS12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", PASS, "-file", caPem.toString());
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-validity", "2", "-keystore", server.toString(), "-storepass", PASS, "-storetype", "PKCS12");
        keytool("-certreq", "-alias", "server", "-keystore", server.toString(), "-storepass", PASS, "-file", csr.toString());
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", ca.toString(),
                "-storepass", PASS, "-infile", csr.toString(), "-outfile", crt.toString(), "-validity", "2", "-ext", leaf.names));
        if (leaf.start != null) {
            gencert.addAll(List.of("-startdate", leaf.start));
        }
        keytool(gencert.toArray(String[]::new));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem.toString(), "-keystore", server.toString(),
                "-storepass", PASS);
        keytool("-importcert", "-noprompt", "-alias", "server", "-file", crt.toString(), "-keystore", server.toString(),
                "-storepass", PASS);

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(server)) {
            keys.load(in, PASS.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PASS.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        X509Certificate served = (X509Certificate) keys.getCertificate("server");
        String fingerprint = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(served.getEncoded()));
        return new TestTls(caPem, context, fingerprint);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }
}
