package app.fiv.ui.theme;

import app.fiv.settings.AppSettings;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The chosen theme, remembered in the settings and applied to the whole app as its user-agent
 * stylesheet; the app's own stylesheet sits on top and uses the theme's colour variables. A theme
 * whose stylesheet cannot be found never stops the app: it gets JavaFX's default look (Modena).
 */
public final class Themes {
    static final String KEY = "theme";

    private static final System.Logger LOG = System.getLogger(Themes.class.getName());

    private final ObjectProperty<Theme> theme;
    private final Function<Theme, Optional<String>> stylesheets;

    public Themes(AppSettings settings) {
        this(settings, Theme::stylesheet);
    }

    /** With another way to find each theme's stylesheet, for tests of a missing one. */
    Themes(AppSettings settings, Function<Theme, Optional<String>> stylesheets) {
        this.stylesheets = stylesheets;
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

    private void apply(Theme chosen) {
        Optional<String> stylesheet = stylesheets.apply(chosen);
        if (stylesheet.isEmpty()) {
            LOG.log(Level.WARNING, () -> "The " + chosen.label() + " theme's stylesheet "
                    + chosen.resource() + " is missing from this build; showing JavaFX's default look instead."
                    + " Rebuild the app (mvn package) to get the themes back.");
        }
        // null is JavaFX's own default, Modena.
        Application.setUserAgentStylesheet(stylesheet.orElse(null));
    }
}
