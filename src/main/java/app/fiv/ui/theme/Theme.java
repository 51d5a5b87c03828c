package app.fiv.ui.theme;

import java.net.URL;
import java.util.Optional;

/**
 * The app's looks: AtlantaFX's Primer themes, which restyle every standard control. The build
 * unpacks their two stylesheets from atlantafx-base into this package's resources (see the pom), so
 * every way of starting the app finds them on the class path as our own. AtlantaFX's classes are
 * compiled for Java 21 and cannot load on our Java 17, so they are not shipped at all.
 */
public enum Theme {
    LIGHT("Light", "primer-light.css"),
    DARK("Dark", "primer-dark.css");

    private final String label;
    private final String resource;

    Theme(String label, String resource) {
        this.label = label;
        this.resource = resource;
    }

    public String label() {
        return label;
    }

    /** The user-agent stylesheet that makes this theme, as a URL; empty if the build left it out. */
    public Optional<String> stylesheet() {
        return Optional.ofNullable(Theme.class.getResource(resource)).map(URL::toExternalForm);
    }

    /** The stylesheet's resource path, for the message when it is missing. */
    String resource() {
        return Theme.class.getPackageName().replace('.', '/') + "/" + resource;
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
