package app.fiv.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void bothThemesAreOurOwnStylesheetsOnTheClassPath() throws Exception {
        for (Theme theme : Theme.values()) {
            String stylesheet = theme.stylesheet().orElseThrow(() -> new AssertionError("no stylesheet for " + theme));
            assertThat(stylesheet).endsWith("/app/fiv/ui/theme/" + (theme == Theme.LIGHT ? "primer-light.css" : "primer-dark.css"));
            try (InputStream in = new URL(stylesheet).openStream()) {
                assertThat(new String(in.readNBytes(200_000), StandardCharsets.UTF_8)).contains("-color-bg-default");
            }
        }
        assertThat(Theme.named("dark")).contains(Theme.DARK);
        assertThat(Theme.named("sepia")).isEmpty();
    }

    @Test
    void atlantaFxLicenceShipsBesideItsStylesheets() throws Exception {
        try (InputStream in = Theme.class.getResourceAsStream("ATLANTAFX-LICENSE.txt")) {
            assertThat(in).as("the MIT notice that must travel with AtlantaFX's stylesheets").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("MIT License").contains("Copyright (c) 2022 mkpaz").contains("primer-light.css");
        }
    }

    @Test
    void atlantaFxClassesAreNotShippedBecauseTheyAreJava21Bytecode() {
        // The app runs on Java 17: only AtlantaFX's stylesheets are used, unpacked at build time.
        assertThatThrownBy(() -> Class.forName("atlantafx.base.theme.PrimerLight"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(Theme.class.getResource("/atlantafx/base/theme/primer-light.css")).isNull();
    }
}
