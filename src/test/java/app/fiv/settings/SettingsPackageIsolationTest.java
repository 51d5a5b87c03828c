package app.fiv.settings;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The settings layer must stay usable without JavaFX and without the rest of the app. */
class SettingsPackageIsolationTest {

    private final JavaClasses settings = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.fiv.settings");

    @Test
    void doesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(settings);
    }

    @Test
    void doesNotDependOnOtherAppPackages() {
        noClasses().should()
                .dependOnClassesThat(resideInAPackage("app.fiv..").and(not(resideInAPackage("app.fiv.settings.."))))
                .check(settings);
    }
}
