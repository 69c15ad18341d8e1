package dev.cogs.rgflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layering of rgflow's main code (ARCHITECTURE.md, "Rules"): {@code linalg} → nothing;
 * {@code ot} (with {@code ot.gaussian}) → {@code linalg}; {@code flow} → {@code ot}, {@code
 * linalg}; {@code lattice} → {@code flow}, {@code linalg}; {@code polchinski} on top. Generic
 * packages never see the physics, there are no package cycles, and the module never depends on the
 * other cogs modules but {@code algebra}.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.cogs.rgflow";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(ROOT);
    }

    @Test
    void theImportSeesEveryPackage() {
        // guards the rules below against an empty import (they would pass vacuously)
        Set<String> packages =
                classes.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        for (String p :
                new String[] {"linalg", "ot", "ot.gaussian", "flow", "lattice", "polchinski"}) {
            assertTrue(packages.contains(ROOT + "." + p), p + " imported: " + packages);
        }
    }

    @Test
    void genericPackagesDoNotDependOnThePhysics() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".flow..", ROOT + ".ot..", ROOT + ".linalg..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".lattice..", ROOT + ".polchinski..")
                .because(
                        "flow, ot and linalg are generic: the lattice physics builds on them, not the reverse")
                .check(classes);
    }

    @Test
    void packagesAreLayered() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
                .layer("linalg")
                .definedBy(ROOT + ".linalg..")
                .layer("ot")
                .definedBy(ROOT + ".ot..")
                .layer("flow")
                .definedBy(ROOT + ".flow..")
                .layer("lattice")
                .definedBy(ROOT + ".lattice..")
                .layer("polchinski")
                .definedBy(ROOT + ".polchinski..")
                .whereLayer("polchinski")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("lattice")
                .mayOnlyBeAccessedByLayers("polchinski")
                .whereLayer("flow")
                .mayOnlyBeAccessedByLayers("lattice", "polchinski")
                .whereLayer("ot")
                .mayOnlyBeAccessedByLayers("flow", "lattice", "polchinski")
                .whereLayer("linalg")
                .mayOnlyBeAccessedByLayers("ot", "flow", "lattice", "polchinski")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void rgflowDependsOnNoOtherCogsModuleButAlgebra() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.cogs.cli..", "dev.cogs.nets..", "dev.cogs.category..")
                .because("rgflow depends on algebra at most (ARCHITECTURE.md, Rules)")
                .check(classes);
    }
}
