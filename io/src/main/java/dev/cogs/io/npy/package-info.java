/**
 * NumPy {@code .npy} files in plain Java (format versions 1.0, 2.0 and 3.0, float16, float32 and
 * float64, either byte order, C or Fortran order; the one parser, also used for the entries of
 * {@code .npz} archives) and the three-file layout {@code Ua.npy}, {@code Ub.npy}, {@code W.npy} of
 * a two-layer quadratic net, so that nets trained elsewhere (for example in PyTorch) can be
 * analysed and point clouds exchanged with NumPy.
 *
 * <p>Reading is all-or-nothing: a file is parsed and validated completely before any value is
 * returned, and every refusal is an {@link java.io.IOException} whose message names the file and
 * the problem.
 *
 * <p>Entry points: {@link dev.cogs.io.npy.Npy} (one array) and {@link dev.cogs.io.npy.NpyWeights}
 * (a net's weights). Other formats of the {@code cogs-io} module live in sibling packages of {@code
 * dev.cogs.io}.
 */
package dev.cogs.io.npy;
