package dev.cogs.rgflow.lattice;

import dev.cogs.rgflow.flow.SampleCloud;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Hybrid (Hamiltonian) Monte Carlo for \(P_0 \propto e^{-S_0}\) (Duane–Kennedy–Pendleton–Roweth
 * 1987): Gaussian momenta, leapfrog trajectories of jittered step size, Metropolis accept/reject on
 * the energy error. Deterministic given the generator.
 *
 * <p>Diagnostic: the Schwinger–Dyson identity \(E[\varphi_x\,\partial S_0/\partial\varphi_x] = 1\)
 * per site (docs/rgflow.md §5.1), with batch-means standard errors (20 batches).
 *
 * <p>Non-finite values: a trajectory whose energy error is not finite is rejected (the chain stays
 * put) and the result reports {@code finite = false}.
 */
public final class HmcSampler {

    private HmcSampler() {}

    /**
     * Result of a run.
     *
     * @param samples the stored samples with log-densities \(\ell_0 = -S_0\) (unnormalised)
     * @param acceptanceRate fraction of accepted trajectories (burn-in included)
     * @param schwingerDyson per-site mean of \(\varphi_x\partial_xS_0\) (should be 1)
     * @param schwingerDysonError per-site batch-means standard error
     * @param finite false if a trajectory produced non-finite values (then it was rejected)
     */
    public record Result(
            SampleCloud samples,
            double acceptanceRate,
            double[] schwingerDyson,
            double[] schwingerDysonError,
            boolean finite) {
        /**
         * Defensive copies.
         *
         * @param samples the stored samples with log-densities \(\ell_0 = -S_0\) (unnormalised)
         * @param acceptanceRate fraction of accepted trajectories (burn-in included)
         * @param schwingerDyson per-site mean of \(\varphi_x\partial_xS_0\) (should be 1)
         * @param schwingerDysonError per-site batch-means standard error
         * @param finite false if a trajectory produced non-finite values (then it was rejected)
         */
        public Result {
            schwingerDyson = schwingerDyson.clone();
            schwingerDysonError = schwingerDysonError.clone();
        }

        /**
         * The schwingerDyson component (a copy).
         *
         * @return per-site mean of \(\varphi_x\partial_xS_0\) (should be 1)
         */
        @Override
        public double[] schwingerDyson() {
            return schwingerDyson.clone();
        }

        /**
         * The schwingerDysonError component (a copy).
         *
         * @return per-site batch-means standard error
         */
        @Override
        public double[] schwingerDysonError() {
            return schwingerDysonError.clone();
        }

        /**
         * @return the largest |SD − 1| / error over sites (a z-score; &lt; 4 for a correct sampler)
         */
        public double schwingerDysonMaxZ() {
            double z = 0;
            for (int x = 0; x < schwingerDyson.length; x++) {
                z = Math.max(z, Math.abs(schwingerDyson[x] - 1) / schwingerDysonError[x]);
            }
            return z;
        }
    }

    /**
     * Runs HMC from φ = 0.
     *
     * @param action the action
     * @param options the options
     * @param rng the generator (consumed)
     * @return samples and diagnostics
     */
    public static Result sample(LatticeAction action, HmcOptions options, RandomGenerator rng) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(rng, "rng");
        int n = action.lattice().size();
        double[] phi = new double[n];
        double[] grad = action.gradient(phi);
        double s = action.action(phi);
        double[][] out = new double[options.samples()][];
        double[] logp = new double[options.samples()];
        int total = options.burnIn() + options.samples() * options.thin();
        int accepted = 0;
        boolean finite = true;
        int stored = 0;
        double[] p = new double[n];
        for (int traj = 1; traj <= total; traj++) {
            double eps = options.stepSize() * (0.8 + 0.4 * rng.nextDouble());
            double kinetic = 0;
            for (int x = 0; x < n; x++) {
                p[x] = rng.nextGaussian();
                kinetic += 0.5 * p[x] * p[x];
            }
            double[] q = phi.clone();
            double[] g = grad.clone();
            for (int x = 0; x < n; x++) {
                p[x] -= 0.5 * eps * g[x];
            }
            for (int step = 0; step < options.leapfrogSteps(); step++) {
                for (int x = 0; x < n; x++) {
                    q[x] += eps * p[x];
                }
                g = action.gradient(q);
                double w = step == options.leapfrogSteps() - 1 ? 0.5 * eps : eps;
                for (int x = 0; x < n; x++) {
                    p[x] -= w * g[x];
                }
            }
            double sNew = action.action(q);
            double kNew = 0;
            for (int x = 0; x < n; x++) {
                kNew += 0.5 * p[x] * p[x];
            }
            double dh = sNew + kNew - s - kinetic;
            if (!Double.isFinite(dh)) {
                finite = false;
            } else if (dh <= 0 || rng.nextDouble() < Math.exp(-dh)) {
                phi = q;
                grad = g;
                s = sNew;
                accepted++;
            }
            if (traj > options.burnIn() && (traj - options.burnIn()) % options.thin() == 0) {
                out[stored] = phi.clone();
                logp[stored] = -s;
                stored++;
            }
        }
        SampleCloud ens = SampleCloud.of(out, logp);
        int batches = Math.min(20, options.samples());
        double[] sd = new double[n];
        double[] err = new double[n];
        int per = options.samples() / batches;
        double[][] sdTerms = new double[options.samples()][];
        for (int i = 0; i < sdTerms.length; i++) {
            sdTerms[i] = action.gradient(out[i]);
            for (int x = 0; x < n; x++) {
                sdTerms[i][x] *= out[i][x];
            }
        }
        for (int x = 0; x < n; x++) {
            double[] bm = new double[batches];
            for (int b = 0; b < batches; b++) {
                double acc = 0;
                for (int i = b * per; i < (b + 1) * per; i++) {
                    acc += sdTerms[i][x];
                }
                bm[b] = acc / per;
            }
            double[] mv = SampleMoments.meanAndVariance(bm);
            sd[x] = mv[0];
            err[x] = batches > 1 ? Math.sqrt(mv[1] / batches) : Double.POSITIVE_INFINITY;
        }
        return new Result(ens, (double) accepted / total, sd, err, finite);
    }
}
