package dev.cogs.category;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The module's boundaries (ARCHITECTURE.md, docs/category.md §4) on the compiled main classes:
 * JGraphT only in {@code dev.cogs.category.graph}, Jackson only in {@code dev.cogs.category.io}, no
 * cycle between the module's packages, and no dependency on the CLI or on the sibling modules
 * {@code nets} and {@code rgflow}.
 */
@AnalyzeClasses(
        packages = "dev.cogs.category",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODULE = "dev.cogs.category";

    @ArchTest
    static final ArchRule JGRAPHT_ONLY_IN_GRAPH =
            noClasses()
                    .that()
                    .resideOutsideOfPackage(MODULE + ".graph..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.jgrapht..")
                    .because(
                            "JGraphT is an implementation detail of the graph adapters (docs/category.md §4)");

    @ArchTest
    static final ArchRule JACKSON_ONLY_IN_IO =
            noClasses()
                    .that()
                    .resideOutsideOfPackage(MODULE + ".io..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("com.fasterxml.jackson..")
                    .because("the JSON format is the only user of Jackson");

    @ArchTest
    static final ArchRule NO_DEPENDENCY_ON_CLI_OR_SIBLINGS =
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("dev.cogs.cli..", "dev.cogs.nets..", "dev.cogs.rgflow..")
                    .because("category depends on algebra only (ARCHITECTURE.md)");

    /**
     * Every package of the module, the root included, is one slice: no two packages may depend on
     * each other.
     */
    private static final SliceAssignment PACKAGES =
            new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String p = javaClass.getPackageName();
                    return p.equals(MODULE) || p.startsWith(MODULE + ".")
                            ? SliceIdentifier.of(p)
                            : SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "packages of " + MODULE;
                }
            };

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES =
            slices().assignedFrom(PACKAGES).should().beFreeOfCycles();
}
