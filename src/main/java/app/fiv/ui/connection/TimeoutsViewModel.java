package app.fiv.ui.connection;

import app.fiv.api.ClientTimeouts;
import app.fiv.session.ConnectionSettings;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The timeouts form: three fields of whole seconds, checked as they are typed. Saved timeouts
 * apply to the next call to any server; a call already running keeps the ones it started with.
 */
public final class TimeoutsViewModel {
    private final ConnectionSettings settings;
    private final StringProperty connect = new SimpleStringProperty();
    private final StringProperty answer = new SimpleStringProperty();
    private final StringProperty stall = new SimpleStringProperty();
    private final StringBinding problem;
    private final BooleanBinding valid;

    public TimeoutsViewModel(ConnectionSettings settings) {
        this.settings = settings;
        show(settings.timeouts());
        problem = Bindings.createStringBinding(this::describeProblem, connect, answer, stall);
        valid = problem.isEmpty();
    }

    /** Puts the defaults in the fields; nothing is saved until {@link #save}. */
    public void restoreDefaults() {
        show(ClientTimeouts.DEFAULTS);
    }

    /** Saves the fields if they are valid; false if not. */
    public boolean save() {
        Optional<ClientTimeouts> timeouts = parsed();
        timeouts.ifPresent(settings::setTimeouts);
        return timeouts.isPresent();
    }

    private void show(ClientTimeouts timeouts) {
        connect.set(Long.toString(timeouts.connect().toSeconds()));
        answer.set(Long.toString(timeouts.answer().toSeconds()));
        stall.set(Long.toString(timeouts.stall().toSeconds()));
    }

    private Optional<ClientTimeouts> parsed() {
        return describeProblem().isEmpty()
                ? Optional.of(ClientTimeouts.ofSeconds(seconds(connect.get()), seconds(answer.get()), seconds(stall.get())))
                : Optional.empty();
    }

    private String describeProblem() {
        String[][] fields = {{"connect", connect.get()}, {"answer", answer.get()}, {"stall", stall.get()}};
        for (String[] field : fields) {
            long value = seconds(field[1]);
            if (value < ClientTimeouts.MIN.toSeconds() || value > ClientTimeouts.MAX.toSeconds()) {
                return "The " + field[0] + " timeout must be a whole number of seconds from "
                        + ClientTimeouts.MIN.toSeconds() + " to " + ClientTimeouts.MAX.toSeconds() + ".";
            }
        }
        return "";
    }

    /** The seconds typed, or -1 if the text is not a whole number. */
    private static long seconds(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Long.parseLong(digits);
    }

    public StringProperty connectProperty() {
        return connect;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public StringProperty stallProperty() {
        return stall;
    }

    /** What is wrong with the fields, or blank. */
    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
