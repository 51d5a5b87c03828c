package app.fiv;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The app's version and the libraries it is built with, as the build recorded them from the pom. */
public final class Version {
    public static final String LICENCE = "Apache License 2.0";

    private static final Properties BUILD = load();

    private Version() {
    }

    public static String current() {
        return BUILD.getProperty("version", "development build");
    }

    /** "Name version (licence)" for each library the app ships with. */
    public static List<String> libraries() {
        return Arrays.stream(BUILD.getProperty("libraries", "").split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/app/fiv/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Without the build record the app still runs; it just cannot name its version.
        }
        return properties;
    }
}
