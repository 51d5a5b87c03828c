package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.ClientTimeouts;
import app.fiv.api.ServerAddress;
import app.fiv.api.TlsTrust;
import app.fiv.api.WireFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of every command that talks to a CommServe: where it is, who logs in (with a
 * password or an access token file), which certificate to trust, the format asked for and how
 * long to wait. Checked before anything is sent.
 */
final class ServerOptions {
    // Not required by picocli: export --from-file needs no server, and the check below says what to give.
    @Option(names = "--server", paramLabel = "<url>", order = 10,
            description = "CommServe host name or web service URL, e.g. commserve.example.com or https://commserve.example.com/commandcenter/api")
    String server;

    @Option(names = "--user", paramLabel = "<name>", order = 11,
            description = "Commvault user name (or DOMAIN\\user); optional with --token-file")
    String user;

    @Option(names = "--password-file", paramLabel = "<file>", order = 40, description = "file whose first line is the password")
    Path passwordFile;

    @Option(names = "--token-file", paramLabel = "<tokens.json>", order = 39,
            description = {"log in with an access token made in Command Center instead of a password: a file holding"
                    + " {\"accessToken\": \"...\", \"refreshToken\": \"...\"}. Each renewed pair is written back to it"
                    + " (owner-only) before it is used, so it must be writable"})
    Path tokenFile;

    @Option(names = "--trust-fingerprint", paramLabel = "<sha256>", order = 41,
            description = "trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional)")
    String trustFingerprint;

    @Option(names = "--ca-file", paramLabel = "<pem>", order = 42, description = "also trust the CA certificates in this PEM file")
    Path caFile;

    @Option(names = "--accept", paramLabel = "json|xml", defaultValue = "json", order = 43,
            description = "format asked of the CommServe (default: ${DEFAULT-VALUE})")
    WireFormat accept;

    @Option(names = "--connect-timeout", paramLabel = "<seconds>", order = 44,
            defaultValue = "" + ClientTimeouts.DEFAULT_CONNECT_SECONDS,
            description = "give up connecting after this long (default: ${DEFAULT-VALUE})")
    long connectTimeout;

    @Option(names = "--answer-timeout", paramLabel = "<seconds>", order = 45,
            defaultValue = "" + ClientTimeouts.DEFAULT_ANSWER_SECONDS,
            description = "give up when the CommServe has not started answering after this long (default: ${DEFAULT-VALUE})")
    long answerTimeout;

    @Option(names = "--stall-timeout", paramLabel = "<seconds>", order = 46,
            defaultValue = "" + ClientTimeouts.DEFAULT_STALL_SECONDS,
            description = "give up when an answer stops arriving for this long (default: ${DEFAULT-VALUE})")
    long stallTimeout;

    /** Everything checked, so a bad option sends nothing. */
    ServerConnection connection() throws ApiException {
        if (server == null) {
            throw UsageErrors.invalid("Give the CommServe with --server <url> (its host name or web service URL).");
        }
        ServerAddress address = ServerAddress.parse(server);
        String name = user == null ? "" : user.strip();
        if (name.isEmpty() && tokenFile == null) {
            throw UsageErrors.invalid("Give a Commvault user name with --user, or an access token with --token-file.");
        }
        if (passwordFile != null && tokenFile != null) {
            throw UsageErrors.invalid("Give either --password-file or --token-file, not both: with an access token"
                    + " no password is used.");
        }
        if (passwordFile != null && !Files.isRegularFile(passwordFile)) {
            throw UsageErrors.invalid("The password file " + passwordFile + " does not exist.");
        }
        if (tokenFile != null) {
            TokenFile.read(tokenFile); // fails now, before anything is sent
        }
        if (trustFingerprint != null && caFile != null) {
            throw UsageErrors.invalid("Give either --trust-fingerprint or --ca-file, not both.");
        }
        TlsTrust trust = trustFingerprint != null ? TlsTrust.pinned(trustFingerprint)
                : caFile != null ? TlsTrust.withCaFile(caFile) : TlsTrust.systemDefault();
        if (address.candidates().stream().anyMatch(uri -> "https".equalsIgnoreCase(uri.getScheme()))) {
            trust.prepareInBackground(); // while the settings are read and the login is put together
        }
        return new ServerConnection(address, name, passwordFile, tokenFile, trust, accept, timeouts());
    }

    /** True when --server was given. */
    boolean given() {
        return server != null;
    }

    private ClientTimeouts timeouts() throws ApiException {
        try {
            return ClientTimeouts.ofSeconds(connectTimeout, answerTimeout, stallTimeout);
        } catch (IllegalArgumentException e) {
            throw UsageErrors.invalid(e.getMessage());
        }
    }
}
