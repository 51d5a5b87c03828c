package app.fiv.ui.theme;

import java.net.URL;
import java.util.Objects;
import java.util.Optional;

/**
 * The app's looks: AtlantaFX's Primer themes, which restyle every standard control. AtlantaFX
 * 2.1.0 is compiled for Java 21, so its classes cannot load on our Java 17; its themes are plain
 * stylesheets, which we use by resource path and never through its classes.
 */
public enum Theme {
    LIGHT("Light", "/atlantafx/base/theme/primer-light.css"),
    DARK("Dark", "/atlantafx/base/theme/primer-dark.css");

    private final String label;
    private final String resource;

    Theme(String label, String resource) {
        this.label = label;
        this.resource = resource;
    }

    public String label() {
        return label;
    }

    /** The user-agent stylesheet that makes this theme, as a URL. */
    public String stylesheet() {
        URL url = Objects.requireNonNull(Theme.class.getResource(resource), () -> "missing theme " + resource);
        return url.toExternalForm();
    }

    static Optional<Theme> named(String name) {
        for (Theme theme : values()) {
            if (theme.name().equalsIgnoreCase(name)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
