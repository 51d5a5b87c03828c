package app.fiv.ui.theme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URL;
import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void bothThemesAreStylesheetsOnTheClassPath() throws Exception {
        for (Theme theme : Theme.values()) {
            URL url = new URL(theme.stylesheet());
            try (var in = url.openStream()) {
                assertThat(new String(in.readNBytes(200_000))).contains("-color-bg-default");
            }
        }
        assertThat(Theme.named("dark")).contains(Theme.DARK);
        assertThat(Theme.named("sepia")).isEmpty();
    }

    @Test
    void noClassLoadsAtlantaFxCodeBecauseItIsJava21Bytecode() {
        noClasses().should().dependOnClassesThat().resideInAPackage("atlantafx..")
                .because("atlantafx-base 2.1.0 is compiled for Java 21 and the app runs on Java 17; use its stylesheets only")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.fiv"));
    }
}
