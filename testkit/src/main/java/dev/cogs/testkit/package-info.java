/**
 * The cogs test kit: generators and law suites for property tests of claims about cogs objects,
 * with JUnit 5 and QuickTheories (docs/guide-testkit.md).
 *
 * <ul>
 *   <li>{@code dev.cogs.testkit.algebra}: generators for semirings, rings and fields, and their law
 *       suites ({@link dev.cogs.testkit.algebra.SemiringLaws}, {@link
 *       dev.cogs.testkit.algebra.RingLaws}, {@link dev.cogs.testkit.algebra.FieldLaws}, {@link
 *       dev.cogs.testkit.algebra.HomomorphismLaws});
 *   <li>{@code dev.cogs.testkit.weights}: weight nets, per-frequency blocks and global
 *       constructions with random parameters ({@link dev.cogs.testkit.weights.WeightGenerators});
 *   <li>{@code dev.cogs.testkit.category}: small finite categories, functors, presheaves and
 *       natural transformations, the brute-force oracle, and the functor and natural-transformation
 *       laws;
 *   <li>{@code dev.cogs.testkit.ot}: point clouds and measures, and the transport-solver contract.
 * </ul>
 *
 * <p>This package holds what the others share: the law-failure message ({@link
 * dev.cogs.testkit.LawAssertions}) and reading the seed of a failed property back ({@link
 * dev.cogs.testkit.Seeds}). Generators produce small <em>recipes</em> (records) that build the
 * object, so failures shrink and print readably; every random choice comes from QuickTheories'
 * seed, so a failure reproduces with {@code -DQT_SEED=<seed>}.
 */
package dev.cogs.testkit;
