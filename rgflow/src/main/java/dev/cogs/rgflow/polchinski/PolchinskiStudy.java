package dev.cogs.rgflow.polchinski;

import dev.cogs.rgflow.flow.CloudDistance;
import dev.cogs.rgflow.flow.SampleCloud;
import dev.cogs.rgflow.lattice.GaussianTheory;
import dev.cogs.rgflow.lattice.HmcSampler;
import dev.cogs.rgflow.lattice.Lattice;
import dev.cogs.rgflow.lattice.LatticeAction;
import dev.cogs.rgflow.lattice.LocalPotential;
import dev.cogs.rgflow.lattice.MonotoneEstimator;
import dev.cogs.rgflow.lattice.PolchinskiFlow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The lattice Polchinski flow study behind {@code cogs rgflow} (Cotler–Rezchikov, arXiv:2202.11737;
 * docs/rgflow.md §5): samples of \(P_0\) (HMC for φ⁴, exact for the mass deformation), the RG
 * monotone \(F(t) = \mathrm{KL}(P_t\,\|\,N(0, C_t))\) by the Monte-Carlo {@link MonotoneEstimator}
 * along a time grid with the naive \(\mathrm{KL}(P_t\,\|\,Q_t)\), the exact two-point function
 * (P8), and a JKO run ({@link PolchinskiJko}) compared with exact (P6) samples by exact-OT
 * \(W_2^2\). The regulator is the heat kernel \(C(t) = A^{-1}e^{-tA}\), \(A = -\Delta_L + m^2\).
 *
 * <p>Deterministic: all randomness comes from one {@code L64X128MixRandom} generator seeded with
 * {@link PolchinskiStudyOptions#seed()}, consumed in a fixed order (sampler, estimator, then the
 * exact clouds of every grid time).
 *
 * <p>Non-finite values: the options are validated (NaN fails); the sampler rejects non-finite
 * trajectories and a JKO step that does not converge ends the JKO run ({@link
 * PolchinskiStudyResult#jkoConverged()}).
 */
public final class PolchinskiStudy {

    private PolchinskiStudy() {}

    /**
     * Runs the study.
     *
     * @param options the options
     * @return the rows and diagnostics
     * @throws IllegalArgumentException if the theory cannot be built (e.g. a mass deformation that
     *     makes a mode's variance non-positive)
     */
    public static PolchinskiStudyResult run(PolchinskiStudyOptions options) {
        Objects.requireNonNull(options, "options");
        PolchinskiStudyOptions c = options;
        long start = System.nanoTime();
        Lattice lattice = Lattice.of(c.dimension(), c.side());
        LocalPotential u =
                c.theory() == BareTheory.PHI4
                        ? LocalPotential.phi4(c.coupling())
                        : LocalPotential.quadratic(c.coupling());
        LatticeAction action = LatticeAction.of(lattice, c.massSquared(), u);
        PolchinskiFlow flow = PolchinskiFlow.heatKernel(action);
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(c.seed());
        SampleCloud x0;
        double acceptance = 1;
        double sdZ = 0;
        GaussianTheory gaussian = null;
        if (c.theory() == BareTheory.PHI4) {
            HmcSampler.Result h = HmcSampler.sample(action, c.hmc(), rng);
            x0 = h.samples();
            acceptance = h.acceptanceRate();
            sdZ = h.schwingerDysonMaxZ();
        } else {
            gaussian = GaussianTheory.massDeformation(flow.path(), c.coupling());
            x0 = gaussian.sample(0, c.samples(), rng);
        }
        MonotoneEstimator est = MonotoneEstimator.of(flow, x0, c.innerDraws(), c.freeDraws(), rng);
        double dt = c.tMax() / c.intervals();
        int stepsPerInterval = Math.max(1, (int) Math.round(dt / c.tau()));
        double tau = dt / stepsPerInterval;
        PolchinskiJko.Trajectory jko =
                PolchinskiJko.run(
                        flow.path(),
                        x0,
                        new PolchinskiJko.Options(
                                tau, stepsPerInterval * c.intervals(), c.variant(), c.maps()));
        double[][] g0 = x0.secondMoment();
        int nW = Math.min(c.samples(), c.distanceSamples());
        SampleCloud x0w = SampleCloud.of(Arrays.copyOf(x0.points(), nW));
        List<PolchinskiStudyResult.Row> rows = new ArrayList<>();
        for (int i = 0; i <= c.intervals(); i++) {
            double t = i * dt;
            MonotoneEstimator.Estimate e = est.at(t);
            double reference =
                    gaussian != null
                            ? gaussian.monotone(t)
                            : flow.perturbativeMonotone(c.coupling(), t);
            double[][] gt = flow.twoPoint(g0, t);
            double[] exact = translationAverage(lattice, gt);
            int k = i * stepsPerInterval;
            SampleCloud xj = jko.steps().get(Math.min(k, jko.steps().size() - 1)).samples();
            double[] gj = lattice.twoPoint(xj);
            SampleCloud exactA = flow.transport(x0w, t, rng);
            SampleCloud exactB = flow.transport(x0w, t, rng);
            SampleCloud jkoW = SampleCloud.of(Arrays.copyOf(xj.points(), nW));
            double w2 = CloudDistance.w2Squared(jkoW, exactA).w2Squared();
            double floor = CloudDistance.w2Squared(exactB, exactA).w2Squared();
            rows.add(
                    new PolchinskiStudyResult.Row(
                            t,
                            e.monotone(),
                            e.monotoneError(),
                            e.monotoneRate(),
                            e.monotoneRateError(),
                            e.naiveRelativeEntropy(),
                            reference,
                            exact,
                            new double[] {gj[0], gj.length > 1 ? gj[1] : gj[0]},
                            w2,
                            floor));
        }
        return new PolchinskiStudyResult(
                c,
                gaussian != null ? "exact F" : "F2 (perturbative)",
                acceptance,
                sdZ,
                tau,
                jko.converged(),
                rows,
                (System.nanoTime() - start) / 1e9);
    }

    /** G(0) = mean_x G[x][x], G(1) = mean_x G[x][x+e_0]. */
    private static double[] translationAverage(Lattice lattice, double[][] g) {
        int n = lattice.size();
        double g0 = 0;
        double g1 = 0;
        for (int x = 0; x < n; x++) {
            g0 += g[x][x] / n;
            g1 += (lattice.dimension() == 0 ? g[x][x] : g[x][lattice.neighbour(x, 0, 1)]) / n;
        }
        return new double[] {g0, g1};
    }
}
