package app.fiv.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md: only the UI knows JavaFX; the demo server stands alone. */
@AnalyzeClasses(packages = "app.fiv", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreKnowsNoJavaFx = noClasses()
            .that().resideOutsideOfPackages("app.fiv.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the API client, the table model, settings, demo server and command line must run without a display");

    @ArchTest
    static final ArchRule demoServerSharesNoCodeWithTheClient = noClasses()
            .that().resideInAPackage("app.fiv.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("app.fiv.api..", "app.fiv.model..",
                    "app.fiv.ui..", "app.fiv.settings..", "app.fiv.session..")
            .because("the demo server is written from the API documentation, so it can catch the client's mistakes");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoTheUi = noClasses()
            .that().resideInAnyPackage("app.fiv.api..", "app.fiv.model..", "app.fiv.settings..", "app.fiv.session..")
            .should().dependOnClassesThat().resideInAnyPackage("app.fiv.ui..", "app.fiv.demo..");

    @ArchTest
    static final ArchRule apiAndModelDoNotKnowStorage = noClasses()
            .that().resideInAnyPackage("app.fiv.api..", "app.fiv.model..")
            .should().dependOnClassesThat().resideInAnyPackage("app.fiv.settings..", "app.fiv.session..");
}
