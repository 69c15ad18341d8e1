package dev.cogs.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The kernels of engine f32v5: one partition of the training pairs through the forward pass, the
 * loss and the whole gradient, in one native call ({@code src/main/c/cogs_fused.c}, AVX2 and FMA,
 * built by the train module's POM with the machine's gcc) or, where that library cannot be loaded,
 * in {@link FusedReference}, whose results are the same bits.
 *
 * <p>The library is loaded once, on first use, from the jar ({@code
 * dev/cogs/train/native/linux-x86_64/libcogsfused.so}, copied to a temporary file) on Linux x86-64
 * whose CPU reports the avx2 and fma flags in {@code /proc/cpuinfo}. The holder is a lazily
 * initialised constant: nothing changes after the first use.
 */
final class FusedKernels {

    private FusedKernels() {}

    /** Whether the native kernels are in use, and why not if they are not. */
    record Availability(boolean loaded, String description) {}

    private static final class Holder {
        static final Availability AVAILABILITY = load();
    }

    /** The native kernels' availability (loads them on first call). */
    static Availability availability() {
        return Holder.AVAILABILITY;
    }

    static final String RESOURCE = "/dev/cogs/train/native/linux-x86_64/libcogsfused.so";

    private static Availability load() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return new Availability(
                    false, "plain Java (no native kernels for " + os + "/" + arch + ")");
        }
        if (!cpuHasAvx2AndFma()) {
            return new Availability(false, "plain Java (the CPU lacks avx2 or fma)");
        }
        try (InputStream in = FusedKernels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Availability(
                        false, "plain Java (the jar has no " + RESOURCE + ": built without gcc)");
            }
            Path file = Files.createTempFile("cogsfused", ".so");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toAbsolutePath().toString());
            return new Availability(true, "native AVX2/FMA kernels (" + RESOURCE + ")");
        } catch (IOException | UnsatisfiedLinkError e) {
            return new Availability(
                    false, "plain Java (loading the native kernels failed: " + e + ")");
        }
    }

    private static boolean cpuHasAvx2AndFma() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("flags")) {
                    String flags = " " + line.substring(line.indexOf(':') + 1) + " ";
                    return flags.contains(" avx2 ") && flags.contains(" fma ");
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /**
     * One partition: pairs [from, to) of {@code (pa, pb, py)} on the d×q parameter blocks (see
     * {@link Engine}); the loss sum into {@code out[0]} and the correct count into {@code out[1]}
     * (only with {@code withAccuracy}); with the gradient, adds into {@code gua} and {@code gub}
     * (rows of U_a of this partition only) and overwrites {@code dw} with this partition's ∂ℓ/∂W.
     * {@code scale} is 2/n. Partitions of one step may run concurrently when their {@code gua} rows
     * are disjoint and {@code gub}, {@code dw} and {@code out} are their own.
     */
    static void partition(
            float[] ua,
            float[] ub,
            float[] w,
            int d,
            int q,
            int[] pa,
            int[] pb,
            int[] py,
            int from,
            int to,
            float scale,
            boolean withGradient,
            boolean withAccuracy,
            float[] gua,
            float[] gub,
            float[] dw,
            double[] out,
            float[] scratch) {
        if (!availability().loaded()) {
            FusedReference.partition(
                    ua,
                    ub,
                    w,
                    d,
                    q,
                    pa,
                    pb,
                    py,
                    from,
                    to,
                    scale,
                    withGradient,
                    withAccuracy,
                    gua,
                    gub,
                    dw,
                    out);
            return;
        }
        int flags = (withGradient ? 1 : 0) | (withAccuracy ? 2 : 0);
        int status =
                partition0(
                        ua, ub, w, d, q, pa, pb, py, from, to, scale, flags, gua, gub, dw, out,
                        scratch);
        if (status != 0) {
            throw new IllegalStateException(
                    status == -3
                            ? "native kernels: the JVM copied a critical array"
                            : status == -4
                                    ? "native kernels: the scratch array is too short"
                                    : "native kernels: an array could not be accessed");
        }
        if (!withAccuracy) {
            out[1] = 0;
        }
    }

    private static native int partition0(
            float[] ua,
            float[] ub,
            float[] w,
            int d,
            int q,
            int[] pa,
            int[] pb,
            int[] py,
            int from,
            int to,
            float scale,
            int flags,
            float[] gua,
            float[] gub,
            float[] dw,
            double[] out,
            float[] scratch);

    /** Pairs per panel of the native kernels ({@code PANEL} in the C source). */
    private static final int PANEL = 64;

    /**
     * The scratch one partition call needs, as the C source computes it: W padded to a multiple of
     * 8 columns (as rows and as strips) and the W-gradient, X of a panel (rows and strips), O and G
     * of a panel, and 8 floats to align the first buffer at 32 bytes.
     *
     * @param d classes
     * @param q hidden width
     * @return the number of floats
     * @throws IllegalArgumentException if the number does not fit an array
     */
    static int scratchFloats(int d, int q) {
        long qp = (q + 7L) & ~7L;
        long dp = (d + 7L) & ~7L;
        long floats = 3 * d * qp + 2 * PANEL * qp + 2 * PANEL * dp + 8;
        if (floats > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "d = " + d + " and q = " + q + " need " + floats + " floats of scratch");
        }
        return (int) floats;
    }
}
