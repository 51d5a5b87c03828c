package app.fiv.ui.jobs;

import app.fiv.joblist.Lookback;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The jobs view's choices as the toolbar edits them. The lookback and the job types change what
 * the CommServe is asked for; the failures toggle, the client and the quick filter only what is
 * shown of the list. Choices applied from the settings (another server) tell no one.
 */
public final class JobsFilters {
    private final ObjectProperty<Lookback> lookback = new SimpleObjectProperty<>(Lookback.DEFAULT);
    private final BooleanProperty failuresOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty allTypes = new SimpleBooleanProperty();
    private final StringProperty client = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private boolean applying;

    /**
     * @param queryChanged told when the lookback or the types change: the list must be asked for again
     * @param choiceChanged told when a remembered choice that only filters the list changes
     * @param textChanged told when the quick filter's text changes
     */
    JobsFilters(Runnable queryChanged, Runnable choiceChanged, Runnable textChanged) {
        lookback.addListener((p, old, now) -> {
            if (now == null) {
                lookback.set(old);
            } else if (!applying) {
                queryChanged.run();
            }
        });
        allTypes.addListener((p, old, now) -> {
            if (!applying) {
                queryChanged.run();
            }
        });
        failuresOnly.addListener((p, old, now) -> {
            if (!applying) {
                choiceChanged.run();
            }
        });
        client.addListener((p, old, now) -> {
            if (now == null) {
                client.set("");
            } else if (!applying) {
                choiceChanged.run();
            }
        });
        text.addListener((p, old, now) -> textChanged.run());
    }

    void apply(JobsChoices choices) {
        applying = true;
        try {
            lookback.set(choices.lookback());
            failuresOnly.set(choices.failuresOnly());
            allTypes.set(choices.allTypes());
            client.set(choices.client());
        } finally {
            applying = false;
        }
    }

    /** The remembered choices as they are now. */
    public JobsChoices choices() {
        return new JobsChoices(lookback.get(), failuresOnly.get(), allTypes.get(), client.get());
    }

    JobRowFilter rowFilter(java.util.List<JobColumn> columns, java.util.Set<Long> started) {
        return new JobRowFilter(failuresOnly.get(), client.get(), text.get(), columns, started);
    }

    public ObjectProperty<Lookback> lookbackProperty() {
        return lookback;
    }

    /** Only jobs with failures (on by default). */
    public BooleanProperty failuresOnlyProperty() {
        return failuresOnly;
    }

    /** Every job type; off: backup jobs only. */
    public BooleanProperty allTypesProperty() {
        return allTypes;
    }

    /** One client's jobs; blank for every client. */
    public StringProperty clientProperty() {
        return client;
    }

    /** The quick filter: jobs with this text in a shown column, ignoring case. */
    public StringProperty textProperty() {
        return text;
    }
}
