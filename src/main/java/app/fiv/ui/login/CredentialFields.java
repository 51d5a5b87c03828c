package app.fiv.ui.login;

import app.fiv.api.ApiException;
import app.fiv.api.Credential;
import app.fiv.api.ServerAddress;
import app.fiv.session.SessionStore;
import app.fiv.session.TrustedClients;
import app.fiv.ui.task.Work;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the admin proves who they are with, in either {@link LoginMode}: user name and password,
 * or an access token and its refresh token (the user name then comes from the server).
 */
final class CredentialFields {
    final ObjectProperty<LoginMode> mode = new SimpleObjectProperty<>(LoginMode.PASSWORD);
    final StringProperty user = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty accessToken = new SimpleStringProperty("");
    final StringProperty refreshToken = new SimpleStringProperty("");
    /** True when the fields of the chosen mode are filled in. */
    final BooleanBinding filled = Bindings.createBooleanBinding(() -> mode.get() == LoginMode.PASSWORD
                    ? !user.get().isBlank() && !password.get().isEmpty()
                    : !accessToken.get().isBlank() && !refreshToken.get().isBlank(),
            mode, user, password, accessToken, refreshToken);

    CredentialFields() {
        // The demo's --print-access-token line, or a tokens.json, pasted whole: both tokens at once.
        accessToken.addListener((p, o, pasted) -> PastedPair.of(pasted).ifPresent(pair -> {
            accessToken.set(pair.accessToken());
            refreshToken.set(pair.refreshToken());
        }));
    }

    /** Every field whose change makes an earlier error stale. */
    Observable[] all() {
        return new Observable[] {mode, user, password, accessToken, refreshToken};
    }

    /**
     * The login to run for what is filled in; a pasted pair is checked first, so a malformed one
     * is refused before anything is sent.
     */
    Work<LoginWork.Result, Void> login(TrustedClients clients, SessionStore sessions, ServerAddress address,
                                       boolean remember) throws ApiException {
        if (mode.get() == LoginMode.ACCESS_TOKEN) {
            Credential.AccessToken pair = Credential.AccessToken.parse(accessToken.get(), refreshToken.get());
            return LoginWork.withAccessToken(sessions, address, pair, remember);
        }
        return LoginWork.withPassword(clients, sessions, address, user.get().strip(), password.get().toCharArray(), remember);
    }

    void fill(Credential.AccessToken pair) {
        accessToken.set(pair.accessToken());
        refreshToken.set(pair.refreshToken());
    }

    /** Once a login is over, the text of these fields is the one copy of the secrets left. */
    void clearSecrets() {
        password.set("");
        accessToken.set("");
        refreshToken.set("");
    }
}
