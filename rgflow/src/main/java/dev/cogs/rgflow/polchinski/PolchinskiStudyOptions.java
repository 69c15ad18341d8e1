package dev.cogs.rgflow.polchinski;

import dev.cogs.rgflow.lattice.HmcOptions;
import java.util.Locale;
import java.util.Objects;

/**
 * Options of a {@link PolchinskiStudy}: the bare theory on the lattice, the time grid, the sample
 * sizes, the HMC settings, the JKO discretisation and the seed. Immutable; {@link #defaults()} are
 * the settings of {@code cogs rgflow} without options, and the {@code with…} methods return
 * modified copies.
 *
 * @param theory the bare interaction
 * @param dimension lattice dimension D ∈ {0, 1, 2}
 * @param side lattice side L ≥ 2 (ignored, and unchecked, for D = 0)
 * @param massSquared m², finite and &gt; 0
 * @param coupling λ (PHI4, finite and ≥ 0) or δm² (MASS, finite)
 * @param tMax last grid time, finite and &gt; 0
 * @param intervals number of grid intervals ≥ 1 (the grid is \(t_i = i\,t_{max}/\text{intervals}\))
 * @param tau requested JKO step, finite and &gt; 0 (rounded so that it divides the grid spacing)
 * @param samples number of samples of \(P_0\) ≥ 10
 * @param innerDraws inner draws of the monotone estimator, even and ≥ 4
 * @param freeDraws free-field draws of the estimator's \(Z_\lambda/Z_0\) ≥ 1
 * @param hmcBurnIn HMC trajectories discarded first ≥ 0 (PHI4 only)
 * @param hmcThin HMC trajectories between stored samples ≥ 1 (PHI4 only)
 * @param hmcStepSize HMC leapfrog step, finite and &gt; 0 (PHI4 only)
 * @param hmcLeapfrogSteps leapfrog steps per HMC trajectory ≥ 1 (PHI4 only)
 * @param distanceSamples size of the sample clouds compared by exact-OT \(W_2^2\) ≥ 1 (at most
 *     {@code samples} are used)
 * @param seed seed of the study's generator
 * @param variant JKO time discretisation
 * @param maps JKO map family
 */
public record PolchinskiStudyOptions(
        BareTheory theory,
        int dimension,
        int side,
        double massSquared,
        double coupling,
        double tMax,
        int intervals,
        double tau,
        int samples,
        int innerDraws,
        int freeDraws,
        int hmcBurnIn,
        int hmcThin,
        double hmcStepSize,
        int hmcLeapfrogSteps,
        int distanceSamples,
        long seed,
        JkoVariant variant,
        PolchinskiJko.MapFamily maps) {

    /**
     * Validates every option (NaN fails every check); the messages name the option and its value.
     *
     * @param theory the bare interaction
     * @param dimension lattice dimension D ∈ {0, 1, 2}
     * @param side lattice side L ≥ 2 (ignored, and unchecked, for D = 0)
     * @param massSquared m², finite and &gt; 0
     * @param coupling λ (PHI4, finite and ≥ 0) or δm² (MASS, finite)
     * @param tMax last grid time, finite and &gt; 0
     * @param intervals number of grid intervals ≥ 1 (the grid is \(t_i =
     *     i\,t_{max}/\text{intervals}\))
     * @param tau requested JKO step, finite and &gt; 0 (rounded so that it divides the grid
     *     spacing)
     * @param samples number of samples of \(P_0\) ≥ 10
     * @param innerDraws inner draws of the monotone estimator, even and ≥ 4
     * @param freeDraws free-field draws of the estimator's \(Z_\lambda/Z_0\) ≥ 1
     * @param hmcBurnIn HMC trajectories discarded first ≥ 0 (PHI4 only)
     * @param hmcThin HMC trajectories between stored samples ≥ 1 (PHI4 only)
     * @param hmcStepSize HMC leapfrog step, finite and &gt; 0 (PHI4 only)
     * @param hmcLeapfrogSteps leapfrog steps per HMC trajectory ≥ 1 (PHI4 only)
     * @param distanceSamples size of the sample clouds compared by exact-OT \(W_2^2\) ≥ 1 (at most
     *     {@code samples} are used)
     * @param seed seed of the study's generator
     * @param variant JKO time discretisation
     * @param maps JKO map family
     * @throws IllegalArgumentException if an option is out of the range documented above
     */
    public PolchinskiStudyOptions {
        Objects.requireNonNull(theory, "theory");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(maps, "maps");
        if (!(tMax > 0) || Double.isInfinite(tMax)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "t-max (%s) must be finite and > 0", tMax));
        }
        if (intervals < 1) {
            throw new IllegalArgumentException("t-points (" + intervals + ") must be >= 1");
        }
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "tau (%s) must be finite and > 0", tau));
        }
        if (samples < 10) {
            throw new IllegalArgumentException("samples (" + samples + ") must be >= 10");
        }
        PolchinskiChecks.finite(coupling, "coupling");
        if (dimension < 0 || dimension > 2) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "dimension (%d) must be 0, 1 or 2", dimension));
        }
        if (dimension > 0 && side < 2) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "lattice side (%d) must be >= 2", side));
        }
        if (theory == BareTheory.PHI4 && !(coupling >= 0)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "lambda (%s) must be finite and >= 0", coupling));
        }
        if (!(massSquared > 0) || Double.isInfinite(massSquared)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "mass squared (%s) must be finite and > 0", massSquared));
        }
        if (innerDraws < 4 || innerDraws % 2 != 0 || freeDraws < 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "innerDraws (%d) must be even and >= 4, freeDraws (%d) >= 1",
                            innerDraws,
                            freeDraws));
        }
        PolchinskiChecks.atLeast(hmcBurnIn, 0, "hmcBurnIn");
        PolchinskiChecks.atLeast(hmcThin, 1, "hmcThin");
        PolchinskiChecks.positiveFinite(hmcStepSize, "hmcStepSize");
        PolchinskiChecks.atLeast(hmcLeapfrogSteps, 1, "hmcLeapfrogSteps");
        PolchinskiChecks.atLeast(distanceSamples, 1, "distanceSamples");
    }

    /**
     * The settings of {@code cogs rgflow} without options: φ⁴ with λ = 6 on D = 1, L = 8, m² = 1; t
     * ∈ [0, 2] in 10 intervals; JKO step 0.05, dilation-then-JKO, Fourier-diagonal maps followed by
     * the site-wise cubic; 1000 samples of \(P_0\) by HMC (200 burn-in trajectories, thinning 3,
     * leapfrog step 0.25, 8 leapfrog steps); 64 inner and 100 000 free-field draws of the
     * estimator; 300-sample clouds for \(W_2^2\); seed 1.
     *
     * @return the default options
     */
    public static PolchinskiStudyOptions defaults() {
        return new PolchinskiStudyOptions(
                BareTheory.PHI4,
                1,
                8,
                1.0,
                BareTheory.PHI4.defaultCoupling(),
                2.0,
                10,
                0.05,
                1000,
                64,
                100_000,
                200,
                3,
                0.25,
                8,
                300,
                1,
                JkoVariant.DILATION_THEN_JKO,
                PolchinskiJko.MapFamily.FOURIER_SITE_CUBIC);
    }

    /**
     * The HMC options for \(P_0\) (used for {@link BareTheory#PHI4}).
     *
     * @return {@code samples} samples with the HMC settings of these options
     */
    public HmcOptions hmc() {
        return new HmcOptions(samples, hmcBurnIn, hmcThin, hmcStepSize, hmcLeapfrogSteps);
    }

    /**
     * Copy with another theory (the coupling is kept: set it with {@link #withCoupling}).
     *
     * @param value the theory
     * @return the copy
     * @throws IllegalArgumentException if the kept coupling is invalid for the theory
     */
    public PolchinskiStudyOptions withTheory(BareTheory value) {
        Copy c = new Copy(this);
        c.theory = value;
        return c.build();
    }

    /**
     * Copy with another lattice.
     *
     * @param dimensionValue D
     * @param sideValue L
     * @return the copy
     * @throws IllegalArgumentException if D or L is out of range
     */
    public PolchinskiStudyOptions withLattice(int dimensionValue, int sideValue) {
        Copy c = new Copy(this);
        c.dimension = dimensionValue;
        c.side = sideValue;
        return c.build();
    }

    /**
     * Copy with another mass.
     *
     * @param value m²
     * @return the copy
     * @throws IllegalArgumentException if m² is not finite and &gt; 0
     */
    public PolchinskiStudyOptions withMassSquared(double value) {
        Copy c = new Copy(this);
        c.massSquared = value;
        return c.build();
    }

    /**
     * Copy with another coupling.
     *
     * @param value λ or δm²
     * @return the copy
     * @throws IllegalArgumentException if the coupling is invalid for the theory
     */
    public PolchinskiStudyOptions withCoupling(double value) {
        Copy c = new Copy(this);
        c.coupling = value;
        return c.build();
    }

    /**
     * Copy with another time grid.
     *
     * @param tMaxValue last time
     * @param intervalsValue number of intervals
     * @return the copy
     * @throws IllegalArgumentException if a value is out of range
     */
    public PolchinskiStudyOptions withTimes(double tMaxValue, int intervalsValue) {
        Copy c = new Copy(this);
        c.tMax = tMaxValue;
        c.intervals = intervalsValue;
        return c.build();
    }

    /**
     * Copy with another JKO step.
     *
     * @param value τ
     * @return the copy
     * @throws IllegalArgumentException if τ is not finite and &gt; 0
     */
    public PolchinskiStudyOptions withTau(double value) {
        Copy c = new Copy(this);
        c.tau = value;
        return c.build();
    }

    /**
     * Copy with other sample sizes.
     *
     * @param samplesValue samples of \(P_0\)
     * @param innerDrawsValue inner draws of the estimator
     * @return the copy
     * @throws IllegalArgumentException if a size is out of range
     */
    public PolchinskiStudyOptions withSamples(int samplesValue, int innerDrawsValue) {
        Copy c = new Copy(this);
        c.samples = samplesValue;
        c.innerDraws = innerDrawsValue;
        return c.build();
    }

    /**
     * Copy with other HMC settings.
     *
     * @param burnIn trajectories discarded first
     * @param thin trajectories between stored samples
     * @param stepSize leapfrog step
     * @param leapfrogSteps leapfrog steps per trajectory
     * @return the copy
     * @throws IllegalArgumentException if a setting is out of range
     */
    public PolchinskiStudyOptions withHmc(
            int burnIn, int thin, double stepSize, int leapfrogSteps) {
        Copy c = new Copy(this);
        c.hmcBurnIn = burnIn;
        c.hmcThin = thin;
        c.hmcStepSize = stepSize;
        c.hmcLeapfrogSteps = leapfrogSteps;
        return c.build();
    }

    /**
     * Copy with another seed.
     *
     * @param value the seed
     * @return the copy
     */
    public PolchinskiStudyOptions withSeed(long value) {
        Copy c = new Copy(this);
        c.seed = value;
        return c.build();
    }

    /**
     * Copy with another JKO map family.
     *
     * @param value the family
     * @return the copy
     */
    public PolchinskiStudyOptions withMaps(PolchinskiJko.MapFamily value) {
        Copy c = new Copy(this);
        c.maps = value;
        return c.build();
    }

    /**
     * Copy with another JKO time discretisation.
     *
     * @param value the variant
     * @return the copy
     */
    public PolchinskiStudyOptions withVariant(JkoVariant value) {
        Copy c = new Copy(this);
        c.variant = value;
        return c.build();
    }

    /**
     * A mutable copy of every option, so that each {@code with…} method names only what it changes.
     */
    private static final class Copy {
        private BareTheory theory;
        private int dimension;
        private int side;
        private double massSquared;
        private double coupling;
        private double tMax;
        private int intervals;
        private double tau;
        private int samples;
        private int innerDraws;
        private int freeDraws;
        private int hmcBurnIn;
        private int hmcThin;
        private double hmcStepSize;
        private int hmcLeapfrogSteps;
        private int distanceSamples;
        private long seed;
        private JkoVariant variant;
        private PolchinskiJko.MapFamily maps;

        Copy(PolchinskiStudyOptions o) {
            theory = o.theory;
            dimension = o.dimension;
            side = o.side;
            massSquared = o.massSquared;
            coupling = o.coupling;
            tMax = o.tMax;
            intervals = o.intervals;
            tau = o.tau;
            samples = o.samples;
            innerDraws = o.innerDraws;
            freeDraws = o.freeDraws;
            hmcBurnIn = o.hmcBurnIn;
            hmcThin = o.hmcThin;
            hmcStepSize = o.hmcStepSize;
            hmcLeapfrogSteps = o.hmcLeapfrogSteps;
            distanceSamples = o.distanceSamples;
            seed = o.seed;
            variant = o.variant;
            maps = o.maps;
        }

        PolchinskiStudyOptions build() {
            return new PolchinskiStudyOptions(
                    theory,
                    dimension,
                    side,
                    massSquared,
                    coupling,
                    tMax,
                    intervals,
                    tau,
                    samples,
                    innerDraws,
                    freeDraws,
                    hmcBurnIn,
                    hmcThin,
                    hmcStepSize,
                    hmcLeapfrogSteps,
                    distanceSamples,
                    seed,
                    variant,
                    maps);
        }
    }
}
