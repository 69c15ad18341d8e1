package dev.cogs.algebra.weights;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Shared QuickTheories generators for the weight-semiring tests (full-precision doubles from ranges). */
final class WeightGenerators {

    private WeightGenerators() {
    }

    /** Small group sizes for law tests. */
    static Gen<Integer> smallD() {
        return Generate.pick(List.of(3, 5, 7));
    }

    /** Odd group sizes in [3, 31]. */
    static Gen<Integer> oddD() {
        return integers().between(1, 15).map(h -> 2 * h + 1);
    }

    /** Complex numbers with both parts in [-r, r]. */
    static Gen<Complex> complex(double r) {
        return doubles().between(-r, r).zip(doubles().between(-r, r), Complex::of);
    }

    /** Unit complex numbers e^{it}, t ∈ [-π, π]. */
    static Gen<Complex> unit() {
        return doubles().between(-Math.PI, Math.PI).map(t -> Complex.polar(1, t));
    }

    /** Non-zero complex numbers: modulus in [0.25, 4], full-precision argument. */
    static Gen<Complex> nonZero() {
        return doubles().between(0.25, 4).zip(doubles().between(-Math.PI, Math.PI), Complex::polar);
    }

    /** A random (not conjugate-symmetric) net over Z_d with order in [0, maxQ], coefficients in [-1, 1]. */
    static Gen<FourierNet> net(int d, int maxQ) {
        return integers().between(0, maxQ).flatMap(q -> netOfOrder(d, q));
    }

    /** A random net over Z_d with exactly q nodes, coefficients in [-1, 1]. */
    static Gen<FourierNet> netOfOrder(int d, int q) {
        Gen<Double> value = doubles().between(-1, 1);
        return in -> {
            double[] re = new double[3 * d * q];
            double[] im = new double[3 * d * q];
            for (int i = 0; i < re.length; i++) {
                re[i] = value.generate(in);
                im[i] = value.generate(in);
            }
            return FourierNet.of(d, q, re, im);
        };
    }

    /** Random real weights over Z_d with q nodes, entries in [-1, 1]. */
    static Gen<RealWeights> realWeights(int d, int q) {
        Gen<Double> value = doubles().between(-1, 1);
        return in -> {
            double[] ua = new double[q * d];
            double[] ub = new double[q * d];
            double[] w = new double[d * q];
            for (int i = 0; i < ua.length; i++) {
                ua[i] = value.generate(in);
                ub[i] = value.generate(in);
                w[i] = value.generate(in);
            }
            return RealWeights.ofFlat(d, q, ua, ub, w);
        };
    }

    /** n random nets sharing one d drawn from {@link #smallD()}, orders in [0, maxQ]. */
    static Gen<List<FourierNet>> sameD(int n, int maxQ) {
        return smallD().flatMap(d -> in -> {
            List<FourierNet> list = new ArrayList<>();
            Gen<FourierNet> g = net(d, maxQ);
            for (int i = 0; i < n; i++) {
                list.add(g.generate(in));
            }
            return list;
        });
    }
}
