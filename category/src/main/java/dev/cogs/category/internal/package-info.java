/**
 * Small mutable helpers shared by several packages of the module (union–find, bucketing of
 * indices).
 *
 * <p>This package is not API: its types are public only so that the other packages of {@code
 * dev.cogs.category} can share one implementation. It depends on nothing else in the module, so it
 * never takes part in a package cycle.
 */
package dev.cogs.category.internal;
