package app.fiv.ui.login;

import app.fiv.api.ApiException;
import app.fiv.api.CertificateInfo;
import app.fiv.session.TrustedClients;
import app.fiv.settings.ServerTrustSettings;
import app.fiv.ui.common.DialogService;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The certificate decisions of the login form: ask the admin about a certificate the server
 * showed and this computer does not trust, and import a CA file for a server. Nothing is ever
 * trusted without the admin saying so.
 */
final class TrustQuestions {
    private final TrustedClients clients;
    private final DialogService dialogs;

    TrustQuestions(TrustedClients clients, DialogService dialogs) {
        this.clients = clients;
        this.dialogs = dialogs;
    }

    /**
     * For a failure over an untrusted certificate: shows it (warning when it replaced a pinned
     * one) and pins it for that server if the admin agrees.
     *
     * @return the certificate now trusted, empty when the failure was something else or the admin declined
     */
    Optional<CertificateInfo> askAbout(URI webService, Throwable failure) {
        if (!(failure instanceof ApiException api) || api.untrustedCertificate().isEmpty()) {
            return Optional.empty();
        }
        CertificateInfo certificate = api.untrustedCertificate().get();
        boolean changed = clients.decisionFor(webService)
                .filter(ServerTrustSettings.Pinned.class::isInstance).isPresent();
        if (!dialogs.trustCertificate(TrustedClients.originOf(webService), certificate, changed)) {
            return Optional.empty();
        }
        clients.trustCertificate(webService, certificate);
        return Optional.of(certificate);
    }

    /** Asks for a PEM file and trusts its CAs for that server; empty when the admin cancelled. */
    Optional<Path> importCaFile(URI webService) throws ApiException {
        Optional<Path> file = dialogs.chooseCaFile("CA certificate to trust for " + TrustedClients.originOf(webService));
        if (file.isPresent()) {
            clients.trustCaFile(webService, file.get());
        }
        return file;
    }
}
