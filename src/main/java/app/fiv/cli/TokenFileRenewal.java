package app.fiv.cli;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.CommServeClient;
import app.fiv.api.Credential;
import app.fiv.api.Session;
import app.fiv.session.SessionKeeper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Renews the pair of a token file so that it is never lost nor renewed twice: the file must be
 * rewritable before anything is sent; runs sharing the file take turns (another run may have
 * renewed the pair meanwhile, and its pair is then used as it is); and the new pair is in the
 * file before it is used.
 */
final class TokenFileRenewal implements SessionKeeper.Renewal {
    private final Path file;
    private final Duration lockWait;
    private final Messages messages;

    TokenFileRenewal(Path file, Duration lockWait, Messages messages) {
        this.file = file;
        this.lockWait = lockWait;
        this.messages = messages;
    }

    @Override
    public Session renew(CommServeClient client, Session expired, CancelSignal cancel) throws ApiException {
        Credential.AccessToken used = (Credential.AccessToken) expired.credential();
        Optional<String> notRewritable = TokenFile.whyNotRewritable(file);
        if (notRewritable.isPresent()) {
            throw new ApiException(ApiException.Kind.AUTHENTICATION, "The access token in " + file + " has expired and"
                    + " was not renewed, because the file " + notRewritable.get() + ". Renewing without saving the new"
                    + " pair would leave only the old one, which must never be used again (renewing it again revokes"
                    + " every token of its chain). Make the file and its folder writable for you (e.g. chmod 600 "
                    + file + ") and run again.");
        }
        try (TokenFileLock lock = TokenFileLock.acquire(file, lockWait).orElseThrow(() -> busy())) {
            Credential.AccessToken saved = readAgain();
            if (!saved.samePairAs(used)) {
                messages.info("Another run renewed the access token in " + file + " meanwhile; using the pair it saved.");
                return expired.with(saved);
            }
            Session fresh = renewed(client, expired, cancel);
            Credential.AccessToken pair = (Credential.AccessToken) fresh.credential();
            try {
                TokenFile.write(file, pair);
            } catch (IOException e) {
                throw new ApiException(ApiException.Kind.AUTHENTICATION, "The access token was renewed, but the new pair"
                        + " could not be written to " + file + " (" + describe(e) + "). The pair still in the file was"
                        + " replaced on the CommServe and must not be used again: create a new access token in "
                        + Credential.AccessToken.whereToManage(expired.userName()) + " and save it in " + file + ".", e);
            }
            messages.info("Renewed the access token; the new pair is saved in " + file
                    + pair.renewableUntil().map(until -> " (renewable until " + until + ")").orElse("") + ".");
            return fresh;
        } catch (IOException e) {
            throw new ApiException(ApiException.Kind.AUTHENTICATION, "The access token in " + file + " has expired and"
                    + " was not renewed: the lock beside the file could not be taken (" + describe(e) + "). Check that"
                    + " you may write to its folder, and run again.", e);
        }
    }

    private Session renewed(CommServeClient client, Session expired, CancelSignal cancel) throws ApiException {
        try {
            return client.renew(expired, cancel);
        } catch (ApiException e) {
            if (e.isSessionRejected()) {
                throw ApiException.sessionRejected(e.getMessage() + " Save the new pair in " + file + " as "
                        + TokenFile.LAYOUT + ".", e);
            }
            throw e;
        }
    }

    /** The file as it is now: another run may have renewed it since this one read it. */
    private Credential.AccessToken readAgain() throws ApiException {
        try {
            return TokenFile.read(file);
        } catch (ApiException e) {
            throw new ApiException(ApiException.Kind.AUTHENTICATION, "The token file changed while the command ran, and"
                    + " the access token was not renewed: " + e.getMessage(), e);
        }
    }

    private ApiException busy() {
        return new ApiException(ApiException.Kind.AUTHENTICATION, "Another run has been renewing the access token in "
                + file + " for over " + lockWait.toSeconds() + " s; the token was not renewed here. Run again once it"
                + " has finished.");
    }

    private static String describe(IOException e) {
        return e instanceof AccessDeniedException ? "no permission" : e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
