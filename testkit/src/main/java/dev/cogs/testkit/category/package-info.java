/**
 * Generators and laws for {@code dev.cogs.category}: small finite categories and functors built
 * from construction recipes ({@link dev.cogs.testkit.category.SmallCategories}), presheaf recipes,
 * exhaustive enumeration and natural transformations ({@link
 * dev.cogs.testkit.category.Presheaves}), seeded random presheaves ({@link
 * dev.cogs.testkit.category.RandomPresheaves}), the brute-force oracle for natural transformations
 * ({@link dev.cogs.testkit.category.NatOracle}), and the law suites {@link
 * dev.cogs.testkit.category.FunctorLaws} and {@link
 * dev.cogs.testkit.category.NaturalTransformationLaws}.
 */
package dev.cogs.testkit.category;
