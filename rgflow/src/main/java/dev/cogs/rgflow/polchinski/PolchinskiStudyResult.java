package dev.cogs.rgflow.polchinski;

import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link PolchinskiStudy}: one {@link Row} per grid time and the diagnostics of the
 * sampler and of the JKO run. Immutable (the row list is copied).
 *
 * @param options the options of the study
 * @param referenceName {@code "exact F"} (the closed-form monotone, {@link BareTheory#MASS}) or
 *     {@code "F2 (perturbative)"} (the leading-order \(F^{(2)}\), {@link BareTheory#PHI4})
 * @param acceptanceRate HMC acceptance rate (1 for exact Gaussian samples)
 * @param schwingerDysonMaxZ largest |E[φ_x∂_xS] − 1|/error over sites (0 for exact samples)
 * @param jkoTau the JKO step actually used (the requested one rounded to divide the grid spacing)
 * @param jkoConverged false if a JKO step failed (later rows then repeat the last JKO state)
 * @param rows one per grid time \(t_0 = 0, …, t_{max}\)
 * @param seconds wall time of the study
 */
public record PolchinskiStudyResult(
        PolchinskiStudyOptions options,
        String referenceName,
        double acceptanceRate,
        double schwingerDysonMaxZ,
        double jkoTau,
        boolean jkoConverged,
        List<Row> rows,
        double seconds) {

    /**
     * Checks for nulls and copies the rows.
     *
     * @param options the options of the study
     * @param referenceName {@code "exact F"} (the closed-form monotone, {@link BareTheory#MASS}) or
     *     {@code "F2 (perturbative)"} (the leading-order \(F^{(2)}\), {@link BareTheory#PHI4})
     * @param acceptanceRate HMC acceptance rate (1 for exact Gaussian samples)
     * @param schwingerDysonMaxZ largest |E[φ_x∂_xS] − 1|/error over sites (0 for exact samples)
     * @param jkoTau the JKO step actually used (the requested one rounded to divide the grid
     *     spacing)
     * @param jkoConverged false if a JKO step failed (later rows then repeat the last JKO state)
     * @param rows one per grid time \(t_0 = 0, …, t_{max}\)
     * @param seconds wall time of the study
     */
    public PolchinskiStudyResult {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(referenceName, "referenceName");
        rows = List.copyOf(rows);
    }

    /**
     * The observables at one grid time. The two-point arrays are copied on construction and access;
     * {@code equals} compares them by reference.
     *
     * @param time t
     * @param monotone the Monte-Carlo estimate \(\hat F(t)\) of \(F(t) = \mathrm{KL}(P_t\,\|\,N(0,
     *     C_t))\)
     * @param monotoneError its standard error
     * @param monotoneRate the estimate of \(dF/dt = -\tfrac12E[\nabla V^{\mathsf T}\dot C\nabla
     *     V]\)
     * @param monotoneRateError its standard error
     * @param naiveRelativeEntropy \(\widehat{\mathrm{KL}}(P_t\,\|\,Q_t)\), \(Q_t = N(0, C_t/2)\)
     *     (not monotone)
     * @param reference the exact F (MASS) or the perturbative \(F^{(2)}\) (PHI4)
     * @param twoPointExact G_t(0), G_t(1) by (P8) from the sampled \(G_0\)
     * @param twoPointJko G(0), G(1) of the JKO cloud
     * @param w2JkoVsExact \(W_2^2\) (exact OT) between the JKO cloud and (P6) exact samples
     * @param w2NoiseFloor \(W_2^2\) between two independent (P6) clouds of the same size
     */
    public record Row(
            double time,
            double monotone,
            double monotoneError,
            double monotoneRate,
            double monotoneRateError,
            double naiveRelativeEntropy,
            double reference,
            double[] twoPointExact,
            double[] twoPointJko,
            double w2JkoVsExact,
            double w2NoiseFloor) {

        /**
         * Copies the two-point arrays.
         *
         * @param time t
         * @param monotone the Monte-Carlo estimate \(\hat F(t)\) of \(F(t) =
         *     \mathrm{KL}(P_t\,\|\,N(0, C_t))\)
         * @param monotoneError its standard error
         * @param monotoneRate the estimate of \(dF/dt = -\tfrac12E[\nabla V^{\mathsf T}\dot C\nabla
         *     V]\)
         * @param monotoneRateError its standard error
         * @param naiveRelativeEntropy \(\widehat{\mathrm{KL}}(P_t\,\|\,Q_t)\), \(Q_t = N(0,
         *     C_t/2)\) (not monotone)
         * @param reference the exact F (MASS) or the perturbative \(F^{(2)}\) (PHI4)
         * @param twoPointExact G_t(0), G_t(1) by (P8) from the sampled \(G_0\)
         * @param twoPointJko G(0), G(1) of the JKO cloud
         * @param w2JkoVsExact \(W_2^2\) (exact OT) between the JKO cloud and (P6) exact samples
         * @param w2NoiseFloor \(W_2^2\) between two independent (P6) clouds of the same size
         */
        public Row {
            twoPointExact = twoPointExact.clone();
            twoPointJko = twoPointJko.clone();
        }

        /**
         * The twoPointExact component (a copy).
         *
         * @return G_t(0), G_t(1) by (P8) from the sampled \(G_0\)
         */
        @Override
        public double[] twoPointExact() {
            return twoPointExact.clone();
        }

        /**
         * The twoPointJko component (a copy).
         *
         * @return G(0), G(1) of the JKO cloud
         */
        @Override
        public double[] twoPointJko() {
            return twoPointJko.clone();
        }
    }
}
