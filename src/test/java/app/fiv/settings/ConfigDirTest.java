package app.fiv.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDirTest {

    @TempDir
    Path temp;

    @Test
    void systemPropertyOverridesTheFolderAndNothingIsCreated() {
        Path wanted = temp.resolve("custom-config");
        String before = System.getProperty(ConfigDir.OVERRIDE_PROPERTY);
        System.setProperty(ConfigDir.OVERRIDE_PROPERTY, wanted.toString());
        try {
            assertThat(ConfigDir.resolve()).isEqualTo(wanted);
            assertThat(wanted).doesNotExist();
        } finally {
            restore(ConfigDir.OVERRIDE_PROPERTY, before);
        }
    }

    @Test
    void linuxUsesXdgConfigHome() {
        Path dir = ConfigDir.resolve(props("Linux", null), env(Map.of("XDG_CONFIG_HOME", "/xdg/config")));
        assertThat(dir).isEqualTo(Path.of("/xdg/config/failed-items-viewer"));
    }

    @Test
    void linuxFallsBackToDotConfigWhenXdgIsUnsetOrRelative() {
        assertThat(ConfigDir.resolve(props("Linux", null), env(Map.of())))
                .isEqualTo(Path.of("/home/ann/.config/failed-items-viewer"));
        assertThat(ConfigDir.resolve(props("Linux", null), env(Map.of("XDG_CONFIG_HOME", "relative/dir"))))
                .isEqualTo(Path.of("/home/ann/.config/failed-items-viewer"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(ConfigDir.resolve(props("Mac OS X", null), env(Map.of())))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Failed Items Viewer"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ann\\AppData\\Roaming";
        assertThat(ConfigDir.resolve(props("Windows 11", null), env(Map.of("APPDATA", appData))))
                .isEqualTo(Path.of(appData).resolve("Failed Items Viewer"));
    }

    @Test
    void blankOverrideIsIgnored() {
        assertThat(ConfigDir.resolve(props("Linux", "  "), env(Map.of())))
                .isEqualTo(Path.of("/home/ann/.config/failed-items-viewer"));
    }

    private static UnaryOperator<String> props(String osName, String override) {
        return key -> switch (key) {
            case "os.name" -> osName;
            case "user.home" -> "/home/ann";
            case ConfigDir.OVERRIDE_PROPERTY -> override;
            default -> null;
        };
    }

    private static UnaryOperator<String> env(Map<String, String> variables) {
        return variables::get;
    }

    static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
