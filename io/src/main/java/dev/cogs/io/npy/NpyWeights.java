package dev.cogs.io.npy;

import dev.cogs.algebra.weights.RealWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The weights of a two-layer quadratic net as three {@code .npy} files in one directory.
 *
 * <p>Layout (the convention of the docs/cogs-math.md §1, which is also PyTorch's {@code nn.Linear}
 * weight layout {@code (out_features, in_features)}, so no transposition is ever applied):
 *
 * <ul>
 *   <li>{@code Ua.npy}: shape (q, d), row j = node j's weights on the one-hot of a;
 *   <li>{@code Ub.npy}: shape (q, d), row j = node j's weights on the one-hot of b;
 *   <li>{@code W.npy}: shape (d, q), column j = node j's output vector.
 * </ul>
 *
 * d is taken from {@code Ua.npy}'s second dimension; {@code Ub.npy} and {@code W.npy} must agree. A
 * net stored with the transposed layout is refused (its shapes contradict each other unless q = d,
 * which is ambiguous and therefore not guessed).
 *
 * <p>Reading is all-or-nothing: all three files are parsed and checked (dtype
 * float16/float32/float64, 2-D, shapes consistent, d ≥ 3, all values finite) before the weights are
 * built; every refusal is an {@link IOException} whose message names the offending file and the
 * problem.
 */
public final class NpyWeights {

    /** File name of the a-input weights. */
    public static final String UA = "Ua.npy";

    /** File name of the b-input weights. */
    public static final String UB = "Ub.npy";

    /** File name of the output weights. */
    public static final String W = "W.npy";

    private NpyWeights() {}

    /**
     * Reads {@code Ua.npy}, {@code Ub.npy} and {@code W.npy} from a directory.
     *
     * <p>Non-finite values: a NaN or infinite entry is refused with its file and index.
     *
     * @param dir the directory holding the three files
     * @return the weights (values widened to double if the files are float32)
     * @throws IOException if a file is missing, unreadable, not a float {@code .npy} file, not 2-D,
     *     of inconsistent shape, or holds a non-finite value
     */
    public static RealWeights read(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Path fa = dir.resolve(UA);
        Path fb = dir.resolve(UB);
        Path fw = dir.resolve(W);
        NpyArray a = Npy.read(fa);
        NpyArray b = Npy.read(fb);
        NpyArray w = Npy.read(fw);
        int[] sa = twoD(a, fa);
        int[] sb = twoD(b, fb);
        int[] sw = twoD(w, fw);
        int q = sa[0];
        int d = sa[1];
        if (d < 3) {
            throw new IOException(
                    String.format(
                            Locale.ROOT,
                            "%s: shape %s gives d = %d, but d must be >= 3 "
                                    + "(expected shape (q, d))",
                            fa,
                            NpyArray.shapeString(sa),
                            d));
        }
        if (sb[1] != d) {
            throw new IOException(
                    String.format(
                            Locale.ROOT,
                            "%s: shape %s gives d = %d, but %s has d = %d "
                                    + "(expected shape (%d, %d))",
                            fb,
                            NpyArray.shapeString(sb),
                            sb[1],
                            UA,
                            d,
                            q,
                            d));
        }
        if (sb[0] != q) {
            throw new IOException(
                    String.format(
                            Locale.ROOT,
                            "%s: shape %s has q = %d nodes, but %s has q = %d "
                                    + "(expected shape (%d, %d))",
                            fb,
                            NpyArray.shapeString(sb),
                            sb[0],
                            UA,
                            q,
                            q,
                            d));
        }
        if (sw[0] != d || sw[1] != q) {
            throw new IOException(
                    String.format(
                            Locale.ROOT,
                            "%s: shape %s does not match %s %s: expected (d, q) " + "= (%d, %d)",
                            fw,
                            NpyArray.shapeString(sw),
                            UA,
                            NpyArray.shapeString(sa),
                            d,
                            q));
        }
        double[] va = finite(a, fa);
        double[] vb = finite(b, fb);
        double[] vw = finite(w, fw);
        return RealWeights.ofFlat(d, q, va, vb, vw);
    }

    /**
     * Writes the weights as {@code Ua.npy}, {@code Ub.npy} and {@code W.npy} (little-endian, C
     * order).
     *
     * @param dir the directory (created if absent)
     * @param weights the weights
     * @param dtype float32 (as PyTorch writes them, rounding to nearest) or float64 (exact)
     * @throws IOException if a file cannot be written
     */
    public static void write(Path dir, RealWeights weights, NpyDtype dtype) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(dtype, "dtype");
        int d = weights.d();
        int q = weights.order();
        Npy.write(dir.resolve(UA), NpyArray.of(new int[] {q, d}, weights.uaFlat(), dtype), dtype);
        Npy.write(dir.resolve(UB), NpyArray.of(new int[] {q, d}, weights.ubFlat(), dtype), dtype);
        Npy.write(dir.resolve(W), NpyArray.of(new int[] {d, q}, weights.wFlat(), dtype), dtype);
    }

    private static int[] twoD(NpyArray array, Path file) throws IOException {
        if (array.rank() != 2) {
            throw new IOException(
                    file + ": shape " + NpyArray.shapeString(array.shape()) + " is not 2-D");
        }
        return array.shape();
    }

    private static double[] finite(NpyArray array, Path file) throws IOException {
        double[] v = array.data();
        int cols = array.shape()[1];
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IOException(
                        String.format(
                                Locale.ROOT,
                                "%s: entry [%d][%d] is %s; weights must be finite",
                                file,
                                i / cols,
                                i % cols,
                                v[i]));
            }
        }
        return v;
    }
}
