package app.fiv.ui.known;

import app.fiv.known.KnownRule;
import app.fiv.known.ReasonMatch;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The rule dialog's fields and what they make, without the dialog: a draft in, a rule out. */
public final class RuleForm {
    private final RuleDraft draft;
    private final StringProperty reason = new SimpleStringProperty();
    private final ObjectProperty<ReasonMatch> reasonMatch = new SimpleObjectProperty<>();
    private final StringProperty path = new SimpleStringProperty();
    private final BooleanProperty onlyClient = new SimpleBooleanProperty();
    private final StringProperty client = new SimpleStringProperty();
    private final StringProperty note = new SimpleStringProperty();
    private final StringBinding problem;

    public RuleForm(RuleDraft draft) {
        this.draft = draft;
        reason.set(draft.reason());
        reasonMatch.set(draft.reasonMatch());
        path.set(draft.path());
        onlyClient.set(draft.onlyClient() && !draft.client().isBlank());
        client.set(draft.client());
        note.set(draft.note());
        problem = Bindings.createStringBinding(this::problemNow, reason, path, onlyClient, client);
    }

    private String problemNow() {
        if (blank(reason.get()) && blank(path.get())) {
            return "Give a reason, a path pattern, or both.";
        }
        if (onlyClient.get() && blank(client.get())) {
            return "Give the client's name, or let the rule be for every client.";
        }
        if (length(reason) > KnownRule.MAX_TEXT || length(path) > KnownRule.MAX_TEXT || length(note) > KnownRule.MAX_TEXT) {
            return "Texts are at most " + KnownRule.MAX_TEXT + " characters.";
        }
        return "";
    }

    private static int length(StringProperty text) {
        return text.get() == null ? 0 : text.get().length();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** What is missing or wrong, or blank when the rule can be saved. */
    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding validBinding() {
        return Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    /** The rule the fields make (the edited rule keeps its ID). */
    public KnownRule toRule() {
        return new KnownRule(draft.id(), reason.get(), reasonMatch.get(), path.get(),
                onlyClient.get() ? client.get() : "", note.get());
    }

    public RuleDraft draft() {
        return draft;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<ReasonMatch> reasonMatchProperty() {
        return reasonMatch;
    }

    public StringProperty pathProperty() {
        return path;
    }

    public BooleanProperty onlyClientProperty() {
        return onlyClient;
    }

    public StringProperty clientProperty() {
        return client;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
