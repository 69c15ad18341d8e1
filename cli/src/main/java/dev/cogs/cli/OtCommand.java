package dev.cogs.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.cli.ot.CloudFiles;
import dev.cogs.cli.ot.OtMethod;
import dev.cogs.cli.ot.OtMethodConverter;
import dev.cogs.cli.ot.OtOutcome;
import dev.cogs.cli.ot.OtRunner;
import dev.cogs.cli.support.RunFailure;
import dev.cogs.cli.support.UsageError;
import dev.cogs.rgflow.ot.EmpiricalMeasure;
import dev.cogs.rgflow.ot.SinkhornOptions;
import dev.cogs.rgflow.ot.SinkhornVariant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ot}: Optimal-transport distances between two point clouds. */
@Command(
        name = "ot",
        mixinStandardHelpOptions = true,
        description = {
            "Optimal-transport distances between two point clouds read from .npy (float64/float32,"
                    + " 1-D or 2-D, C order) or CSV files.",
            "Ground cost ‖x−y‖^p (Euclidean). Exact: W_p^p by network simplex; sinkhorn: ⟨P,C⟩ and the full"
                    + " objective ⟨P,C⟩+εKL(P‖a⊗b); 1d: exact W_p by quantiles; sliced: SW_p over seeded directions.",
            "Exit status: 0 ok, 2 bad input (one line naming the option or the file and entry), 1 a failure while"
                    + " running, 3 a solver did not converge, 130 interrupted."
        },
        sortOptions = false)
final class OtCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "Source points (.npy or .csv).")
    private Path source;

    @Parameters(index = "1", paramLabel = "TARGET", description = "Target points (.npy or .csv).")
    private Path target;

    @Option(
            names = {"-m", "--method"},
            split = ",",
            paramLabel = "METHOD",
            converter = OtMethodConverter.class,
            description =
                    "Methods, comma separated: exact, sinkhorn, 1d, sliced (default: exact; sinkhorn"
                            + " when --epsilon is given).")
    private List<OtMethod> methods = new ArrayList<>();

    @Option(
            names = "--p",
            defaultValue = "2",
            description = "Order p of W_p and exponent of the cost (default 2).")
    private double p;

    @Option(
            names = {"-e", "--epsilon"},
            description = "Sinkhorn regularisation ε (> 0).")
    private Double epsilon;

    @Option(
            names = "--max-iter",
            defaultValue = "100000",
            description = "Sinkhorn iteration cap (default 100000).")
    private int maxIterations;

    @Option(
            names = "--tol",
            defaultValue = "1e-9",
            description =
                    "Sinkhorn tolerance on ‖Pᵀ1 − b‖₂, checked every 10 iterations (default 1e-9).")
    private double tolerance;

    @Option(names = "--log-domain", description = "Use the log-domain Sinkhorn (for small ε).")
    private boolean logDomain;

    @Option(
            names = "--threads",
            defaultValue = "1",
            description = "Threads for Sinkhorn (default 1).")
    private int threads;

    @Option(
            names = "--projections",
            defaultValue = "50",
            description = "Sliced directions (default 50).")
    private int projections;

    @Option(
            names = "--seed",
            defaultValue = "0",
            description = "Seed of the sliced directions (default 0).")
    private long seed;

    @Option(
            names = "--source-weights",
            paramLabel = "FILE",
            description = "Weights of the source points.")
    private Path sourceWeights;

    @Option(
            names = "--target-weights",
            paramLabel = "FILE",
            description = "Weights of the target points.")
    private Path targetWeights;

    @Option(
            names = "--weights-column",
            description = "The last column of each points file holds the weights.")
    private boolean weightsColumn;

    @Option(
            names = "--max-pairs",
            defaultValue = "50000000",
            description =
                    "Largest n*m (source times target points) for exact and sinkhorn, whose cost"
                            + " matrix takes 8*n*m bytes (default: ${DEFAULT-VALUE}, 400 MB).")
    private long maxPairs;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        List<OtMethod> ms = validated();
        CloudFiles.Cloud xs = CloudFiles.read(source, sourceWeights, weightsColumn);
        CloudFiles.Cloud ys = CloudFiles.read(target, targetWeights, weightsColumn);
        for (String note : xs.notes()) {
            System.err.println("cogs ot: note: " + note);
        }
        for (String note : ys.notes()) {
            System.err.println("cogs ot: note: " + note);
        }
        EmpiricalMeasure x = xs.measure();
        EmpiricalMeasure y = ys.measure();
        double diameter = diameter(xs.points(), ys.points());
        if (!Double.isFinite(Math.pow(diameter, p))) {
            throw new RunFailure(
                    "--p " + p,
                    String.format(
                            Locale.ROOT,
                            "|x-y|^p overflows double precision for these points (diameter of both"
                                    + " clouds %.3e); rescale them",
                            diameter));
        }
        long pairs = (long) x.size() * y.size();
        if ((ms.contains(OtMethod.EXACT) || ms.contains(OtMethod.SINKHORN)) && pairs > maxPairs) {
            throw new UsageError(
                    source + ", " + target,
                    String.format(
                            Locale.ROOT,
                            "%d x %d points need a %d-entry cost matrix (%.1f GB) for exact/sinkhorn,"
                                    + " above --max-pairs %d (raise it, or use --method 1d or sliced)",
                            x.size(),
                            y.size(),
                            pairs,
                            8.0 * pairs / 1e9,
                            maxPairs));
        }
        SinkhornOptions so =
                SinkhornOptions.of(epsilon == null ? 1.0 : epsilon)
                        .withMaxIterations(maxIterations)
                        .withTolerance(tolerance)
                        .withThreads(threads)
                        .withVariant(
                                logDomain ? SinkhornVariant.LOG_DOMAIN : SinkhornVariant.SCALING);
        List<OtOutcome> out =
                OtRunner.run(x, y, ms, new OtRunner.Settings(p, so, projections, seed));
        for (OtOutcome o : out) {
            if (!Double.isFinite(o.value())
                    || (o.method() == OtMethod.SINKHORN && !Double.isFinite(o.objective()))) {
                throw new RunFailure(
                        o.method().name().toLowerCase(Locale.ROOT),
                        "the transport cost is not finite ("
                                + o.value()
                                + "): |x-y|^"
                                + fmt(p)
                                + " overflows double precision for these points; rescale them");
            }
        }
        if (json) {
            printJson(x, y, so, out);
        } else {
            printText(x, y, so, out);
        }
        boolean allConverged = out.stream().allMatch(OtOutcome::converged);
        return allConverged ? 0 : 3;
    }

    /** The diameter of the bounding box of both clouds (it bounds every |x - y|). */
    private static double diameter(double[][] a, double[][] b) {
        int dim = a.length == 0 ? 0 : a[0].length;
        double diameter = 0;
        for (int k = 0; k < dim; k++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[][] cloud : new double[][][] {a, b}) {
                for (double[] point : cloud) {
                    if (k < point.length) {
                        lo = Math.min(lo, point[k]);
                        hi = Math.max(hi, point[k]);
                    }
                }
            }
            diameter = Math.hypot(diameter, hi - lo);
        }
        return diameter;
    }

    /** Every option checked before any file is read; the methods to run, in the order given. */
    private List<OtMethod> validated() {
        if (!(p > 0) || !Double.isFinite(p)) {
            throw new UsageError("--p " + p, "the order p must be finite and > 0");
        }
        if (epsilon != null && (!(epsilon > 0) || !Double.isFinite(epsilon))) {
            throw new UsageError(
                    "--epsilon " + epsilon, "the regularisation must be finite and > 0");
        }
        if (maxIterations < 1) {
            throw new UsageError("--max-iter " + maxIterations, "must be >= 1");
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new UsageError("--tol " + tolerance, "must be finite and > 0");
        }
        if (threads < 1 || threads > 1024) {
            throw new UsageError("--threads " + threads, "must be in 1..1024");
        }
        if (projections < 1 || projections > 1_000_000) {
            throw new UsageError("--projections " + projections, "must be in 1..1000000");
        }
        if (maxPairs < 1) {
            throw new UsageError("--max-pairs " + maxPairs, "must be >= 1");
        }
        List<OtMethod> ms = new ArrayList<>();
        for (OtMethod m : methods) {
            if (ms.contains(m)) {
                throw new UsageError(
                        "--method",
                        m.name().toLowerCase(Locale.ROOT) + " is listed twice (give each once)");
            }
            ms.add(m);
        }
        if (ms.isEmpty()) {
            ms.add(epsilon == null ? OtMethod.EXACT : OtMethod.SINKHORN);
        }
        if (ms.contains(OtMethod.SINKHORN) && epsilon == null) {
            throw new UsageError("--method sinkhorn", "needs --epsilon");
        }
        if (sourceWeights != null && weightsColumn) {
            throw new UsageError(
                    "--source-weights", "give either weight files or --weights-column, not both");
        }
        if (targetWeights != null && weightsColumn) {
            throw new UsageError(
                    "--target-weights", "give either weight files or --weights-column, not both");
        }
        return ms;
    }

    private void printText(
            EmpiricalMeasure x, EmpiricalMeasure y, SinkhornOptions so, List<OtOutcome> out) {
        System.out.printf(
                Locale.ROOT,
                "source %s: n=%d, d=%d; target %s: m=%d; cost ‖x−y‖^%s%n",
                source,
                x.size(),
                x.dimension(),
                target,
                y.size(),
                fmt(p));
        for (OtOutcome o : out) {
            switch (o.method()) {
                case SINKHORN:
                    System.out.printf(
                            Locale.ROOT,
                            "sinkhorn  eps=%s  <P,C>=%.12f  objective=%.12f  iterations=%d  marginal error=%.3e"
                                    + "  converged=%s (%s)  %.1f ms%n",
                            fmt(so.epsilon()),
                            o.value(),
                            o.objective(),
                            o.iterations(),
                            o.marginalError(),
                            o.converged(),
                            o.status(),
                            o.millis());
                    break;
                case EXACT:
                    System.out.printf(
                            Locale.ROOT,
                            "exact     W_p^p=%.12f  W_p=%.12f  pivots=%d  converged=%s (%s)  %.1f ms%n",
                            o.value(),
                            o.distance(),
                            o.iterations(),
                            o.converged(),
                            o.status(),
                            o.millis());
                    break;
                default:
                    System.out.printf(
                            Locale.ROOT,
                            "%-9s W_p^p=%.12f  W_p=%.12f  %.1f ms%n",
                            o.method().name().toLowerCase(Locale.ROOT),
                            o.value(),
                            o.distance(),
                            o.millis());
            }
        }
    }

    private void printJson(
            EmpiricalMeasure x, EmpiricalMeasure y, SinkhornOptions so, List<OtOutcome> out)
            throws IOException {
        ObjectNode root = JsonOutput.mapper().createObjectNode();
        root.putObject("source")
                .put("file", source.toString())
                .put("n", x.size())
                .put("dimension", x.dimension());
        root.putObject("target")
                .put("file", target.toString())
                .put("n", y.size())
                .put("dimension", y.dimension());
        root.put("p", p);
        ArrayNode arr = root.putArray("results");
        for (OtOutcome o : out) {
            ObjectNode n = arr.addObject();
            n.put("method", o.method().name().toLowerCase(Locale.ROOT));
            if (o.method() == OtMethod.SINKHORN) {
                n.put("epsilon", so.epsilon());
                n.put("linearCost", o.value());
                n.put("objective", o.objective());
            } else {
                n.put("powered", o.value());
                n.put("distance", o.distance());
            }
            n.put("iterations", o.iterations());
            n.put("marginalError", o.marginalError());
            n.put("converged", o.converged());
            n.put("status", o.status());
            n.put("millis", o.millis());
        }
        JsonOutput.print(root);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v)
                : Double.toString(v);
    }
}
