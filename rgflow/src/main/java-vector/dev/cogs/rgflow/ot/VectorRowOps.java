package dev.cogs.rgflow.ot;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowOps} on the incubating Vector API ({@code jdk.incubator.vector}, JDK 16+), with the platform's
 * preferred vector width: fused multiply–adds, two independent accumulators in the dot product, and the
 * vector {@code EXP} (within 1 ulp, as {@link Math#exp}). Only loaded, by name from {@link RowOps#vector()}, when
 * {@link RowOps#vectorAvailable()}; referencing it otherwise fails with {@link NoClassDefFoundError}. The only
 * class compiled against the incubator module (its own javac execution in the module's {@code pom.xml}).
 */
final class VectorRowOps implements RowOps {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorRowOps() {
    }

    static RowOps create() {
        return new VectorRowOps();
    }

    @Override
    public double dot(double[] k, int ko, double[] y, int yo, int len) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = DoubleVector.zero(S);
        int bound = S.loopBound(len);
        int t = 0;
        for (; t + L < bound; t += 2 * L) {
            a0 = DoubleVector.fromArray(S, k, ko + t).fma(DoubleVector.fromArray(S, y, yo + t), a0);
            a1 = DoubleVector.fromArray(S, k, ko + t + L).fma(DoubleVector.fromArray(S, y, yo + t + L), a1);
        }
        for (; t < bound; t += L) {
            a0 = DoubleVector.fromArray(S, k, ko + t).fma(DoubleVector.fromArray(S, y, yo + t), a0);
        }
        double s = a0.add(a1).reduceLanes(VectorOperators.ADD);
        for (; t < len; t++) {
            s += k[ko + t] * y[yo + t];
        }
        return s;
    }

    @Override
    public void axpy(double s, double[] k, int ko, double[] acc, int ao, int len) {
        DoubleVector sv = DoubleVector.broadcast(S, s);
        int bound = S.loopBound(len);
        int t = 0;
        for (; t < bound; t += L) {
            DoubleVector.fromArray(S, k, ko + t).fma(sv, DoubleVector.fromArray(S, acc, ao + t)).intoArray(acc, ao + t);
        }
        for (; t < len; t++) {
            acc[ao + t] += k[ko + t] * s;
        }
    }

    @Override
    public void axpy2(double s1, double[] k, int k1, double s2, int k2, double[] acc, int ao, int len) {
        DoubleVector v1 = DoubleVector.broadcast(S, s1);
        DoubleVector v2 = DoubleVector.broadcast(S, s2);
        int bound = S.loopBound(len);
        int t = 0;
        for (; t < bound; t += L) {
            DoubleVector p = DoubleVector.fromArray(S, acc, ao + t);
            p = DoubleVector.fromArray(S, k, k1 + t).fma(v1, p);
            p = DoubleVector.fromArray(S, k, k2 + t).fma(v2, p);
            p.intoArray(acc, ao + t);
        }
        for (; t < len; t++) {
            acc[ao + t] += k[k1 + t] * s1 + k[k2 + t] * s2;
        }
    }

    @Override
    public void expRow(double base, double[] add, double[] c, double scale, double[] out, int o, int len) {
        DoubleVector log2e = DoubleVector.broadcast(S, LOG2E);
        DoubleVector rounder = DoubleVector.broadcast(S, ROUNDER);
        DoubleVector ln2hi = DoubleVector.broadcast(S, -LN2_HI);
        DoubleVector ln2lo = DoubleVector.broadcast(S, -LN2_LO);
        int bound = S.loopBound(len);
        int t = 0;
        for (; t < bound; t += L) {
            DoubleVector x = DoubleVector.fromArray(S, add, t).add(base).sub(DoubleVector.fromArray(S, c, o + t)).mul(scale);
            if (x.compare(VectorOperators.GE, -EXP_RANGE).and(x.compare(VectorOperators.LE, EXP_RANGE)).allTrue()) {
                // e^x as in sumAgainst (written out: a call per vector would box the vectors unless inlined)
                DoubleVector shifted = x.fma(log2e, rounder);
                DoubleVector k = shifted.sub(rounder);
                DoubleVector r = k.fma(ln2hi, x);
                r = k.fma(ln2lo, r);
                DoubleVector p = DoubleVector.broadcast(S, C13);
                p = p.fma(r, DoubleVector.broadcast(S, C12));
                p = p.fma(r, DoubleVector.broadcast(S, C11));
                p = p.fma(r, DoubleVector.broadcast(S, C10));
                p = p.fma(r, DoubleVector.broadcast(S, C9));
                p = p.fma(r, DoubleVector.broadcast(S, C8));
                p = p.fma(r, DoubleVector.broadcast(S, C7));
                p = p.fma(r, DoubleVector.broadcast(S, C6));
                p = p.fma(r, DoubleVector.broadcast(S, C5));
                p = p.fma(r, DoubleVector.broadcast(S, C4));
                p = p.fma(r, DoubleVector.broadcast(S, C3));
                p = p.fma(r, DoubleVector.broadcast(S, C2));
                p = p.fma(r, DoubleVector.broadcast(S, 1.0));
                p = p.fma(r, DoubleVector.broadcast(S, 1.0));
                LongVector kBits = (LongVector) shifted.reinterpretAsLongs();
                LongVector bits = (LongVector) p.reinterpretAsLongs();
                bits.add(kBits.lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles().intoArray(out, o + t);
            } else {
                // overflow, underflow and subnormal results exactly as Math.exp (the scaling form relies on them)
                for (int l = 0; l < L; l++) {
                    out[o + t + l] = Math.exp((base + add[t + l] - c[o + t + l]) * scale);
                }
            }
        }
        for (; t < len; t++) {
            out[o + t] = Math.exp((base + add[t] - c[o + t]) * scale);
        }
    }

    @Override
    public void scaleRowInPlace(double s, double[] k, int o, double[] v, double[] c, double[] w, int len,
                                double[] sums) {
        DoubleVector a0 = DoubleVector.zero(S);
        DoubleVector a1 = DoubleVector.zero(S);
        DoubleVector a2 = DoubleVector.zero(S);
        int bound = S.loopBound(len);
        int t = 0;
        for (; t < bound; t += L) {
            DoubleVector p = DoubleVector.fromArray(S, k, o + t).mul(s).mul(DoubleVector.fromArray(S, v, t));
            p.intoArray(k, o + t);
            a0 = a0.add(p);
            a1 = p.fma(DoubleVector.fromArray(S, c, o + t), a1);
            a2 = p.fma(DoubleVector.fromArray(S, w, t), a2);
        }
        double s0 = a0.reduceLanes(VectorOperators.ADD);
        double s1 = a1.reduceLanes(VectorOperators.ADD);
        double s2 = a2.reduceLanes(VectorOperators.ADD);
        for (; t < len; t++) {
            double p = s * k[o + t] * v[t];
            k[o + t] = p;
            s0 += p;
            s1 += p * c[o + t];
            s2 += p * w[t];
        }
        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
    }

    @Override
    public boolean anyReducedCostBelow(double[] c, int co, double s, double[] p, int po, int len, double bound) {
        // a lane-wise minimum over the slice and one mask test: no horizontal reduction (slow on JDK 17)
        DoubleVector mn = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
        int bound0 = S.loopBound(len);
        int t = 0;
        for (; t < bound0; t += L) {
            mn = mn.min(DoubleVector.fromArray(S, c, co + t).add(s).sub(DoubleVector.fromArray(S, p, po + t)));
        }
        if (mn.compare(VectorOperators.LT, bound).anyTrue()) {
            return true;
        }
        for (; t < len; t++) {
            if (c[co + t] + s - p[po + t] < bound) {
                return true;
            }
        }
        return false;
    }

    @Override
    public double logSumExpRow(double[] x, int xo, int d, double[] q, int stride, double[] h, double scale, int len,
                               double guess) {
        if (Double.isFinite(guess)) {
            double v = sumAgainst(x, xo, d, q, stride, h, scale, len, guess);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        return sumAgainst(x, xo, d, q, stride, h, scale, len, maxTerm(x, xo, d, q, stride, h, scale, len));
    }

    /** {@code ‖x − q_t‖²} for the {@code L} points from {@code t}. */
    private static DoubleVector squaredDistances(double[] x, int xo, int d, double[] q, int stride, int t) {
        if (d == 2) {
            DoubleVector d0 = DoubleVector.broadcast(S, x[xo]).sub(DoubleVector.fromArray(S, q, t));
            DoubleVector d1 = DoubleVector.broadcast(S, x[xo + 1]).sub(DoubleVector.fromArray(S, q, stride + t));
            return d0.mul(d0).add(d1.mul(d1));
        }
        DoubleVector c = DoubleVector.zero(S);
        for (int k = 0; k < d; k++) {
            DoubleVector dk = DoubleVector.broadcast(S, x[xo + k]).sub(DoubleVector.fromArray(S, q, k * stride + t));
            c = c.add(dk.mul(dk));
        }
        return c;
    }

    /** The scalar {@code ‖x − q_t‖²} (used for the tail). */
    private static double squaredDistance(double[] x, int xo, int d, double[] q, int stride, int t) {
        double c = 0;
        for (int k = 0; k < d; k++) {
            double diff = x[xo + k] - q[k * stride + t];
            c += diff * diff;
        }
        return c;
    }

    /** The largest term {@code h[t] − scale·c_t} of the row. */
    private static double maxTerm(double[] x, int xo, int d, double[] q, int stride, double[] h, double scale, int len) {
        DoubleVector negScale = DoubleVector.broadcast(S, -scale);
        DoubleVector mx = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        int bound = S.loopBound(len);
        int t = 0;
        for (; t < bound; t += L) {
            mx = mx.max(squaredDistances(x, xo, d, q, stride, t).fma(negScale, DoubleVector.fromArray(S, h, t)));
        }
        double top = mx.reduceLanes(VectorOperators.MAX);
        for (; t < len; t++) {
            top = Math.max(top, Math.fma(squaredDistance(x, xo, d, q, stride, t), -scale, h[t]));
        }
        return top;
    }

    @Override
    public void planRowSums(double[] x, int xo, int d, double[] q, int stride, double[] h, double scale, int len,
                            double shift, double[] u, double[] out) {
        rowPass(x, xo, d, q, stride, h, scale, len, shift, u, out);
    }

    private static double sumAgainst(double[] x, int xo, int d, double[] q, int stride, double[] h, double scale, int len,
                                     double shift) {
        return rowPass(x, xo, d, q, stride, h, scale, len, shift, null, null);
    }

    /**
     * One pass over a row with terms {@code e_t = exp(h[t] − scale·c_t − shift)}: returns
     * {@code shift + log Σ_t e_t}, or NaN if the shift does not keep the sum in range (a term above
     * {@code e^700}, or a sum below {@link ScalarRowOps#LSE_FLOOR}); with {@code out} also the moments of
     * {@link #planRowSums} (a loop-invariant branch). The exponential is written out in the loop: a call per
     * vector would box the vectors unless the JIT inlines it.
     */
    private static double rowPass(double[] x, int xo, int d, double[] q, int stride, double[] h, double scale, int len,
                                  double shift, double[] u, double[] out) {
        final boolean moments = out != null;
        DoubleVector negScale = DoubleVector.broadcast(S, -scale);
        DoubleVector sh = DoubleVector.broadcast(S, shift);
        DoubleVector sum = DoubleVector.zero(S);
        DoubleVector sumC = DoubleVector.zero(S);
        DoubleVector sumU = DoubleVector.zero(S);
        DoubleVector hi = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
        DoubleVector log2e = DoubleVector.broadcast(S, LOG2E);
        DoubleVector rounder = DoubleVector.broadcast(S, ROUNDER);
        DoubleVector ln2hi = DoubleVector.broadcast(S, -LN2_HI);
        DoubleVector ln2lo = DoubleVector.broadcast(S, -LN2_LO);
        int bound = S.loopBound(len);
        int t = 0;
        for (; t < bound; t += L) {
            DoubleVector c = squaredDistances(x, xo, d, q, stride, t);
            DoubleVector y = c.fma(negScale, DoubleVector.fromArray(S, h, t)).sub(sh);
            hi = hi.max(y);
            // e^y (see EXP_RANGE); y ≤ 700 is checked below, and far below the range the term comes out as about
            // e^-708 instead of 0, harmless in a sum whose largest term is about 1
            DoubleVector yc = y.max(-EXP_RANGE);
            DoubleVector shifted = yc.fma(log2e, rounder);
            DoubleVector k = shifted.sub(rounder);
            DoubleVector r = k.fma(ln2hi, yc);
            r = k.fma(ln2lo, r);
            DoubleVector p = DoubleVector.broadcast(S, C13);
            p = p.fma(r, DoubleVector.broadcast(S, C12));
            p = p.fma(r, DoubleVector.broadcast(S, C11));
            p = p.fma(r, DoubleVector.broadcast(S, C10));
            p = p.fma(r, DoubleVector.broadcast(S, C9));
            p = p.fma(r, DoubleVector.broadcast(S, C8));
            p = p.fma(r, DoubleVector.broadcast(S, C7));
            p = p.fma(r, DoubleVector.broadcast(S, C6));
            p = p.fma(r, DoubleVector.broadcast(S, C5));
            p = p.fma(r, DoubleVector.broadcast(S, C4));
            p = p.fma(r, DoubleVector.broadcast(S, C3));
            p = p.fma(r, DoubleVector.broadcast(S, C2));
            p = p.fma(r, DoubleVector.broadcast(S, 1.0));
            p = p.fma(r, DoubleVector.broadcast(S, 1.0));
            // the low bits of `shifted` hold k (two's complement; the offset 2^51 is shifted out)
            LongVector kBits = (LongVector) shifted.reinterpretAsLongs();
            LongVector bits = (LongVector) p.reinterpretAsLongs();
            DoubleVector e = bits.add(kBits.lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
            sum = sum.add(e);
            if (moments) {
                sumC = e.fma(c, sumC);
                sumU = e.fma(DoubleVector.fromArray(S, u, t), sumU);
            }
        }
        double top = hi.reduceLanes(VectorOperators.MAX);
        double total = sum.reduceLanes(VectorOperators.ADD);
        double totalC = sumC.reduceLanes(VectorOperators.ADD);
        double totalU = sumU.reduceLanes(VectorOperators.ADD);
        for (; t < len; t++) {
            double c = squaredDistance(x, xo, d, q, stride, t);
            double y = Math.fma(c, -scale, h[t]) - shift;
            top = Math.max(top, y);
            double e = Math.exp(y);
            total += e;
            if (moments) {
                totalC += e * c;
                totalU += e * u[t];
            }
        }
        if (moments) {
            out[0] = total;
            out[1] = totalC;
            out[2] = totalU;
        }
        if (top > 700 || !(total >= ScalarRowOps.LSE_FLOOR) || total == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        return shift + Math.log(total);
    }

    private static final double LOG2E = 1.4426950408889634;
    /** {@code ln 2} split so that {@code k · LN2_HI} is exact for {@code |k| < 2^11}. */
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;
    /** {@code 1.5 · 2^52}: adding it rounds to an integer, which then sits in the low mantissa bits. */
    private static final double ROUNDER = 0x1.8p52;
    /**
     * The exponential of the two loops above: {@code x = k·ln 2 + r} with {@code k} the nearest integer to
     * {@code x / ln 2} and {@code |r| ≤ ln 2 / 2}, {@code e^r} by its Taylor polynomial of degree 13 (remainder
     * below {@code 2^-56} relative), then {@code 2^k} added into the exponent bits. Valid for
     * {@code |x| ≤} {@value #EXP_RANGE} (normal results); within 2 ulp of {@link Math#exp} (tested). About twice
     * as fast as {@code lanewise(EXP)} on JDK 17 (measured in the online Sinkhorn row), which handles the full
     * range with special cases.
     */
    private static final double EXP_RANGE = 708.0;
    // Taylor coefficients 1/k! of e^r
    private static final double C13 = 1.0 / 6227020800.0;
    private static final double C12 = 1.0 / 479001600;
    private static final double C11 = 1.0 / 39916800;
    private static final double C10 = 1.0 / 3628800;
    private static final double C9 = 1.0 / 362880;
    private static final double C8 = 1.0 / 40320;
    private static final double C7 = 1.0 / 5040;
    private static final double C6 = 1.0 / 720;
    private static final double C5 = 1.0 / 120;
    private static final double C4 = 1.0 / 24;
    private static final double C3 = 1.0 / 6;
    private static final double C2 = 0.5;

    @Override
    public String name() {
        return "vector-" + S.vectorBitSize();
    }
}
