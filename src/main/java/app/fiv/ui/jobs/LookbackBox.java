package app.fiv.ui.jobs;

import app.fiv.joblist.Lookback;
import javafx.beans.property.ObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * The lookback: the usual spans to pick, or hours or days typed in. What cannot be read is marked
 * as it is typed and, on Enter, left as the last good choice.
 */
final class LookbackBox extends ComboBox<Lookback> {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    LookbackBox(ObjectProperty<Lookback> lookback) {
        setId("jobs-lookback");
        setEditable(true);
        setPrefWidth(150);
        getItems().setAll(LookbackText.CHOICES);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Lookback value) {
                return LookbackText.show(value);
            }

            @Override
            public Lookback fromString(String text) {
                // Unreadable text keeps the last good choice (and shows it again).
                return LookbackText.read(text).orElse(lookback.get());
            }
        });
        setValue(lookback.get());
        valueProperty().addListener((p, old, now) -> {
            if (now != null && !now.equals(lookback.get())) {
                lookback.set(now);
            }
            getEditor().setText(LookbackText.show(lookback.get()));
        });
        lookback.addListener((p, old, now) -> setValue(now));
        getEditor().textProperty().addListener((p, old, text) ->
                getEditor().pseudoClassStateChanged(INVALID, LookbackText.read(text).isEmpty()));
        setTooltip(new Tooltip("Jobs that finished within this span before now. " + LookbackText.HINT));
    }
}
