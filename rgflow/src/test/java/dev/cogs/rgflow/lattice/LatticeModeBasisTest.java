package dev.cogs.rgflow.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cogs.rgflow.flow.ModeBasis;
import dev.cogs.rgflow.flow.SampleCloud;
import dev.cogs.rgflow.testing.Tol;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The lattice as the {@link ModeBasis} of the JKO steps, and its translation-averaged two-point
 * function.
 */
class LatticeModeBasisTest {

    @Test
    void fourierBasisIsOrthonormal() {
        // the ModeBasis laws: fromModes ∘ toModes = id, and the Euclidean norm is preserved
        for (Lattice lat :
                new Lattice[] {
                    Lattice.singleSite(), Lattice.of(1, 5), Lattice.of(1, 6), Lattice.of(2, 4)
                }) {
            ModeBasis b = lat;
            SplittableRandom r = new SplittableRandom(lat.size());
            double[] x = new double[b.size()];
            double norm = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = r.nextDouble(-2, 2);
                norm += x[i] * x[i];
            }
            double[] m = b.toModes(x);
            double modeNorm = 0;
            for (double v : m) {
                modeNorm += v * v;
            }
            Tol.assertClose(norm, modeNorm, 1e-14, 0, lat + " norm");
            double[] back = b.fromModes(m);
            for (int i = 0; i < x.length; i++) {
                Tol.assertClose(x[i], back[i], 0, 1e-14, lat + " round trip at " + i);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Lattice.of(1, 4).toModes(new double[3]));
    }

    @Test
    void twoPointIsTheTranslationAverageAlongDirectionZero() {
        // G(r) = (1/nN) Σ_i Σ_x φ_{i,x} φ_{i,x+r}, written out for L = 3 (periodic)
        double[][] pts = {{1, 2, 3}, {0.5, -1, 0}};
        double[] g = Lattice.of(1, 3).twoPoint(SampleCloud.of(pts));
        double g0 = (1 + 4 + 9 + 0.25 + 1 + 0) / 6;
        double g1 = (1 * 2 + 2 * 3 + 3 * 1 + 0.5 * -1 + -1 * 0 + 0 * 0.5) / 6;
        assertEquals(3, g.length);
        Tol.assertClose(g0, g[0], 1e-15, 0, "G(0)");
        Tol.assertClose(g1, g[1], 1e-15, 0, "G(1)");
        Tol.assertClose(g1, g[2], 1e-15, 0, "G(2) = G(1) on L = 3");
        assertThrows(
                IllegalArgumentException.class,
                () -> Lattice.of(1, 4).twoPoint(SampleCloud.of(pts)));
    }
}
