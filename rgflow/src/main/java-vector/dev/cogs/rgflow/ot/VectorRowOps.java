package dev.cogs.rgflow.ot;

import jdk.incubator.vector.DoubleVector;
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
        int bound = S.loopBound(len);
        int t = 0;
        for (; t < bound; t += L) {
            DoubleVector x = DoubleVector.fromArray(S, add, t).add(base).sub(DoubleVector.fromArray(S, c, o + t)).mul(scale);
            x.lanewise(VectorOperators.EXP).intoArray(out, o + t);
        }
        for (; t < len; t++) {
            out[o + t] = Math.exp((base + add[t] - c[o + t]) * scale);
        }
    }

    @Override
    public String name() {
        return "vector-" + S.vectorBitSize();
    }
}
