package dev.cogs.cli.ot;

import dev.cogs.rgflow.ot.CostMatrix;
import dev.cogs.rgflow.ot.EmpiricalMeasure;
import dev.cogs.rgflow.ot.ExactOt;
import dev.cogs.rgflow.ot.ExactOtResult;
import dev.cogs.rgflow.ot.GroundCost;
import dev.cogs.rgflow.ot.Sinkhorn;
import dev.cogs.rgflow.ot.SinkhornOptions;
import dev.cogs.rgflow.ot.SinkhornResult;
import dev.cogs.rgflow.ot.SlicedWasserstein;
import dev.cogs.rgflow.ot.Wasserstein1D;
import dev.cogs.rgflow.ot.WassersteinDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Runs the requested distances between two clouds. */
public final class OtRunner {

    /**
     * Settings of a run.
     *
     * @param p order / exponent of the Euclidean ground cost {@code ‖x−y‖^p}
     * @param sinkhorn Sinkhorn options (ε given by the user)
     * @param projections number of sliced directions
     * @param seed seed of the sliced directions
     */
    public record Settings(double p, SinkhornOptions sinkhorn, int projections, long seed) {}

    private OtRunner() {}

    /**
     * Runs the methods.
     *
     * @param x source
     * @param y target
     * @param methods methods in order
     * @param s settings
     * @return one outcome per method
     * @throws IllegalArgumentException on a dimension or mass mismatch, or 1-D asked for
     *     multi-dimensional clouds
     */
    public static List<OtOutcome> run(
            EmpiricalMeasure x, EmpiricalMeasure y, List<OtMethod> methods, Settings s) {
        if (x.dimension() != y.dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "dimension mismatch: source points have %d coordinates, target points %d",
                            x.dimension(),
                            y.dimension()));
        }
        double p = s.p();
        GroundCost ground = p == 2 ? GroundCost.squaredEuclidean() : GroundCost.pNorm(2, p);
        CostMatrix cost = null;
        List<OtOutcome> out = new ArrayList<>();
        for (OtMethod m : methods) {
            long t0 = System.nanoTime();
            OtOutcome o;
            switch (m) {
                case EXACT:
                    {
                        if (cost == null) {
                            cost = CostMatrix.between(x, y, ground);
                        }
                        ExactOtResult r =
                                ExactOt.networkSimplex().solve(x.weights(), y.weights(), cost);
                        o =
                                new OtOutcome(
                                        m,
                                        r.cost(),
                                        root(r.cost(), p),
                                        Double.NaN,
                                        r.iterations(),
                                        r.marginalError(),
                                        r.converged(),
                                        r.status().name(),
                                        ms(t0));
                        break;
                    }
                case SINKHORN:
                    {
                        if (cost == null) {
                            cost = CostMatrix.between(x, y, ground);
                        }
                        SinkhornResult r =
                                Sinkhorn.of(s.sinkhorn()).solve(x.weights(), y.weights(), cost);
                        o =
                                new OtOutcome(
                                        m,
                                        r.cost(),
                                        Double.NaN,
                                        r.objective(),
                                        r.iterations(),
                                        r.marginalError(),
                                        r.converged(),
                                        r.status().name(),
                                        ms(t0));
                        break;
                    }
                case ONE_D:
                    {
                        WassersteinDistance w = Wasserstein1D.distance(x, y, p);
                        o =
                                new OtOutcome(
                                        m,
                                        w.powered(),
                                        w.distance(),
                                        Double.NaN,
                                        0,
                                        0,
                                        true,
                                        "EXACT",
                                        ms(t0));
                        break;
                    }
                case SLICED:
                    {
                        WassersteinDistance w =
                                SlicedWasserstein.distance(
                                        x, y, s.projections(), new SplittableRandom(s.seed()), p);
                        o =
                                new OtOutcome(
                                        m,
                                        w.powered(),
                                        w.distance(),
                                        Double.NaN,
                                        0,
                                        0,
                                        true,
                                        "EXACT",
                                        ms(t0));
                        break;
                    }
                default:
                    throw new IllegalStateException("unknown method " + m);
            }
            out.add(o);
        }
        return out;
    }

    private static double root(double v, double p) {
        return p == 1 ? v : Math.pow(Math.max(v, 0), 1 / p);
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
