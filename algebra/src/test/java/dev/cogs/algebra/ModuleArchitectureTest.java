package dev.cogs.algebra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries on its compiled main classes (ARCHITECTURE.md, "Rules"): the bottom
 * module: no other cogs module, no JGraphT, ND4J or Jackson; no package cycles.
 */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("dev.cogs.algebra");
    }

    @Test
    void theImportSeesTheModule() {
        // guards the rules below against an empty import, on which they would pass vacuously
        assertFalse(classes.isEmpty(), "no main classes imported under dev.cogs.algebra");
    }

    @Test
    void dependsOnlyOnTheModulesBelowIt() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cogs.category..",
                        "dev.cogs.nets..",
                        "dev.cogs.train..",
                        "dev.cogs.io..",
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
                .because("the bottom module: no other cogs module, no JGraphT, ND4J or Jackson")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.cogs.algebra.(**)")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }
}
