package dev.cogs.yoneda;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The bridge's boundaries (ARCHITECTURE.md rule 1, docs/yoneda-nets.md §4): it uses the pure-Java
 * parts of nets (prompt, analysis) and category, never the trainer or the command line, and not
 * commons-math3.
 */
@AnalyzeClasses(packages = "dev.cogs.yoneda", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule ONLY_ALLOWED_DEPENDENCIES =
            classes()
                    .should()
                    .onlyDependOnClassesThat()
                    .resideInAnyPackage(
                            "java..",
                            "dev.cogs.yoneda..",
                            "dev.cogs.algebra..",
                            "dev.cogs.category..",
                            "dev.cogs.nets.prompt..",
                            "dev.cogs.nets.analysis..")
                    .because("the bridge joins category and the pure-Java nets packages only");

    @ArchTest
    static final ArchRule NO_COMMONS_MATH =
            noClasses()
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.apache.commons.math3..")
                    .because("algebra has its own Complex");
}
