package dev.cogs.cli;

import dev.cogs.cli.rgflow.RgflowOutput;
import dev.cogs.cli.rgflow.RgflowPlots;
import dev.cogs.cli.support.OutputFolder;
import dev.cogs.cli.support.UsageError;
import dev.cogs.rgflow.polchinski.BareTheory;
import dev.cogs.rgflow.polchinski.PolchinskiJko;
import dev.cogs.rgflow.polchinski.PolchinskiStudy;
import dev.cogs.rgflow.polchinski.PolchinskiStudyOptions;
import dev.cogs.rgflow.polchinski.PolchinskiStudyResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rgflow}: Runs a lattice Polchinski flow and its RG monotone. */
@Command(
        name = "rgflow",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a lattice Polchinski flow and its RG monotone (Cotler-Rezchikov, arXiv:2202.11737).",
            "",
            "Samples the bare theory P_0 (HMC for phi^4 with the Schwinger-Dyson check, exact for the mass "
                    + "deformation), flows it with the heat-kernel regulator C(t) = A^-1 exp(-tA), A = -Laplacian + m^2, "
                    + "and prints along a time grid: the monotone F(t) = KL(P_t || N(0,C_t)) (Monte-Carlo estimator with "
                    + "standard errors; it decreases), dF/dt = -1/2 E[grad V^T Cdot grad V], the naive KL(P_t || Q_t), "
                    + "Q_t = N(0, C_t/2) (not monotone), the exact F (mass deformation) or the perturbative F2 (phi^4), "
                    + "the exact two-point function G_t(0), G_t(1) (P8), and a JKO run on the samples (Fourier-diagonal "
                    + "maps, optionally followed by the site-wise monotone cubic y + k y^3) compared with exact samples (P6) "
                    + "by exact-OT W2^2.",
            "Writes monotone.png and two-point.png into --out.",
            "Exit codes: 0 success, 2 bad input (one line naming the option), 1 a failure while running, 130"
                    + " interrupted."
        })
final class RgflowCommand implements Callable<Integer> {

    @Option(
            names = "--theory",
            defaultValue = "PHI4",
            description =
                    "Bare interaction: ${COMPLETION-CANDIDATES} " + "(default: ${DEFAULT-VALUE}).")
    BareTheory theory;

    @Option(
            names = {"-D", "--dim"},
            defaultValue = "1",
            description = "Lattice dimension 0, 1 or 2 (default: ${DEFAULT-VALUE}).")
    int dimension;

    @Option(
            names = {"-L", "--side"},
            defaultValue = "8",
            description = "Lattice side L >= 2 (default: ${DEFAULT-VALUE}).")
    int side;

    @Option(
            names = "--m2",
            defaultValue = "1.0",
            description = "Mass squared m^2 > 0 (default: ${DEFAULT-VALUE}).")
    double massSquared;

    @Option(
            names = "--coupling",
            description =
                    "lambda in U = lambda phi^4/4! (PHI4, default 6) or delta m^2 "
                            + "(MASS, default 0.5).")
    Double coupling;

    @Option(
            names = "--t-max",
            defaultValue = "2.0",
            description = "Last RG time (default: ${DEFAULT-VALUE}).")
    double tMax;

    @Option(
            names = "--t-points",
            defaultValue = "10",
            description = "Number of grid intervals (default: ${DEFAULT-VALUE}).")
    int intervals;

    @Option(
            names = "--tau",
            defaultValue = "0.05",
            description = "JKO step (default: ${DEFAULT-VALUE}).")
    double tau;

    @Option(
            names = "--samples",
            defaultValue = "1000",
            description = "Samples of P_0 (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(
            names = "--inner",
            defaultValue = "64",
            description = "Inner draws of the F estimator, even (default: ${DEFAULT-VALUE}).")
    int inner;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--jko-maps",
            defaultValue = "FOURIER_SITE_CUBIC",
            description =
                    "JKO map family: " + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PolchinskiJko.MapFamily maps;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "cogs-rgflow",
            description = "Output directory of the PNG plots (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (!(tMax > 0) || Double.isInfinite(tMax)) {
            throw new UsageError("--t-max " + tMax, "must be finite and > 0");
        }
        if (intervals < 1 || intervals > 10_000) {
            throw new UsageError("--t-points " + intervals, "must be in 1..10000");
        }
        if (!(tau > 0) || Double.isInfinite(tau)) {
            throw new UsageError("--tau " + tau, "must be finite and > 0");
        }
        if (samples < 2 || samples > 1_000_000) {
            throw new UsageError("--samples " + samples, "must be in 2..1000000");
        }
        if (inner < 2 || inner % 2 != 0 || inner > 1_000_000) {
            throw new UsageError("--inner " + inner, "must be even and in 2..1000000");
        }
        if (!(massSquared > 0) || Double.isInfinite(massSquared)) {
            throw new UsageError("--m2 " + massSquared, "must be finite and > 0");
        }
        if (coupling != null && !Double.isFinite(coupling)) {
            throw new UsageError("--coupling " + coupling, "must be finite");
        }
        if (dimension < 0 || dimension > 2) {
            throw new UsageError("--dim " + dimension, "must be 0, 1 or 2");
        }
        if ((dimension > 0 && side < 2) || Math.pow(side, dimension) > 4096) {
            throw new UsageError(
                    "--side " + side, "must be >= 2 with at most 4096 lattice sites (L^D)");
        }
        OutputFolder.prepare("--out", out);
        PolchinskiStudyResult result;
        try {
            // the HMC settings, estimator free draws, W2 cloud size and JKO variant are the
            // library's defaults
            PolchinskiStudyOptions d = PolchinskiStudyOptions.defaults();
            double c = coupling != null ? coupling : theory.defaultCoupling();
            result =
                    PolchinskiStudy.run(
                            new PolchinskiStudyOptions(
                                    theory,
                                    dimension,
                                    side,
                                    massSquared,
                                    c,
                                    tMax,
                                    intervals,
                                    tau,
                                    samples,
                                    inner,
                                    d.freeDraws(),
                                    d.hmcBurnIn(),
                                    d.hmcThin(),
                                    d.hmcStepSize(),
                                    d.hmcLeapfrogSteps(),
                                    d.distanceSamples(),
                                    seed,
                                    d.variant(),
                                    maps));
        } catch (IllegalArgumentException e) {
            throw new UsageError("options", e.getMessage());
        }
        List<Path> files = RgflowPlots.write(result, out);
        if (json) {
            JsonOutput.print(RgflowOutput.json(result));
        } else {
            System.out.print(RgflowOutput.text(result));
            System.out.println("plots: " + files);
        }
        return 0;
    }
}
