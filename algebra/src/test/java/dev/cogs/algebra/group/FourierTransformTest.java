package dev.cogs.algebra.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class FourierTransformTest {

    /**
     * Values in [-1e3, 1e3]; sums of |G| <= 24 products of unit-modulus entries err by ~1e-12
     * relative.
     */
    private static final double BOUND = 1e3;

    private static final double RELATIVE = 1e-12;
    private static final int COMPONENTS = 2;

    private static final List<String> GROUPS =
            List.of("Z1", "Z6", "Z2xZ4", "S3", "D5", "Q8", "A4", "S4");
    private static final Map<String, FourierTransform> TRANSFORMS = new ConcurrentHashMap<>();

    private static FourierTransform transform(FiniteGroup g) {
        return TRANSFORMS.computeIfAbsent(g.name(), x -> FourierTransform.of(g));
    }

    /** A group and a function G -> C^2 with full-precision values, as an |G| x 2 matrix. */
    private static final class Case {
        final FiniteGroup group;
        final ComplexMatrix f;

        Case(FiniteGroup group, List<Double> values) {
            this.group = group;
            int n = group.order();
            double[][] re = new double[n][COMPONENTS];
            double[][] im = new double[n][COMPONENTS];
            for (int x = 0; x < n; x++) {
                for (int c = 0; c < COMPONENTS; c++) {
                    re[x][c] = values.get(2 * (x * COMPONENTS + c));
                    im[x][c] = values.get(2 * (x * COMPONENTS + c) + 1);
                }
            }
            this.f = ComplexMatrix.of(re, im);
        }

        @Override
        public String toString() {
            return group.name() + " " + f;
        }
    }

    private static Gen<Case> cases() {
        List<FiniteGroup> groups =
                GROUPS.stream().map(FiniteGroups::parse).collect(Collectors.toList());
        return Generate.pick(groups)
                .flatMap(
                        g ->
                                lists().of(doubles().between(-BOUND, BOUND))
                                        .ofSize(2 * COMPONENTS * g.order())
                                        .map(v -> new Case(g, v)))
                .describedAs(Case::toString);
    }

    private static double maxAbs(ComplexMatrix m) {
        return m.maxAbsDifference(ComplexMatrix.zeros(m.rows(), m.cols()));
    }

    @Test
    void inversionRecoversTheFunction() {
        qt().withExamples(150)
                .forAll(cases())
                .check(
                        c -> {
                            FourierTransform ft = transform(c.group);
                            ComplexMatrix back = ft.inverse(ft.forward(c.f));
                            return back.maxAbsDifference(c.f)
                                    <= RELATIVE * (1 + maxAbs(c.f)) * c.group.order();
                        });
    }

    @Test
    void plancherel() {
        qt().withExamples(150)
                .forAll(cases())
                .check(
                        c -> {
                            double norm = c.f.frobeniusNorm();
                            double energy = transform(c.group).forward(c.f).energy();
                            return Math.abs(energy - norm * norm)
                                    <= RELATIVE * norm * norm * c.group.order();
                        });
    }

    /** (f * h)^ = f^ h^ for the convolution (f * h)(x) = sum_y f(y) h(y^{-1} x), componentwise. */
    @Test
    void convolutionBecomesMultiplication() {
        qt().withExamples(100)
                .forAll(cases())
                .check(
                        c -> {
                            FiniteGroup g = c.group;
                            int n = g.order();
                            // f = column 0, h = column 1
                            double[][] cr = new double[n][1];
                            double[][] ci = new double[n][1];
                            for (int x = 0; x < n; x++) {
                                for (int y = 0; y < n; y++) {
                                    int z = g.multiply(g.inverse(y), x);
                                    cr[x][0] +=
                                            c.f.re(y, 0) * c.f.re(z, 1)
                                                    - c.f.im(y, 0) * c.f.im(z, 1);
                                    ci[x][0] +=
                                            c.f.re(y, 0) * c.f.im(z, 1)
                                                    + c.f.im(y, 0) * c.f.re(z, 1);
                                }
                            }
                            FourierTransform ft = transform(g);
                            FourierCoefficients fh = ft.forward(c.f);
                            FourierCoefficients conv = ft.forward(ComplexMatrix.of(cr, ci));
                            // |entries| of both sides are at most ||f||_1 ||h||_1, and they may
                            // cancel to ~0, so the rounding error
                            // is relative to that bound, not to the result
                            double l1f = 0;
                            double l1h = 0;
                            for (int x = 0; x < n; x++) {
                                l1f += Math.hypot(c.f.re(x, 0), c.f.im(x, 0));
                                l1h += Math.hypot(c.f.re(x, 1), c.f.im(x, 1));
                            }
                            for (int r = 0; r < ft.representations().size(); r++) {
                                ComplexMatrix product = fh.get(r, 0).multiply(fh.get(r, 1));
                                if (conv.get(r, 0).maxAbsDifference(product)
                                        > RELATIVE * (1 + l1f * l1h)) {
                                    return false;
                                }
                            }
                            return true;
                        });
    }

    @Test
    void deltaFunctionsTransformToTheRepresentationMatrices() {
        FiniteGroup s4 = FiniteGroups.symmetric(4);
        FourierTransform ft = transform(s4);
        for (int g = 0; g < s4.order(); g++) {
            double[][] delta = new double[s4.order()][1];
            delta[g][0] = 1;
            FourierCoefficients c = ft.forward(delta);
            for (int r = 0; r < ft.representations().size(); r++) {
                assertEquals(ft.representations().get(r).matrix(g), c.get(r, 0));
            }
        }
    }

    /** Z_n: with chi_k(g) = e^{2 pi i k g / n}, f^(k) = sum_g f(g) e^{2 pi i k g / n}. */
    @Test
    void cyclicTransformIsTheClosedForm() {
        int n = 12;
        FiniteGroup z = FiniteGroups.cyclic(n);
        double[][] f = new double[n][1];
        for (int g = 0; g < n; g++) {
            f[g][0] = Math.sin(g) + g * g; // any fixed real function
        }
        FourierCoefficients c = FourierTransform.of(z).forward(f);
        for (int k = 0; k < n; k++) {
            double re = 0;
            double im = 0;
            for (int g = 0; g < n; g++) {
                re += f[g][0] * Math.cos(2 * Math.PI * k * g / n);
                im += f[g][0] * Math.sin(2 * Math.PI * k * g / n);
            }
            assertEquals(re, c.get(k, 0).re(0, 0), 1e-11);
            assertEquals(im, c.get(k, 0).im(0, 0), 1e-11);
        }
        assertEquals(1, c.components());
    }

    @Test
    void coefficientsFromBlocksAndErrors() {
        FiniteGroup s3 = FiniteGroups.symmetric(3);
        FourierTransform ft = transform(s3);
        IrreducibleRepresentations reps = ft.representations();
        // the coefficients of the constant function 1: |G| at the trivial representation, 0
        // elsewhere
        List<List<ComplexMatrix>> blocks = new ArrayList<>();
        for (IrreducibleRepresentation r : reps.representations()) {
            int d = r.dimension();
            blocks.add(
                    List.of(
                            r.index() == 0
                                    ? ComplexMatrix.identity(1).scale(6)
                                    : ComplexMatrix.zeros(d, d)));
        }
        ComplexMatrix one = ft.inverse(FourierCoefficients.of(reps, blocks));
        for (int g = 0; g < 6; g++) {
            assertEquals(1.0, one.re(g, 0), 1e-15);
            assertEquals(0.0, one.im(g, 0), 1e-15);
        }
        assertEquals(6.0, FourierCoefficients.of(reps, blocks).energy(), 1e-14);
        assertThrows(IllegalArgumentException.class, () -> ft.forward(new double[5][1]));
        assertThrows(
                IllegalArgumentException.class,
                () -> FourierCoefficients.of(reps, blocks.subList(0, 2)));
        List<List<ComplexMatrix>> wrongShape = new ArrayList<>(blocks);
        wrongShape.set(2, List.of(ComplexMatrix.zeros(1, 1)));
        assertThrows(
                IllegalArgumentException.class, () -> FourierCoefficients.of(reps, wrongShape));
        FourierCoefficients other = transform(FiniteGroups.cyclic(6)).forward(new double[6][1]);
        assertThrows(IllegalArgumentException.class, () -> ft.inverse(other));
        double[][] nan = new double[6][1];
        nan[3][0] = Double.NaN;
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ft.forward(nan));
        assertTrue(e.getMessage().contains("re[3][0] (NaN) must be finite"), e.getMessage());
    }
}
