/**
 * Generators for the structures of {@code dev.cogs.algebra} ({@link
 * dev.cogs.testkit.algebra.AlgebraGens}, {@link dev.cogs.testkit.algebra.DoubleCandidates}) and the
 * algebraic laws as reusable JUnit 5 suites: implement {@link
 * dev.cogs.testkit.algebra.SemiringLaws}, {@link dev.cogs.testkit.algebra.RingLaws}, {@link
 * dev.cogs.testkit.algebra.FieldLaws} or {@link dev.cogs.testkit.algebra.HomomorphismLaws} in a
 * {@code *Test} class, giving the structure, an element generator and the law equality.
 */
package dev.cogs.testkit.algebra;
