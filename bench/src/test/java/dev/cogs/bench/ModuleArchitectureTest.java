package dev.cogs.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries on its compiled main classes (ARCHITECTURE.md, "Rules"): benchmarks: no
 * ND4J outside the trainer it times; no package cycles.
 */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("dev.cogs.bench");
    }

    @Test
    void theImportSeesTheModule() {
        // guards the rules below against an empty import, on which they would pass vacuously
        assertFalse(classes.isEmpty(), "no main classes imported under dev.cogs.bench");
    }

    @Test
    void heavyLibrariesStayInTheirModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jgrapht..")
                .because("benchmarks: no ND4J outside the trainer it times")
                .check(classes);
    }

    @Test
    void sparkIsAPlugInNeverADependency() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.spark..", "dev.cogs.spark..")
                .because(
                        "cogs bench sweep finds the Spark engine through the ServiceLoader"
                                + " (ARCHITECTURE.md: Spark only in the spark module)")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.cogs.bench.(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }
}
