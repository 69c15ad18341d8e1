/**
 * Generators for the CoGS weight semiring (docs/cogs-math.md §4–§6): group sizes, complex
 * parameters, random nets and the blocks and global constructions with random parameters, as
 * printable recipes ({@link dev.cogs.testkit.weights.WeightGenerators}).
 */
package dev.cogs.testkit.weights;
