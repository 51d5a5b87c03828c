package app.fiv.ui.theme;

import app.fiv.settings.AppSettings;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The chosen theme, remembered in the settings and applied to the whole app as its user-agent
 * stylesheet; the app's own stylesheet sits on top and uses the theme's colour variables.
 */
public final class Themes {
    static final String KEY = "theme";

    private final ObjectProperty<Theme> theme;

    public Themes(AppSettings settings) {
        theme = new SimpleObjectProperty<>(settings.get(KEY).flatMap(Theme::named).orElse(Theme.LIGHT));
        theme.addListener((p, old, now) -> {
            settings.put(KEY, now.name());
            apply(now);
        });
    }

    /** Applies the remembered theme; call on the FX thread before showing windows. */
    public void applyCurrent() {
        apply(theme.get());
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme.stylesheet());
    }
}
