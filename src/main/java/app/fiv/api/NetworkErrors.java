package app.fiv.api;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Turns a failed connection into a message that says which server and what to check. */
final class NetworkErrors {
    /** Said wherever an http:// address is suggested: over plain HTTP the login sends the password as readable text. */
    static final String PLAIN_HTTP_RISK = " Over http:// the password and the session token travel unencrypted, readable by"
            + " anyone on the network path: use it only on a network you trust, and prefer fixing HTTPS on the server.";

    private NetworkErrors() {
    }

    /**
     * @param trust    the client's trust, asked for the refused certificate when the exception lost it; may be null
     * @param timeouts the limits the client ran with, named in the message when one was reached
     */
    static ApiException of(IOException e, URI target, TlsTrust trust, ClientTimeouts timeouts) {
        String where = hostAndPort(target);
        ApiException.Kind kind = ApiException.Kind.NETWORK;
        if (e instanceof HttpConnectTimeoutException) {
            // The connect timeout covers the TLS handshake too, which a plain HTTP port never completes.
            String plainHttp = "https".equalsIgnoreCase(target.getScheme())
                    ? " If that port serves plain HTTP, use an http:// address." + PLAIN_HTTP_RISK : "";
            return new ApiException(kind, "Could not connect to " + where + " within "
                    + timeouts.connect().toSeconds() + " s (the connect timeout). Check the server name, the port"
                    + " and any firewall or VPN in between." + plainHttp, e);
        }
        if (e instanceof HttpTimeoutException) {
            return new ApiException(kind, "The CommServe at " + where + " did not answer within "
                    + timeouts.answer().toSeconds() + " s (the answer timeout). It may be busy gathering the"
                    + " data: try again in a moment, or allow it more time by raising the answer timeout.", e);
        }
        if (hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class)) {
            return new ApiException(kind, "The host name " + target.getHost() + " could not be found."
                    + " Check its spelling, or use its full name or IP address.", e);
        }
        UntrustedCertificateException refused = refusal(e, trust);
        if (refused != null) {
            CertificateInfo info = CertificateInfo.of(refused.certificate(), refused.problem());
            return ApiException.untrustedCertificate("The secure connection to " + where + " failed: its certificate"
                    + " is not trusted: " + refused.problem().words(info, target.getHost(), refused.getMessage())
                    + ". Certificate: " + info.describe() + ".", info, e);
        }
        if (e instanceof SSLHandshakeException) {
            return new ApiException(kind, "The secure connection to " + where + " failed: its certificate is"
                    + " not trusted by this computer (" + rootMessage(e) + ").", e);
        }
        if (e instanceof SSLException) {
            return new ApiException(kind, "The secure connection to " + where + " failed (" + rootMessage(e)
                    + "). If the server speaks plain HTTP, use an http:// address." + PLAIN_HTTP_RISK, e);
        }
        if (e instanceof ConnectException) {
            return new ApiException(kind, "Could not connect to " + where + ": the connection was refused."
                    + " Check the server name and port, and that the CommServe web service is running.", e);
        }
        if (closedBeforeAnswering(e)) {
            return new ApiException(kind, "The server at " + where + " closed the connection without answering."
                    + " A proxy, a load balancer or the CommServe's web server dropped the request; try again, and if"
                    + " it persists, check that the address is the CommServe's web service.", e);
        }
        return new ApiException(kind, "The connection to " + where + " failed (" + rootMessage(e) + ")."
                + " Check the network and try again.", e);
    }

    private static UntrustedCertificateException refusal(IOException e, TlsTrust trust) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UntrustedCertificateException untrusted) {
                return untrusted;
            }
        }
        if (trust != null && hasCause(e, SSLException.class)) {
            return trust.lastRefused().orElse(null);
        }
        return null;
    }

    /** The JDK's words for a connection that ended before a status line arrived. */
    private static boolean closedBeforeAnswering(IOException e) {
        if (hasCause(e, EOFException.class)) {
            return true;
        }
        String message = String.valueOf(rootMessage(e)).toLowerCase(Locale.ROOT);
        return message.contains("received no bytes") || message.contains("connection closed")
                || message.contains("connection reset");
    }

    static String hostAndPort(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
