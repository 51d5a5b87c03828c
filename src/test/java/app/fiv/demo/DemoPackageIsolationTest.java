package app.fiv.demo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The demo server ships inside the app but must stay a stand-alone package: JDK (incl. TLS for HTTPS) and Jackson only. */
class DemoPackageIsolationTest {

    @Test
    void dependsOnlyOnTheJdkAndJackson() {
        JavaClasses demo = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.fiv.demo");

        noClasses().that().resideInAPackage("app.fiv.demo..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "app.fiv.demo..", "java..", "javax.xml..", "javax.net.ssl..", "org.w3c.dom..",
                        "com.sun.net.httpserver..", "com.fasterxml.jackson..")
                .check(demo);
    }
}
