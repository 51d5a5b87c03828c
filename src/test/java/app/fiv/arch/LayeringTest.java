package app.fiv.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
            .that().resideInAnyPackage("app.fiv.api..", "app.fiv.model..", "app.fiv.settings..", "app.fiv.session..",
                    "app.fiv.jobs..", "app.fiv.joblist..", "app.fiv.io..", "app.fiv.known..", "app.fiv.compare..",
                    "app.fiv.multijob..")
            .should().dependOnClassesThat().resideInAnyPackage("app.fiv.ui..", "app.fiv.demo..");

    @ArchTest
    static final ArchRule apiAndModelDoNotKnowStorage = noClasses()
            .that().resideInAnyPackage("app.fiv.api..", "app.fiv.model..")
            .should().dependOnClassesThat().resideInAnyPackage("app.fiv.settings..", "app.fiv.session..");

    @ArchTest
    static final ArchRule commandLineKnowsNoWindow = noClasses()
            .that().resideInAPackage("app.fiv.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("app.fiv.ui..", "app.fiv.demo..")
            .because("scripts run the command line on machines without a display, over the same core as the window");

    @ArchTest
    static final ArchRule uiFeaturesDoNotDependOnEachOtherInCircles = slices()
            .matching("app.fiv.ui.(*)..")
            .should().beFreeOfCycles()
            .because("each screen or feature is added beside the others, not inside them");

    @ArchTest
    static final ArchRule onlyTheTaskExecutorGoesBackToTheFxThread = noClasses()
            .that().resideOutsideOfPackage("app.fiv.ui.task")
            .and().doNotHaveFullyQualifiedName("app.fiv.ui.common.UncaughtErrors")
            .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
            .because("background work reports through BackgroundTask, whose callbacks already run on the FX thread");
}
