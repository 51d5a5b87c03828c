package app.fiv.ui.jobactions;

import java.net.URI;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Which job endpoints a server turned out not to have (an older service pack answers 404), so the
 * window stops offering them there for this run instead of asking again in every tab.
 */
public final class ServerFeatures {
    /** The job endpoints beyond the failed items. */
    public enum Feature {
        DETAILS("details"), EVENTS("events"), RESUBMIT("resubmit");

        private final String word;

        Feature(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private final ObservableSet<String> missing = FXCollections.observableSet();

    public void markMissing(URI server, Feature feature) {
        missing.add(key(server, feature));
    }

    public boolean isMissing(URI server, Feature feature) {
        return missing.contains(key(server, feature));
    }

    /** Changes whenever a feature is found missing somewhere, for bindings to follow. */
    public ObservableSet<String> missing() {
        return FXCollections.unmodifiableObservableSet(missing);
    }

    private static String key(URI server, Feature feature) {
        return feature.name() + " " + server;
    }
}
