package dev.cogs.rgflow.lattice;

import java.util.Locale;

/**
 * Options of the HMC sampler.
 *
 * @param samples number of stored samples ≥ 1
 * @param burnIn trajectories discarded first ≥ 0
 * @param thin trajectories between stored samples ≥ 1
 * @param stepSize leapfrog step ε &gt; 0 (jittered uniformly in [0.8ε, 1.2ε] per trajectory)
 * @param leapfrogSteps leapfrog steps per trajectory ≥ 1
 */
public record HmcOptions(int samples, int burnIn, int thin, double stepSize, int leapfrogSteps) {

    /**
     * Validates (NaN fails).
     *
     * @param samples number of stored samples ≥ 1
     * @param burnIn trajectories discarded first ≥ 0
     * @param thin trajectories between stored samples ≥ 1
     * @param stepSize leapfrog step ε &gt; 0 (jittered uniformly in [0.8ε, 1.2ε] per trajectory)
     * @param leapfrogSteps leapfrog steps per trajectory ≥ 1
     */
    public HmcOptions {
        if (samples < 1 || burnIn < 0 || thin < 1 || leapfrogSteps < 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "samples (%d) >= 1, burnIn (%d) >= 0, thin (%d) >= 1, leapfrogSteps (%d) >= 1 required",
                            samples,
                            burnIn,
                            thin,
                            leapfrogSteps));
        }
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "stepSize (%s) must be finite and > 0", stepSize));
        }
    }

    /**
     * Reasonable defaults for \(m^2 \sim 1\): 200 burn-in, thin 2, ε = 0.15, 10 leapfrog steps.
     *
     * @param samples number of samples
     * @return the options
     */
    public static HmcOptions of(int samples) {
        return new HmcOptions(samples, 200, 2, 0.15, 10);
    }
}
