/**
 * Small dense real linear algebra for the rgflow module: immutable matrices and functions of
 * symmetric matrices (square root, inverse square root, logarithm of the determinant) through a
 * symmetric eigen decomposition.
 *
 * <p>Sizes are those of Gaussian optimal transport and lattice covariances (a few thousand at
 * most); everything is {@code O(n^3)} dense arithmetic in double precision.
 */
package dev.cogs.rgflow.linalg;
