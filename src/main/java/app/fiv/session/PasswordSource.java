package app.fiv.session;

import java.util.Optional;

/**
 * Where a password comes from when a login is needed (an environment variable, a file, a prompt).
 * Asked again for each login, so nothing holds a password longer than one login; the caller
 * wipes the array it gets.
 */
@FunctionalInterface
public interface PasswordSource {
    Optional<char[]> password();

    /** No password at all: only a stored or renewable token can be used. */
    static PasswordSource none() {
        return Optional::empty;
    }
}
