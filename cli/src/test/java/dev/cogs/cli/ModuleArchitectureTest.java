package dev.cogs.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries on its compiled main classes (ARCHITECTURE.md, "Rules"): presentation:
 * parses, calls the libraries, prints; no ND4J, no JGraphT; no package cycles.
 */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("dev.cogs.cli");
    }

    @Test
    void theImportSeesTheModule() {
        // guards the rules below against an empty import, on which they would pass vacuously
        assertFalse(classes.isEmpty(), "no main classes imported under dev.cogs.cli");
    }

    @Test
    void dependsOnlyOnTheModulesBelowIt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.cogs.bench..", "dev.cogs.spark..", "org.apache.spark..")
                .because("dependencies between modules flow one way (ARCHITECTURE.md, \"Rules\")")
                .check(classes);
    }

    @Test
    void heavyLibrariesStayInTheirModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.nd4j..", "org.bytedeco..", "org.jgrapht..")
                .because("presentation: parses, calls the libraries, prints; no ND4J, no JGraphT")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.cogs.cli.(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }
}
