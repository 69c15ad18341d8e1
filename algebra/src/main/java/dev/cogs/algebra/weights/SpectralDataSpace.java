package dev.cogs.algebra.weights;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The exact data-space evaluation of a net whose hidden nodes are single-frequency (as in the
 * constructions of docs/cogs-math.md §6), in O(d³ + dq) operations instead of the direct O(d³q);
 * other nets go to a fallback evaluator (docs/performance.md, "Verification at scale").
 *
 * <p><b>When it applies.</b> Every node j has one frequency f_j ∈ {1..(d−1)/2} such that each of
 * its three vectors x (row j of U_a, row j of U_b, column j of W) is \(x[n] = \hat x_0 + \hat x_+
 * \omega^{f_j n} + \hat x_- \omega^{-f_j n}\) (ω = e^{2πi/d}, \(\hat x_\pm = (A \mp iB)/2\), i.e. c
 * + A cos + B sin), or is constant; d is odd. This is detected from the weights alone: each vector
 * is fitted at one frequency estimated from the recurrence y[n+1] + y[n−1] = 2 cos θ y[n] and must
 * be reproduced to 10⁻¹²·max(1, max|x|) at every n (a vector within 10⁻¹³·max(1, max|x|) of its
 * mean is constant), and the non-constant vectors of a node must share their frequency. One
 * relaxation: on at most 32 nodes whose two input vectors are single-frequency, the output vector W
 * may be anything (z_F4/6's order-6 block carries output shifts at every other frequency, which
 * cancel the order-4 blocks' biases); such a node stays out of the patterns below and its cross
 * term \(2U_a[j,a]U_b[j,b]\,W[\cdot,j]\) is added to each pair's outputs directly (one axpy of
 * length d per pair). {@link #applies} and {@link #refusal} say whether a net qualifies; {@link
 * #evaluate} uses the fallback when it does not, and then returns exactly the fallback's result.
 *
 * <p><b>The identity.</b> \(o(a,b)[k] = \sum_j W[k,j]\,(U_a[j,a]^2 + U_b[j,b]^2 +
 * 2U_a[j,a]U_b[j,b])\). Expanding each vector into its three Fourier coefficients (and U², a
 * square, into five: \(\widehat{x^2}_0 = \hat x_0^2 + 2|\hat x_+|^2\), \(\widehat{x^2}_{\pm1} =
 * 2\hat x_0\hat x_\pm\), \(\widehat{x^2}_{\pm2} = \hat x_\pm^2\)), the cross term is \(\sum_{s \in
 * \{-1,0,1\}^3} R_s((s_1k + s_2a + s_3b) \bmod d)\) with \(R_s(m) = \sum_f T_s(f)\,\omega^{fm}\)
 * and \(T_s(f) = \sum_{j: f_j = f} 2\hat W_{j,s_1}\hat U_{a,j,s_2}\hat U_{b,j,s_3}\), and the
 * square terms are the same with the patterns (s₁, t, 0) and (s₁, 0, t), |t| ≤ 2, and \(T = \sum_j
 * \hat W_{j,s_1}\widehat{U^2}_{j,t}\): per sign pattern, a function of the single index m, computed
 * as a direct inverse DFT of length d (O(d²) with a table of cos and sin at (f·m) mod d). The
 * patterns with s₁ = 0 do not depend on the class k: they add the same number to every output of a
 * pair, which the projection P⊥ removes from the residual and which changes neither the argmax nor
 * any difference of outputs (so neither the accuracy nor the margin); they are skipped. Since the
 * weights are real, \(T_{-s} = \overline{T_s}\) and \(R_{-s}(-m) = \overline{R_s(m)}\), so the
 * patterns with s₁ = −1 pair with those with s₁ = +1, each pair contributing \(P_s(m) =
 * 2\,\mathrm{Re} R_s(m)\) at m = (k + s₂a + s₃b) mod d. The outputs of a pair are then, up to a
 * class-independent constant, a sum of d-vectors: VA[a], the five patterns (+1, t, 0) rotated by ta
 * (cross and U_a's squares), and VB[b], the four (+1, 0, t ≠ 0) rotated by tb (both precomputed, d
 * × d each), and the four cross patterns with s₂, s₃ ≠ 0, each read as a rotation of P_s by (s₂a +
 * s₃b) mod d: O(6d) per pair, O(d³) in all (plus one axpy per pair, and O(d²) for its squares in VA
 * and VB, for each node kept out of the patterns).
 *
 * <p><b>Residuals, accuracy, margin.</b> On the vector o of a pair held this way, exactly as {@link
 * CogsLoss#evaluate}: the first argmax over classes; the mean \((\sum_c o_c - 1)/d\) (classes in
 * increasing order); the residual \(r_c = o_c - [c = a+b] - \text{mean}\) formed explicitly and its
 * squares summed over classes in increasing order; the d² squared norms added in (a, b) order by
 * one compensated sum, so the result does not depend on the number of threads (the first inputs run
 * in parallel on the common fork-join pool for large d). The margin is \(\min_{a,b}(o_{a+b} -
 * \max_{c \ne a+b} o_c)\) (docs/cogs-math.md §13.6).
 *
 * <p><b>Error.</b> Each output is a sum of O(q) rounded terms (over the nodes of a frequency, then
 * over frequencies and patterns; the direct nodes' terms as in the direct evaluation), so it agrees
 * with the direct evaluation's output to rounding of the same kind, a few units of 2⁻⁵³ times the
 * sum of the terms' moduli. The evaluation is exact for the fitted vectors; each vector as given
 * differs from its fit by at most 10⁻¹²·max(1, max|x|) per entry, which bounds the deviation from
 * the outputs of the weights as given (for nets built from Fourier coefficients, as the
 * constructions, the fits reproduce the weights to a few ulps, below rounding). Losses of 10⁻³⁰ to
 * 10⁻²⁸ (the exact constructions up to d = 2017) are resolved, as by the direct evaluation.
 *
 * <p>Instances are immutable and thread-safe (given a thread-safe fallback).
 *
 * <p><b>Non-finite values.</b> {@link RealWeights} are finite; an output that overflows gives a
 * non-finite loss, returned as is (as by the reference).
 */
public final class SpectralDataSpace implements DataSpaceEvaluator {

    /** Work (pairs × classes) above which the first inputs run in parallel. */
    static final long PARALLEL_WORK = 2_000_000L;

    private final DataSpaceEvaluator fallback;

    private SpectralDataSpace(DataSpaceEvaluator fallback) {
        this.fallback = fallback;
    }

    /**
     * The spectral evaluator, with {@code fallback} for nets that are not single-frequency.
     *
     * @param fallback the evaluator of the other nets (e.g. {@link DataSpaceEvaluator#pureJava()})
     * @return the evaluator
     * @throws NullPointerException if {@code fallback} is null
     */
    public static SpectralDataSpace of(DataSpaceEvaluator fallback) {
        return new SpectralDataSpace(Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * The evaluator used for nets to which the spectral evaluation does not apply.
     *
     * @return the fallback
     */
    public DataSpaceEvaluator fallback() {
        return fallback;
    }

    /**
     * Whether the spectral evaluation applies to {@code w}: d odd and every node single-frequency
     * within the fit tolerance (O(dq) to decide).
     *
     * @param w real weights
     * @return true if {@link #evaluate} evaluates {@code w} spectrally, false if by the fallback
     * @throws NullPointerException if {@code w} is null
     */
    public boolean applies(RealWeights w) {
        return refusal(w).isEmpty();
    }

    /**
     * Why the spectral evaluation does not apply to {@code w}, naming the first node and vector
     * that fail (or the even d); empty if it applies.
     *
     * @param w real weights
     * @return the reason, or empty
     * @throws NullPointerException if {@code w} is null
     */
    public Optional<String> refusal(RealWeights w) {
        return Optional.ofNullable(
                SingleFrequencyNodes.of(Objects.requireNonNull(w, "w")).refusal());
    }

    /**
     * Evaluates the net on all d² pairs: spectrally if {@link #applies}, otherwise by the fallback
     * (whose result is returned as it is).
     *
     * @param w real weights
     * @return loss and accuracy over all d² pairs
     * @throws NullPointerException if {@code w} is null
     * @throws IllegalArgumentException as the fallback throws
     */
    @Override
    public DataSpaceEvaluation evaluate(RealWeights w) {
        SingleFrequencyNodes.Detection detection =
                SingleFrequencyNodes.of(Objects.requireNonNull(w, "w"));
        if (detection.nodes() == null) {
            return fallback.evaluate(w);
        }
        return evaluate(w, detection.nodes()).evaluation();
    }

    /**
     * Evaluates a single-frequency net spectrally on all d² pairs, with its margin.
     *
     * @param w real weights to which the evaluation {@link #applies}
     * @return loss, accuracy and margin over all d² pairs
     * @throws NullPointerException if {@code w} is null
     * @throws IllegalArgumentException if the spectral evaluation does not apply to {@code w} (the
     *     message says why)
     */
    public EvaluationWithMargin evaluateWithMargin(RealWeights w) {
        SingleFrequencyNodes.Detection detection =
                SingleFrequencyNodes.of(Objects.requireNonNull(w, "w"));
        if (detection.nodes() == null) {
            throw new IllegalArgumentException(
                    "w is not single-frequency, the spectral evaluation does not apply: "
                            + detection.refusal());
        }
        return evaluate(w, detection.nodes());
    }

    private static EvaluationWithMargin evaluate(RealWeights w, SingleFrequencyNodes nodes) {
        int d = w.d();
        double[][] p = patterns(nodes);
        // VA[a][k]: the patterns (t, 0), |t| <= 2 (cross and U_a's squares) and U_a's squares of
        // the direct nodes; VB[b][k]: (0, t), t ≠ 0, and U_b's squares of the direct nodes
        double[] va = squareTerms(w, nodes.direct, w.uaRaw());
        double[] vb = squareTerms(w, nodes.direct, w.ubRaw());
        for (int x = 0; x < d; x++) {
            int row = x * d;
            for (int t = -2; t <= 2; t++) {
                int base = Math.floorMod(t * x, d);
                double[] pa = p[pattern(t, 0)];
                for (int k = 0; k < d; k++) {
                    va[row + k] += pa[base + k];
                }
                if (t != 0) {
                    double[] pb = p[pattern(0, t)];
                    for (int k = 0; k < d; k++) {
                        vb[row + k] += pb[base + k];
                    }
                }
            }
        }
        double[] squares = new double[d * d];
        int[] correct = new int[d];
        double[] margins = new double[d];
        IntStream as = IntStream.range(0, d);
        if ((long) d * d * d > PARALLEL_WORK) {
            as = as.parallel();
        }
        double[] ppp = p[pattern(1, 1)];
        double[] ppm = p[pattern(1, -1)];
        double[] pmp = p[pattern(-1, 1)];
        double[] pmm = p[pattern(-1, -1)];
        // the nodes whose output vector is not single-frequency: W columns, added per pair
        int[] direct = nodes.direct;
        int e = direct.length;
        double[] wd = new double[e * d];
        double[] ww = w.wRaw();
        double[] ua = w.uaRaw();
        double[] ub = w.ubRaw();
        int q = w.order();
        for (int i = 0; i < e; i++) {
            for (int k = 0; k < d; k++) {
                wd[i * d + k] = ww[k * q + direct[i]];
            }
        }
        as.forEach(
                a -> {
                    double[] o = new double[d];
                    int correctA = 0;
                    double marginA = Double.POSITIVE_INFINITY;
                    int rowA = a * d;
                    for (int b = 0; b < d; b++) {
                        int y = a + b < d ? a + b : a + b - d;
                        int sum = y;
                        int diff = a >= b ? a - b : a - b + d;
                        int back = diff == 0 ? 0 : d - diff;
                        int neg = y == 0 ? 0 : d - y;
                        int rowB = b * d;
                        for (int k = 0; k < d; k++) {
                            o[k] =
                                    va[rowA + k]
                                            + vb[rowB + k]
                                            + ppp[sum + k]
                                            + ppm[diff + k]
                                            + pmp[back + k]
                                            + pmm[neg + k];
                        }
                        for (int i = 0; i < e; i++) {
                            int j = direct[i];
                            double g = 2 * ua[j * d + a] * ub[j * d + b];
                            int col = i * d;
                            for (int k = 0; k < d; k++) {
                                o[k] += g * wd[col + k];
                            }
                        }
                        double total = o[0];
                        double best = o[0];
                        int arg = 0;
                        for (int c = 1; c < d; c++) {
                            double v = o[c];
                            total += v;
                            if (v > best) {
                                best = v;
                                arg = c;
                            }
                        }
                        double other = Double.NEGATIVE_INFINITY;
                        for (int c = 0; c < d; c++) {
                            if (c != y && o[c] > other) {
                                other = o[c];
                            }
                        }
                        marginA = Math.min(marginA, o[y] - other);
                        if (arg == y) {
                            correctA++;
                        }
                        double mean = (total - 1.0) / d;
                        o[y] -= 1.0;
                        double ss = 0;
                        for (int c = 0; c < d; c++) {
                            double r = o[c] - mean;
                            ss += r * r;
                        }
                        squares[rowA + b] = ss;
                    }
                    correct[a] = correctA;
                    margins[a] = marginA;
                });
        CompensatedSum total = new CompensatedSum();
        for (double v : squares) {
            total.add(v);
        }
        int right = 0;
        double margin = Double.POSITIVE_INFINITY;
        for (int a = 0; a < d; a++) {
            right += correct[a];
            margin = Math.min(margin, margins[a]);
        }
        return new EvaluationWithMargin(
                new DataSpaceEvaluation(total.value() / ((double) d * d), right, d * d), margin);
    }

    /** Index of the pattern (s₁ = +1, s₂, s₃), |s₂|, |s₃| ≤ 2, in {@link #patterns}. */
    private static int pattern(int s2, int s3) {
        return 5 * (s2 + 2) + (s3 + 2);
    }

    /**
     * The functions \(P_s(m) = 2\,\mathrm{Re}\sum_f T_s(f)\omega^{fm}\) of the patterns s = (+1,
     * s₂, s₃): the cross term's nine (|s₂|, |s₃| ≤ 1) and the square terms' (s₂, 0) and (0, s₃),
     * |s₂|, |s₃| ≤ 2, of the nodes in the patterns (the others, all zero, as well); each stored
     * twice over (length 2d, {@code P[m + d] = P[m]}) so that a rotation is one contiguous read.
     */
    private static double[][] patterns(SingleFrequencyNodes nodes) {
        int d = nodes.d;
        int half = (d - 1) / 2;
        double[][] re = new double[25][half + 1];
        double[][] im = new double[25][half + 1];
        double[] ua = nodes.coefficients[SingleFrequencyNodes.UA];
        double[] ub = nodes.coefficients[SingleFrequencyNodes.UB];
        double[] w = nodes.coefficients[SingleFrequencyNodes.W];
        double[] xr = new double[5];
        double[] xi = new double[5];
        double[] yr = new double[5];
        double[] yi = new double[5];
        for (int j = 0; j < nodes.q; j++) {
            int f = nodes.frequency[j];
            // Ŵ₊ = (A − iB)/2; zero for a constant W, whose node is class-independent
            double wr = w[3 * j + 1] / 2;
            double wi = -w[3 * j + 2] / 2;
            if (f == 0 || (wr == 0 && wi == 0) || Arrays.binarySearch(nodes.direct, j) >= 0) {
                continue;
            }
            coefficients(ua, j, xr, xi);
            coefficients(ub, j, yr, yi);
            // the cross term: 2 Ŵ₊ Û_{a,s2} Û_{b,s3}
            for (int s2 = -1; s2 <= 1; s2++) {
                double gr = 2 * (wr * xr[s2 + 2] - wi * xi[s2 + 2]);
                double gi = 2 * (wr * xi[s2 + 2] + wi * xr[s2 + 2]);
                for (int s3 = -1; s3 <= 1; s3++) {
                    int s = pattern(s2, s3);
                    re[s][f] += gr * yr[s3 + 2] - gi * yi[s3 + 2];
                    im[s][f] += gr * yi[s3 + 2] + gi * yr[s3 + 2];
                }
            }
            // the square terms: Ŵ₊ (Û_a²)_t and Ŵ₊ (Û_b²)_t
            square(xr, xi);
            square(yr, yi);
            for (int t = -2; t <= 2; t++) {
                int sa = pattern(t, 0);
                re[sa][f] += wr * xr[t + 2] - wi * xi[t + 2];
                im[sa][f] += wr * xi[t + 2] + wi * xr[t + 2];
                int sb = pattern(0, t);
                re[sb][f] += wr * yr[t + 2] - wi * yi[t + 2];
                im[sb][f] += wr * yi[t + 2] + wi * yr[t + 2];
            }
        }
        double[][] p = new double[25][2 * d];
        for (int s = 0; s < 25; s++) {
            double[] ps = p[s];
            for (int m = 0; m < d; m++) {
                double v = 0;
                for (int f = 1; f <= half; f++) {
                    int t = (int) ((long) f * m % d);
                    v += re[s][f] * nodes.cos[t] - im[s][f] * nodes.sin[t];
                }
                ps[m] = 2 * v;
                ps[m + d] = 2 * v;
            }
        }
        return p;
    }

    /**
     * The Fourier coefficients of vector j of a part, indexed by sign + 2 (entries 1..3): \(\hat
     * x_{-1} = (A + iB)/2\), \(\hat x_0 = c\), \(\hat x_{+1} = (A - iB)/2\); entries 0 and 4 zero.
     */
    private static void coefficients(double[] part, int j, double[] re, double[] im) {
        double c = part[3 * j];
        double a = part[3 * j + 1] / 2;
        double b = part[3 * j + 2] / 2;
        re[0] = 0;
        im[0] = 0;
        re[1] = a;
        im[1] = b;
        re[2] = c;
        im[2] = 0;
        re[3] = a;
        im[3] = -b;
        re[4] = 0;
        im[4] = 0;
    }

    /**
     * Replaces the coefficients of x (indexed by sign + 2, entries 1..3) by those of x²: \(x_0^2 +
     * 2|x_+|^2\) at 0, \(2x_0x_\pm\) at ±1, \(x_\pm^2\) at ±2.
     */
    private static void square(double[] re, double[] im) {
        double c = re[2];
        double pr = re[3];
        double pi = im[3];
        re[2] = c * c + 2 * (pr * pr + pi * pi);
        im[2] = 0;
        re[3] = 2 * c * pr;
        im[3] = 2 * c * pi;
        re[1] = 2 * c * pr;
        im[1] = -2 * c * pi;
        re[4] = pr * pr - pi * pi;
        im[4] = 2 * pr * pi;
        re[0] = pr * pr - pi * pi;
        im[0] = -2 * pr * pi;
    }

    /**
     * The square terms of the direct nodes, \(\sum_{j} W[k,j]\,U[j,x]^2\) over them (U = U_a or
     * U_b), as a d × d array indexed {@code [x*d + k]} (O(d²) per direct node).
     */
    private static double[] squareTerms(RealWeights w, int[] direct, double[] u) {
        int d = w.d();
        int q = w.order();
        double[] ww = w.wRaw();
        double[] out = new double[d * d];
        double[] column = new double[d];
        for (int j : direct) {
            for (int k = 0; k < d; k++) {
                column[k] = ww[k * q + j];
            }
            for (int x = 0; x < d; x++) {
                double v = u[j * d + x];
                double s = v * v;
                int row = x * d;
                for (int k = 0; k < d; k++) {
                    out[row + k] += column[k] * s;
                }
            }
        }
        return out;
    }
}
