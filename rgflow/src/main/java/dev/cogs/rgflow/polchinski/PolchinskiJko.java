package dev.cogs.rgflow.polchinski;

import dev.cogs.rgflow.flow.AffineJko;
import dev.cogs.rgflow.flow.FourierJko;
import dev.cogs.rgflow.flow.JkoOptions;
import dev.cogs.rgflow.flow.Potential;
import dev.cogs.rgflow.flow.SampleCloud;
import dev.cogs.rgflow.flow.SiteMonotoneJko;
import dev.cogs.rgflow.lattice.CovariancePath;
import dev.cogs.rgflow.lattice.Lattice;
import dev.cogs.rgflow.lattice.SpectralOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * JKO (minimising-movement) solver of the lattice Polchinski flow on samples (docs/rgflow.md §3):
 * the W₂ gradient flow (P4) of \(\mathrm{KL}(P\,\|\,Q_t)\), \(Q_t = N(0,\tfrac12C_t)\), with
 * mobility \(M_t = \tfrac12\dot C_t\), i.e. cost \(c_t(x,y) = 2(x-y)^{\mathsf T}\dot
 * C_t^{-1}(x-y)\). Each step minimises the Monte-Carlo objective J(T) over a map family, pushes the
 * samples and updates the tracked log-densities \(\ell_{k+1}(T\varphi) = \ell_k(\varphi) -
 * \log\det\nabla T\).
 *
 * <p>With tracked log-densities \(\ell_0\) (unnormalised is fine) the monotone increment \(F(t_k) -
 * F(t_0) = E_k[\ell_k - \log g_{t_k}] - E_0[\ell_0 - \log g_{t_0}]\), \(g_t = N(0, C_t)\), is
 * reported: it is the exact increment of \(\mathrm{KL}(P^{\mathrm{JKO}}_k\,\|\,N(0,C_{t_k}))\) up
 * to Monte-Carlo error.
 *
 * <p>Non-finite values: options are validated (NaN fails); an affine step that does not converge
 * stops the run with {@code converged = false} and the states computed so far.
 *
 * <p>Ground truth for comparisons: (P6) exact samples and (P8) exact two-point function ({@link
 * dev.cogs.rgflow.lattice.PolchinskiFlow}); linear map families reproduce the two-point function of
 * the per-mode Gaussian JKO ({@link GaussianModeJko}) and cannot change the shape of non-Gaussian
 * laws.
 */
public final class PolchinskiJko {

    /**
     * Gradient tolerance of the affine steps: the metric 2Ċ⁻¹/τ makes high modes stiff (condition ~
     * e^{t a_max}/τ).
     */
    private static final double AFFINE_TOLERANCE = 1e-7;

    private PolchinskiJko() {}

    /** Transport-map family. */
    public enum MapFamily {
        /** Fourier-diagonal linear maps, closed-form per-mode optimum ({@link FourierJko}). */
        FOURIER_DIAGONAL,
        /** Dense affine maps, L-BFGS ({@link AffineJko}); needs \(\dot C\) positive definite. */
        AFFINE,
        /**
         * Fourier-diagonal maps followed by the site-wise monotone cubic \(y + \kappa y^3\) ({@link
         * SiteMonotoneJko}, family (b)); changes the shape of the law; needs \(\dot C\) positive
         * definite.
         */
        FOURIER_SITE_CUBIC
    }

    /**
     * Solver options.
     *
     * @param tau step τ &gt; 0
     * @param steps number of steps ≥ 1
     * @param variant time discretisation
     * @param family map family
     */
    public record Options(double tau, int steps, JkoVariant variant, MapFamily family) {
        /**
         * Validates.
         *
         * @param tau step τ &gt; 0
         * @param steps number of steps ≥ 1
         * @param variant time discretisation
         * @param family map family
         */
        public Options {
            PolchinskiChecks.step(tau);
            if (steps < 1) {
                throw new IllegalArgumentException("steps (" + steps + ") must be >= 1");
            }
            Objects.requireNonNull(variant, "variant");
            Objects.requireNonNull(family, "family");
        }
    }

    /**
     * The state after a step.
     *
     * @param time \(t_k\)
     * @param samples the cloud \(P_k\)
     * @param twoPoint translation-averaged two-point function G(r), r = 0 … L−1
     * @param stepCost squared step length \(\frac1n\sum_i\|T\varphi_i - \varphi_i\|^2_{M^{-1}}\) (0
     *     at k = 0)
     * @param logDeterminant \(\log\det\nabla T\) of the step, averaged over the samples for
     *     non-linear maps (0 at k = 0)
     * @param monotoneIncrement \(F(t_k) - F(t_0)\) from the log-densities, if tracked
     */
    public record Step(
            double time,
            SampleCloud samples,
            double[] twoPoint,
            double stepCost,
            double logDeterminant,
            OptionalDouble monotoneIncrement) {
        /**
         * Defensive copy.
         *
         * @param time \(t_k\)
         * @param samples the cloud \(P_k\)
         * @param twoPoint translation-averaged two-point function G(r), r = 0 … L−1
         * @param stepCost squared step length \(\frac1n\sum_i\|T\varphi_i -
         *     \varphi_i\|^2_{M^{-1}}\) (0 at k = 0)
         * @param logDeterminant \(\log\det\nabla T\) of the step, averaged over the samples for
         *     non-linear maps (0 at k = 0)
         * @param monotoneIncrement \(F(t_k) - F(t_0)\) from the log-densities, if tracked
         */
        public Step {
            twoPoint = twoPoint.clone();
        }

        /**
         * The twoPoint component (a copy).
         *
         * @return translation-averaged two-point function G(r), r = 0 … L−1
         */
        @Override
        public double[] twoPoint() {
            return twoPoint.clone();
        }
    }

    /**
     * A run.
     *
     * @param steps states at \(t_0, …, t_K\)
     * @param converged false if a numerical step did not converge (then the run stopped there)
     */
    public record Trajectory(List<Step> steps, boolean converged) {
        /**
         * Immutable copy.
         *
         * @param steps states at \(t_0, …, t_K\)
         * @param converged false if a numerical step did not converge (then the run stopped there)
         */
        public Trajectory {
            steps = List.copyOf(steps);
        }

        /**
         * @return the last state
         */
        public Step last() {
            return steps.get(steps.size() - 1);
        }
    }

    /**
     * Runs the solver from \(t_0 = 0\).
     *
     * @param path the covariance path
     * @param initial samples of \(P_0\) (with log-densities for the monotone increment)
     * @param options options
     * @return the trajectory
     * @throws IllegalArgumentException on a dimension mismatch, or AFFINE with a degenerate \(\dot
     *     C\)
     */
    public static Trajectory run(CovariancePath path, SampleCloud initial, Options options) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(options, "options");
        Lattice lat = path.lattice();
        if (initial.dimension() != lat.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "samples have dimension %d but the lattice has N = %d",
                            initial.dimension(),
                            lat.size()));
        }
        double tau = options.tau();
        List<Step> out = new ArrayList<>();
        double base = initial.logDensities().isPresent() ? relativeLogDensity(path, initial, 0) : 0;
        out.add(
                new Step(
                        0,
                        initial,
                        lat.twoPoint(initial),
                        0,
                        0,
                        increment(path, initial, 0, base)));
        SampleCloud x = initial;
        for (int k = 0; k < options.steps(); k++) {
            double t = k * tau;
            double tNext = (k + 1) * tau;
            double dilationLogDet = 0;
            SpectralOperator mobility;
            SpectralOperator reference;
            if (options.variant() == JkoVariant.LEFT_FROZEN) {
                mobility = path.rateAt(t).scale(0.5);
                reference = path.covarianceAt(t).scale(0.5);
            } else {
                double[] ratio = new double[lat.size()];
                for (int p = 0; p < ratio.length; p++) {
                    ratio[p] = Math.sqrt(path.covariance(p, tNext) / path.covariance(p, t));
                    dilationLogDet += Math.log(ratio[p]);
                }
                // FourierJko.push subtracts the same Σ log ratio (summed in the same order) from
                // the log-densities
                x = FourierJko.push(x, lat, ratio);
                mobility = path.rateAt(tNext).scale(0.5);
                reference = path.covarianceAt(tNext);
            }
            double cost;
            double logDet;
            if (options.family() == MapFamily.FOURIER_DIAGONAL) {
                FourierJko.Result r =
                        FourierJko.step(x, lat, mobility.values(), reference.values(), tau);
                x = r.pushed();
                cost = r.stepCost();
                logDet = r.logDeterminant();
            } else if (options.family() == MapFamily.FOURIER_SITE_CUBIC) {
                SiteMonotoneJko.Result r =
                        SiteMonotoneJko.step(x, lat, mobility.values(), reference.values(), tau);
                if (!r.converged()) {
                    return new Trajectory(out, false);
                }
                cost = r.stepCost();
                logDet = meanLogDetChange(x, r.pushed());
                x = r.pushed();
            } else {
                AffineJko.Result r =
                        AffineJko.step(
                                x,
                                mobility.inverse().dense(),
                                gaussianPotential(reference),
                                new JkoOptions(tau, 2000, AFFINE_TOLERANCE));
                if (!r.converged()) {
                    return new Trajectory(out, false);
                }
                x = r.pushed();
                cost = r.stepCost();
                logDet = r.logDeterminant();
            }
            out.add(
                    new Step(
                            tNext,
                            x,
                            lat.twoPoint(x),
                            cost,
                            logDet + dilationLogDet,
                            increment(path, x, tNext, base)));
        }
        return new Trajectory(out, true);
    }

    /** Mean of \(\ell_k - \ell_{k+1}\) = mean log det ∇T (0 when log-densities are not tracked). */
    private static double meanLogDetChange(SampleCloud before, SampleCloud after) {
        if (before.logDensities().isEmpty()) {
            return 0;
        }
        double[] a = before.logDensities().get();
        double[] b = after.logDensities().get();
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) / a.length;
        }
        return s;
    }

    private static Potential gaussianPotential(SpectralOperator variance) {
        double[][] precision = variance.inverse().dense();
        int n = precision.length;
        return Potential.of(
                n,
                x -> {
                    double s = 0;
                    for (int a = 0; a < n; a++) {
                        for (int b = 0; b < n; b++) {
                            s += x[a] * precision[a][b] * x[b];
                        }
                    }
                    return 0.5 * s;
                },
                (x, g) -> {
                    for (int a = 0; a < n; a++) {
                        double s = 0;
                        for (int b = 0; b < n; b++) {
                            s += precision[a][b] * x[b];
                        }
                        g[a] = s;
                    }
                });
    }

    private static OptionalDouble increment(
            CovariancePath path, SampleCloud x, double t, double base) {
        if (x.logDensities().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(relativeLogDensity(path, x, t) - base);
    }

    /** \(E[\ell - \log g_t]\) over the cloud. */
    private static double relativeLogDensity(CovariancePath path, SampleCloud x, double t) {
        Lattice lat = path.lattice();
        double[] l = x.logDensities().orElseThrow();
        int n = lat.size();
        double logNorm = 0;
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = path.covariance(k, t);
            logNorm += 0.5 * Math.log(2 * Math.PI * c[k]);
        }
        double s = 0;
        for (int i = 0; i < x.size(); i++) {
            double[] m = lat.toModes(x.point(i));
            double q = 0;
            for (int k = 0; k < n; k++) {
                q += m[k] * m[k] / c[k];
            }
            s += l[i] + 0.5 * q + logNorm;
        }
        return s / x.size();
    }
}
