package dev.cogs.cli.rgflow;

import dev.cogs.rgflow.flow.CloudDistance;
import dev.cogs.rgflow.flow.JkoVariant;
import dev.cogs.rgflow.flow.PolchinskiJko;
import dev.cogs.rgflow.lattice.FieldEnsemble;
import dev.cogs.rgflow.lattice.GaussianTheory;
import dev.cogs.rgflow.lattice.HmcOptions;
import dev.cogs.rgflow.lattice.HmcSampler;
import dev.cogs.rgflow.lattice.Lattice;
import dev.cogs.rgflow.lattice.LatticeAction;
import dev.cogs.rgflow.lattice.LocalPotential;
import dev.cogs.rgflow.lattice.MonotoneEstimator;
import dev.cogs.rgflow.lattice.PolchinskiFlow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * One run of the lattice Polchinski flow: samples of \(P_0\) (HMC for φ⁴, exact for the mass deformation), the
 * RG monotone F(t) by the Monte-Carlo estimator along a time grid, the naive KL(P_t‖Q_t), the exact
 * two-point function (P8), and a JKO run (Fourier-diagonal maps, dilation-then-JKO) compared with exact
 * (P6) samples by exact-OT W₂.
 */
public final class RgflowRun {

    private RgflowRun() {
    }

    /** The bare theory. */
    public enum Theory {
        /** \(U = (\lambda/4!)\varphi^4\). */
        PHI4,
        /** \(U = \tfrac{\delta m^2}{2}\varphi^2\) (closed form available). */
        MASS
    }

    /**
     * Run configuration.
     *
     * @param theory the bare interaction
     * @param dimension D ∈ {0, 1, 2}
     * @param side L ≥ 2
     * @param massSquared m² &gt; 0
     * @param coupling λ (PHI4) or δm² (MASS)
     * @param tMax last time &gt; 0
     * @param intervals number of grid intervals ≥ 1
     * @param tau JKO step &gt; 0 (rounded so that it divides the grid spacing)
     * @param samples number of samples of P_0 ≥ 10
     * @param innerDraws inner draws of the estimator (even, ≥ 4)
     * @param seed the seed
     * @param maps JKO map family
     */
    public record Config(Theory theory, int dimension, int side, double massSquared, double coupling, double tMax,
            int intervals, double tau, int samples, int innerDraws, long seed, PolchinskiJko.MapFamily maps) {
        /** Validates (NaN fails). */
        public Config {
            if (!(tMax > 0) || Double.isInfinite(tMax)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "t-max (%s) must be finite and > 0", tMax));
            }
            if (intervals < 1) {
                throw new IllegalArgumentException("t-points (" + intervals + ") must be >= 1");
            }
            if (!(tau > 0) || Double.isInfinite(tau)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "tau (%s) must be finite and > 0", tau));
            }
            if (samples < 10) {
                throw new IllegalArgumentException("samples (" + samples + ") must be >= 10");
            }
            java.util.Objects.requireNonNull(maps, "maps");
            if (!Double.isFinite(coupling)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "coupling (%s) must be finite", coupling));
            }
        }
    }

    /**
     * One grid time.
     *
     * @param time t
     * @param monotone \(\hat F(t)\)
     * @param monotoneError standard error
     * @param monotoneRate \(\widehat{dF/dt}\)
     * @param monotoneRateError standard error
     * @param naiveRelativeEntropy \(\widehat{\mathrm{KL}}(P_t\,\|\,Q_t)\)
     * @param reference exact F (MASS) or the perturbative \(F^{(2)}\) (PHI4)
     * @param twoPointExact G_t(0), G_t(1) by (P8) from the sampled \(G_0\)
     * @param twoPointJko G(0), G(1) of the JKO cloud
     * @param w2JkoVsExact \(W_2^2\) (exact OT) between the JKO cloud and (P6) exact samples
     * @param w2NoiseFloor \(W_2^2\) between two independent (P6) clouds of the same size
     */
    public record Row(double time, double monotone, double monotoneError, double monotoneRate,
            double monotoneRateError, double naiveRelativeEntropy, double reference, double[] twoPointExact,
            double[] twoPointJko, double w2JkoVsExact, double w2NoiseFloor) {
    }

    /**
     * The report.
     *
     * @param config the configuration
     * @param referenceName "exact F" or "F2 (perturbative)"
     * @param acceptanceRate HMC acceptance (1 for exact Gaussian samples)
     * @param schwingerDysonMaxZ largest |E[φ_x∂_xS] − 1|/error over sites (0 for exact samples)
     * @param jkoTau the JKO step actually used
     * @param jkoConverged false if a JKO step failed (later rows then repeat the last JKO state)
     * @param rows one per grid time
     * @param seconds wall time
     */
    public record Report(Config config, String referenceName, double acceptanceRate, double schwingerDysonMaxZ,
            double jkoTau, boolean jkoConverged, List<Row> rows, double seconds) {
    }

    /**
     * Runs.
     *
     * @param c the configuration
     * @return the report
     */
    public static Report run(Config c) {
        long start = System.nanoTime();
        Lattice lattice = Lattice.of(c.dimension(), c.side());
        LocalPotential u = c.theory() == Theory.PHI4 ? LocalPotential.phi4(c.coupling())
                : LocalPotential.quadratic(c.coupling());
        LatticeAction action = LatticeAction.of(lattice, c.massSquared(), u);
        PolchinskiFlow flow = PolchinskiFlow.heatKernel(action);
        RandomGenerator rng = RandomGeneratorFactory.of("L64X128MixRandom").create(c.seed());
        FieldEnsemble x0;
        double acceptance = 1;
        double sdZ = 0;
        GaussianTheory gaussian = null;
        if (c.theory() == Theory.PHI4) {
            HmcSampler.Result h = HmcSampler.sample(action, new HmcOptions(c.samples(), 200, 3, 0.25, 8), rng);
            x0 = h.samples();
            acceptance = h.acceptanceRate();
            sdZ = h.schwingerDysonMaxZ();
        } else {
            gaussian = GaussianTheory.massDeformation(flow.path(), c.coupling());
            x0 = gaussian.sample(0, c.samples(), rng);
        }
        MonotoneEstimator est = MonotoneEstimator.of(flow, x0, c.innerDraws(), 100_000, rng);
        double dt = c.tMax() / c.intervals();
        int stepsPerInterval = Math.max(1, (int) Math.round(dt / c.tau()));
        double tau = dt / stepsPerInterval;
        PolchinskiJko.Trajectory jko = PolchinskiJko.run(flow.path(), x0, new PolchinskiJko.Options(tau,
                stepsPerInterval * c.intervals(), JkoVariant.DILATION_THEN_JKO, c.maps()));
        double[][] g0 = x0.secondMoment();
        int nW = Math.min(c.samples(), 300);
        FieldEnsemble x0w = FieldEnsemble.of(Arrays.copyOf(x0.points(), nW));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i <= c.intervals(); i++) {
            double t = i * dt;
            MonotoneEstimator.Estimate e = est.at(t);
            double reference = gaussian != null ? gaussian.monotone(t) : flow.perturbativeMonotone(c.coupling(), t);
            double[][] gt = flow.twoPoint(g0, t);
            double[] exact = translationAverage(lattice, gt);
            int k = i * stepsPerInterval;
            FieldEnsemble xj = jko.steps().get(Math.min(k, jko.steps().size() - 1)).samples();
            double[] gj = xj.twoPoint(lattice);
            FieldEnsemble exactA = flow.transport(x0w, t, rng);
            FieldEnsemble exactB = flow.transport(x0w, t, rng);
            FieldEnsemble jkoW = FieldEnsemble.of(Arrays.copyOf(xj.points(), nW));
            double w2 = CloudDistance.w2Squared(jkoW, exactA).w2Squared();
            double floor = CloudDistance.w2Squared(exactB, exactA).w2Squared();
            rows.add(new Row(t, e.monotone(), e.monotoneError(), e.monotoneRate(), e.monotoneRateError(),
                    e.naiveRelativeEntropy(), reference, exact, new double[] {gj[0], gj.length > 1 ? gj[1] : gj[0]},
                    w2, floor));
        }
        return new Report(c, gaussian != null ? "exact F" : "F2 (perturbative)", acceptance, sdZ, tau, jko.converged(), rows,
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

    /**
     * Plain-text table.
     *
     * @param r the report
     * @return the text
     */
    public static String format(Report r) {
        Config c = r.config();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "lattice Polchinski flow: %s, D=%d, L=%d, m^2=%s, %s=%s, heat-kernel "
                + "regulator C(t)=A^-1 exp(-tA)%n", c.theory(), c.dimension(), c.side(), c.massSquared(),
                c.theory() == Theory.PHI4 ? "lambda (U=lambda phi^4/4!)" : "delta m^2", c.coupling()));
        sb.append(String.format(Locale.ROOT, "P_0 samples: %d (%s), acceptance %.3f, Schwinger-Dyson max |z| %.2f; "
                + "estimator inner draws %d; JKO: %s maps, dilation-then-JKO, tau=%.4g%s; seed %d%n",
                c.samples(), c.theory() == Theory.PHI4 ? "HMC" : "exact", r.acceptanceRate(), r.schwingerDysonMaxZ(),
                c.innerDraws(), c.maps(), r.jkoTau(), r.jkoConverged() ? "" : " (JKO stopped: not converged)",
                c.seed()));
        sb.append(String.format(Locale.ROOT, "%6s %10s %8s %11s %9s %10s %12s %9s %9s %9s %9s %9s %9s%n", "t", "F(t)", "+-",
                "dF/dt", "+-", "KL(P|Q)", r.referenceName().startsWith("exact") ? "F exact" : "F2 pert.",
                "G(0)", "G(1)", "G(0)JKO", "G(1)JKO", "W2^2 JKO", "W2^2 flr"));
        for (Row row : r.rows()) {
            sb.append(String.format(Locale.ROOT,
                    "%6.3f %10.6f %8.6f %11.6f %9.6f %10.6f %12.6f %9.6f %9.6f %9.6f %9.6f %9.5f %9.5f%n",
                    row.time(), row.monotone(), row.monotoneError(), row.monotoneRate(), row.monotoneRateError(),
                    row.naiveRelativeEntropy(), row.reference(), row.twoPointExact()[0], row.twoPointExact()[1],
                    row.twoPointJko()[0], row.twoPointJko()[1], row.w2JkoVsExact(), row.w2NoiseFloor()));
        }
        sb.append(String.format(Locale.ROOT, "G(r) exact = (P8) from the sampled G_0; W2^2 between 300-sample clouds "
                + "(exact OT), floor = two independent exact clouds; %.1f s%n", r.seconds()));
        return sb.toString();
    }
}
