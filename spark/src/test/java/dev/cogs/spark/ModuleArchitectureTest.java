package dev.cogs.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's boundaries (ARCHITECTURE.md, "Rules"): a plug-in of the command line that reaches
 * the trainer only through the run execution of {@code cli}; no ND4J, no benchmarks.
 */
class ModuleArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                        .importPackages("dev.cogs.spark");
    }

    @Test
    void theImportSeesTheModule() {
        assertFalse(classes.isEmpty(), "no main classes imported under dev.cogs.spark");
    }

    @Test
    void runsGoThroughTheSharedExecution() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.cogs.train..", "dev.cogs.bench..", "org.nd4j..", "org.bytedeco..")
                .because("every engine produces runs through SweepExecution (docs/sweeps.md §4)")
                .check(classes);
    }
}
