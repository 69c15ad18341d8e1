/**
 * Test support, shipped as the test-jar {@code dev.cogs:cogs-category:tests}: QuickTheories generators of small
 * finite categories built from construction recipes ({@link dev.cogs.category.testing.SmallCategories}),
 * presheaf recipes and exhaustive enumeration ({@link dev.cogs.category.testing.Presheaves}), seeded random
 * presheaves ({@link dev.cogs.category.testing.RandomPresheaves}) and the brute-force oracle for natural
 * transformations ({@link dev.cogs.category.testing.NatOracle}).
 */
package dev.cogs.category.testing;
