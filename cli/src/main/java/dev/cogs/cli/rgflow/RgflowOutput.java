package dev.cogs.cli.rgflow;

import dev.cogs.rgflow.polchinski.BareTheory;
import dev.cogs.rgflow.polchinski.JkoVariant;
import dev.cogs.rgflow.polchinski.PolchinskiJko;
import dev.cogs.rgflow.polchinski.PolchinskiStudyOptions;
import dev.cogs.rgflow.polchinski.PolchinskiStudyResult;
import java.util.List;
import java.util.Locale;

/**
 * The text table and the JSON document {@code cogs rgflow} prints for a {@link
 * PolchinskiStudyResult}.
 */
public final class RgflowOutput {

    private RgflowOutput() {}

    /**
     * The options shown by {@code --json} under {@code "config"} (the command-line options of the
     * study).
     *
     * @param theory the bare interaction
     * @param dimension D
     * @param side L
     * @param massSquared m²
     * @param coupling λ or δm²
     * @param tMax last time
     * @param intervals number of grid intervals
     * @param tau requested JKO step
     * @param samples samples of P_0
     * @param innerDraws inner draws of the estimator
     * @param seed the seed
     * @param maps JKO map family
     */
    public record JsonConfig(
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
            long seed,
            PolchinskiJko.MapFamily maps) {}

    /**
     * The document printed by {@code --json}.
     *
     * @param config the command-line options
     * @param referenceName "exact F" or "F2 (perturbative)"
     * @param acceptanceRate HMC acceptance
     * @param schwingerDysonMaxZ largest Schwinger–Dyson z-score
     * @param jkoTau the JKO step used
     * @param jkoConverged whether every JKO step converged
     * @param rows one per grid time
     * @param seconds wall time
     */
    public record Json(
            JsonConfig config,
            String referenceName,
            double acceptanceRate,
            double schwingerDysonMaxZ,
            double jkoTau,
            boolean jkoConverged,
            List<PolchinskiStudyResult.Row> rows,
            double seconds) {}

    /**
     * The JSON document of a result.
     *
     * @param r the result
     * @return the document (serialised by Jackson)
     */
    public static Json json(PolchinskiStudyResult r) {
        PolchinskiStudyOptions c = r.options();
        return new Json(
                new JsonConfig(
                        c.theory(),
                        c.dimension(),
                        c.side(),
                        c.massSquared(),
                        c.coupling(),
                        c.tMax(),
                        c.intervals(),
                        c.tau(),
                        c.samples(),
                        c.innerDraws(),
                        c.seed(),
                        c.maps()),
                r.referenceName(),
                r.acceptanceRate(),
                r.schwingerDysonMaxZ(),
                r.jkoTau(),
                r.jkoConverged(),
                r.rows(),
                r.seconds());
    }

    /**
     * Plain-text table.
     *
     * @param r the result
     * @return the text
     */
    public static String text(PolchinskiStudyResult r) {
        PolchinskiStudyOptions c = r.options();
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "lattice Polchinski flow: %s, D=%d, L=%d, m^2=%s, %s=%s, heat-kernel "
                                + "regulator C(t)=A^-1 exp(-tA)%n",
                        c.theory(),
                        c.dimension(),
                        c.side(),
                        c.massSquared(),
                        c.theory() == BareTheory.PHI4 ? "lambda (U=lambda phi^4/4!)" : "delta m^2",
                        c.coupling()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "P_0 samples: %d (%s), acceptance %.3f, Schwinger-Dyson max |z| %.2f; "
                                + "estimator inner draws %d; JKO: %s maps, %s, tau=%.4g%s; seed %d%n",
                        c.samples(),
                        c.theory() == BareTheory.PHI4 ? "HMC" : "exact",
                        r.acceptanceRate(),
                        r.schwingerDysonMaxZ(),
                        c.innerDraws(),
                        c.maps(),
                        c.variant() == JkoVariant.DILATION_THEN_JKO
                                ? "dilation-then-JKO"
                                : "left-frozen",
                        r.jkoTau(),
                        r.jkoConverged() ? "" : " (JKO stopped: not converged)",
                        c.seed()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%6s %10s %8s %11s %9s %10s %12s %9s %9s %9s %9s %9s %9s%n",
                        "t",
                        "F(t)",
                        "+-",
                        "dF/dt",
                        "+-",
                        "KL(P|Q)",
                        r.referenceName().startsWith("exact") ? "F exact" : "F2 pert.",
                        "G(0)",
                        "G(1)",
                        "G(0)JKO",
                        "G(1)JKO",
                        "W2^2 JKO",
                        "W2^2 flr"));
        for (PolchinskiStudyResult.Row row : r.rows()) {
            double[] exact = row.twoPointExact();
            double[] jko = row.twoPointJko();
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%6.3f %10.6f %8.6f %11.6f %9.6f %10.6f %12.6f %9.6f %9.6f %9.6f %9.6f %9.5f %9.5f%n",
                            row.time(),
                            row.monotone(),
                            row.monotoneError(),
                            row.monotoneRate(),
                            row.monotoneRateError(),
                            row.naiveRelativeEntropy(),
                            row.reference(),
                            exact[0],
                            exact[1],
                            jko[0],
                            jko[1],
                            row.w2JkoVsExact(),
                            row.w2NoiseFloor()));
        }
        sb.append(
                String.format(
                        Locale.ROOT,
                        "G(r) exact = (P8) from the sampled G_0; W2^2 between %d-sample clouds "
                                + "(exact OT), floor = two independent exact clouds; %.1f s%n",
                        c.distanceSamples(),
                        r.seconds()));
        return sb.toString();
    }
}
