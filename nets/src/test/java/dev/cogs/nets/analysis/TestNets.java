package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds real weights of nets made from the docs/cogs-math.md §5 blocks, independently of the
 * algebra module's constructions: node j at frequency k with Fourier values (a, b, c) has u_a[x] =
 * 2 Re(a ω^{kx}), u_b[x] = 2 Re(b ω^{kx}), w[c'] = 2 Re(c ω^{−kc'}) (docs/cogs-math.md §2), plus
 * optional output components at other frequencies.
 */
final class TestNets {

    static final Complex W3 = Complex.of(-0.5, Math.sqrt(3) / 2);
    static final Complex I = Complex.I;

    /** One node: frequency, Fourier values and extra output components (frequency → value). */
    record Node(int k, Complex a, Complex b, Complex c, List<int[]> extraK, List<Complex> extraC) {
        Node(int k, Complex a, Complex b, Complex c) {
            this(k, a, b, c, new ArrayList<>(), new ArrayList<>());
        }
    }

    /** A block given as 3 rows of raw (unit-product) columns. */
    record Block(int k, Complex[] a, Complex[] b, Complex[] c) {
        int size() {
            return a.length;
        }
    }

    private TestNets() {}

    static Block product(int k, Complex[][] f1, Complex[][] f2) {
        int n = f1[0].length * f2[0].length;
        Complex[][] out = new Complex[3][n];
        for (int p = 0; p < 3; p++) {
            int i = 0;
            for (Complex x : f1[p]) {
                for (Complex y : f2[p]) {
                    out[p][i++] = x.multiply(y);
                }
            }
        }
        return new Block(k, out[0], out[1], out[2]);
    }

    static Complex[][] nuI() {
        return new Complex[][] {
            {Complex.ONE, I}, {Complex.ONE, I.negate()}, {Complex.ONE, Complex.ONE}
        };
    }

    static Complex[][] nu(Complex nu) {
        return new Complex[][] {
            {Complex.ONE, nu}, {Complex.ONE, nu.negate()}, {Complex.ONE, nu.pow(-2.0).negate()}
        };
    }

    /** z_ξ with c₂ = sign·i, b₂ = −sign·i·ξ⁻¹. */
    static Complex[][] xi(Complex xi, int sign) {
        Complex c2 = I.multiply(sign);
        return new Complex[][] {
            {Complex.ONE, xi}, {Complex.ONE, c2.negate().divide(xi)}, {Complex.ONE, c2}
        };
    }

    static Complex[][] syn() {
        Complex w2 = W3.multiply(W3);
        return new Complex[][] {
            {Complex.ONE, W3, w2}, {Complex.ONE, W3, w2}, {Complex.ONE, W3, w2}
        };
    }

    static Complex[][] synAb(Complex alpha, Complex beta) {
        Complex w2 = W3.multiply(W3);
        return new Complex[][] {
            {Complex.ONE, alpha.multiply(W3), beta.multiply(w2)},
            {Complex.ONE, alpha.conjugate().multiply(W3), beta.conjugate().multiply(w2)},
            {Complex.ONE, W3, w2}
        };
    }

    /**
     * Turns blocks into nodes, normalised so that every node has a·b·c·(2d·q_k) = 1 and balanced
     * |a| = |b| = |c| for unit columns (docs/cogs-math.md §5 "Normalisation").
     */
    static List<Node> normalised(int d, List<Block> blocks) {
        List<Node> nodes = new ArrayList<>();
        for (Block bl : blocks) {
            double s = Math.cbrt(1.0 / (2.0 * d * bl.size()));
            for (int j = 0; j < bl.size(); j++) {
                nodes.add(
                        new Node(
                                bl.k(),
                                bl.a()[j].multiply(s),
                                bl.b()[j].multiply(s),
                                bl.c()[j].multiply(s)));
            }
        }
        return nodes;
    }

    /** Real weights of the nodes (docs/cogs-math.md §2 inverse DFT for single-frequency nodes). */
    static RealWeights realWeights(int d, List<Node> nodes) {
        int q = nodes.size();
        double[] ua = new double[q * d];
        double[] ub = new double[q * d];
        double[] w = new double[d * q];
        for (int j = 0; j < q; j++) {
            Node n = nodes.get(j);
            for (int x = 0; x < d; x++) {
                double t = 2 * Math.PI * n.k() * x / d;
                Complex e = Complex.polar(1, t);
                ua[j * d + x] = 2 * n.a().multiply(e).re();
                ub[j * d + x] = 2 * n.b().multiply(e).re();
                w[x * q + j] = 2 * n.c().multiply(e.conjugate()).re();
                for (int e2 = 0; e2 < n.extraK().size(); e2++) {
                    double t2 = 2 * Math.PI * n.extraK().get(e2)[0] * x / d;
                    w[x * q + j] +=
                            2
                                    * n.extraC()
                                            .get(e2)
                                            .multiply(Complex.of(Math.cos(t2), -Math.sin(t2)))
                                            .re();
                }
            }
        }
        return RealWeights.ofFlat(d, q, ua, ub, w);
    }

    /**
     * Applies the node symmetries (sign flip (−1,−1,1) with probability ½ and (s, s, 1/s²)) with a
     * common scale per frequency and a small per-node jitter, adds inactive nodes, shuffles, and
     * adds real noise.
     */
    static RealWeights disguise(
            int d,
            List<Node> nodes,
            int inactive,
            double groupScaleRange,
            double jitter,
            double noise,
            SplittableRandom rnd) {
        double[] groupScale = new double[d];
        for (int k = 0; k < d; k++) {
            groupScale[k] = Math.exp(rnd.nextDouble(-groupScaleRange, groupScaleRange));
        }
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            double s = groupScale[n.k()] * (1 + rnd.nextDouble(-jitter, jitter));
            double sign = rnd.nextBoolean() ? -1 : 1;
            List<Complex> extra = new ArrayList<>();
            for (Complex e : n.extraC()) {
                extra.add(e.divide(s * s));
            }
            out.add(
                    new Node(
                            n.k(),
                            n.a().multiply(sign * s),
                            n.b().multiply(sign * s),
                            n.c().divide(s * s),
                            n.extraK(),
                            extra));
        }
        for (int i = 0; i < inactive; i++) {
            int k = 1 + rnd.nextInt((d - 1) / 2);
            out.add(new Node(k, rc(rnd, 0.01), rc(rnd, 0.01), rc(rnd, 0.01)));
        }
        for (int i = out.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Node t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        RealWeights w = realWeights(d, out);
        double[] a = w.uaFlat();
        double[] b = w.ubFlat();
        double[] c = w.wFlat();
        for (double[] v : new double[][] {a, b, c}) {
            for (int i = 0; i < v.length; i++) {
                v[i] += noise * rnd.nextGaussian();
            }
        }
        return RealWeights.ofFlat(d, w.order(), a, b, c);
    }

    static dev.cogs.algebra.weights.FourierNet times(
            int d, dev.cogs.algebra.weights.FourierNet x, dev.cogs.algebra.weights.FourierNet y) {
        return dev.cogs.algebra.weights.WeightSemiring.over(d).multiply(x, y);
    }

    static Complex rc(SplittableRandom rnd, double scale) {
        return Complex.of(rnd.nextDouble(-scale, scale), rnd.nextDouble(-scale, scale));
    }

    static Complex unit(double angle) {
        return Complex.polar(1, angle);
    }
}
