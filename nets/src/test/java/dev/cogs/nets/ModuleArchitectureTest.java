package dev.cogs.nets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries on its compiled main classes (ARCHITECTURE.md, "Rules"): pure-Java
 * analysis and run vocabulary: no ND4J, no JGraphT, no Jackson; no package cycles.
 */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("dev.cogs.nets");
    }

    @Test
    void theImportSeesTheModule() {
        // guards the rules below against an empty import, on which they would pass vacuously
        assertFalse(classes.isEmpty(), "no main classes imported under dev.cogs.nets");
    }

    @Test
    void dependsOnlyOnTheModulesBelowIt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cogs.category..",
                        "dev.cogs.train..",
                        "dev.cogs.rgflow..",
                        "dev.cogs.cli..",
                        "dev.cogs.bench..")
                .because("dependencies between modules flow one way (ARCHITECTURE.md, \"Rules\")")
                .check(classes);
    }

    @Test
    void heavyLibrariesStayInTheirModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.nd4j..", "org.bytedeco..", "org.jgrapht..", "com.fasterxml.jackson..")
                .because("pure-Java analysis and run vocabulary: no ND4J, no JGraphT, no Jackson")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.cogs.nets.(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }
}
