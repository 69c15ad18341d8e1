package dev.cogs.bench.ot;

import dev.cogs.bench.env.BenchEnvironment;
import dev.cogs.rgflow.ot.CostMatrix;
import dev.cogs.rgflow.ot.EmpiricalMeasure;
import dev.cogs.rgflow.ot.ExactOt;
import dev.cogs.rgflow.ot.ExactOtResult;
import dev.cogs.rgflow.ot.OnlineSinkhorn;
import dev.cogs.rgflow.ot.OnlineSinkhornOptions;
import dev.cogs.rgflow.ot.OnlineSinkhornResult;
import dev.cogs.rgflow.ot.ReferenceClouds;
import dev.cogs.rgflow.ot.Sinkhorn;
import dev.cogs.rgflow.ot.SinkhornOptions;
import dev.cogs.rgflow.ot.SinkhornResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code cogs bench ot}: exact OT and Sinkhorn ({@code ε = 0.1 · mean C}) on the circle→parabola
 * clouds of docs/rgflow.md §8, timed in cogs (after JIT warm-up and one untimed solve per size,
 * best of the repeats) and in POT in the same run, size by size; the whole comparison can be
 * repeated ({@code runs}) for the median and spread of the ratios. Then the kernel-free Sinkhorn:
 * its agreement with the dense log-domain solver on a size both hold, and its time per iteration on
 * a size no dense kernel fits (docs/performance.md, OT).
 */
public final class OtBench {

    /** Sinkhorn stopping threshold used on both sides (POT's default). */
    public static final double STOP = 1e-9;

    /** Sinkhorn iteration cap used on both sides. */
    public static final int MAX_ITER = 10_000;

    /** The acceptance threshold of the ratios (issue 13, target 3). */
    public static final double TARGET_RATIO = 0.7;

    /** Required agreement of the online and the dense log-domain Sinkhorn costs. */
    public static final double ONLINE_AGREEMENT = 1e-10;

    /**
     * What to run.
     *
     * @param sizes cloud sizes of the POT comparison
     * @param repeats timed repetitions per measurement (best counts)
     * @param runs how many times the whole comparison is run (median and spread of the ratios); 0
     *     skips it
     * @param threads threads of the parallel Sinkhorn setting (a 1-thread setting always runs too)
     * @param python interpreter of the POT peer, or {@code null} to skip it
     * @param onlineSize cloud size of the kernel-free Sinkhorn timing, {@code 0} to skip it
     * @param onlineIterations iterations timed at that size ({@code 0}: run to convergence)
     * @param checkSize size of the dense-versus-online check, {@code 0} to skip it
     */
    public record Settings(
            List<Integer> sizes,
            int repeats,
            int runs,
            int threads,
            String python,
            int onlineSize,
            int onlineIterations,
            int checkSize) {}

    /**
     * The machine and the build.
     *
     * @param cores processors visible to the JVM
     * @param cpu CPU model ({@code /proc/cpuinfo})
     * @param java Java version
     * @param vm JVM name
     * @param os operating system
     * @param simd the Sinkhorn inner loops ("vector-512" …, or "scalar")
     * @param simdEnabled whether the inner loops are the SIMD ones
     * @param commit {@code git describe --always --dirty} of the working directory, or "unknown"
     * @param pot POT version ("" if the peer did not run)
     * @param numpy NumPy version of the peer ("" if the peer did not run)
     */
    public record Machine(
            int cores,
            String cpu,
            String java,
            String vm,
            String os,
            String simd,
            boolean simdEnabled,
            String commit,
            String pot,
            String numpy) {}

    /**
     * Exact OT at one size in one run.
     *
     * @param n cloud size
     * @param ratio cogs / POT time
     * @param cogsSeconds best time of {@code ExactOt.networkSimplex()}
     * @param potSeconds best time of {@code ot.emd2}
     * @param pivots network simplex pivots
     * @param cost cogs' cost
     * @param potCost POT's cost
     * @param costDifference {@code |cost − potCost|}
     * @param potWarning POT's warning ("" if none)
     */
    public record ExactRow(
            int n,
            double ratio,
            double cogsSeconds,
            double potSeconds,
            long pivots,
            double cost,
            double potCost,
            double costDifference,
            String potWarning) {}

    /**
     * Sinkhorn at one size in one run.
     *
     * @param n cloud size
     * @param epsilon ε
     * @param ratio cogs' best setting / POT time
     * @param bestSetting the setting of {@code ratio}: "1 thread" or "T threads"
     * @param ratioOneThread 1-thread time / POT time
     * @param ratioThreads {@code threads}-thread time / POT time
     * @param cogsOneThreadSeconds best 1-thread time
     * @param cogsThreadsSeconds best {@code threads}-thread time
     * @param potSeconds best time of {@code ot.sinkhorn2}
     * @param iterations cogs' iterations (column and row update each)
     * @param potIterations POT's {@code niter} (the index of the passing check: one less for the
     *     same run)
     * @param sameIterations whether both stopped after the same iteration
     * @param cost cogs' {@code ⟨P,C⟩} (1 thread; the threaded run gives the same bits)
     * @param potCost POT's value
     * @param costDifference largest {@code |cost − potCost|} over both settings
     * @param converged whether both cogs runs converged
     */
    public record SinkhornRow(
            int n,
            double epsilon,
            double ratio,
            String bestSetting,
            double ratioOneThread,
            double ratioThreads,
            double cogsOneThreadSeconds,
            double cogsThreadsSeconds,
            double potSeconds,
            long iterations,
            long potIterations,
            boolean sameIterations,
            double cost,
            double potCost,
            double costDifference,
            boolean converged) {}

    /**
     * One run of the whole comparison.
     *
     * @param run run number from 1
     * @param loadBefore 1-minute load average before the run ({@code /proc/loadavg}, −1 if unknown)
     * @param loadAfter 1-minute load average after the run
     * @param exact exact OT rows
     * @param sinkhorn Sinkhorn rows
     */
    public record Run(
            int run,
            double loadBefore,
            double loadAfter,
            List<ExactRow> exact,
            List<SinkhornRow> sinkhorn) {}

    /**
     * Median and spread of one ratio over the runs.
     *
     * @param n cloud size
     * @param method "exact" or "sinkhorn"
     * @param median median ratio
     * @param min smallest ratio
     * @param max largest ratio
     * @param ratios every run's ratio, in run order
     * @param meetsTarget whether the median is at most {@link #TARGET_RATIO}
     */
    public record Spread(
            int n,
            String method,
            double median,
            double min,
            double max,
            List<Double> ratios,
            boolean meetsTarget) {}

    /**
     * The kernel-free Sinkhorn.
     *
     * @param checkSize size of the dense-versus-online check (0 if skipped)
     * @param checkIterations iterations of both at that size
     * @param checkOnlineCost online {@code ⟨P,C⟩}
     * @param checkDenseCost dense log-domain {@code ⟨P,C⟩}
     * @param checkDifference {@code |online − dense|}
     * @param checkOnlineSecondsPerIteration online time per iteration at the check size (whole
     *     solve / iterations)
     * @param checkDenseSecondsPerIteration dense log-domain time per iteration at the check size
     * @param size size of the timing run (0 if skipped)
     * @param dimension dimension of the clouds
     * @param epsilon ε of the timing run
     * @param threads threads of the timing run
     * @param iterations iterations timed
     * @param secondsPerIteration time per iteration (difference of a 1-iteration and a longer run,
     *     or the whole run / iterations when run to convergence)
     * @param totalSeconds time of the longer run
     * @param status status of the longer run
     * @param marginalError its marginal error
     * @param cost its {@code ⟨P,C⟩}
     * @param maxHeapMiB the JVM's maximum heap ({@code Runtime.maxMemory()}): the run fitted in it
     * @param denseKernelMiB what one dense {@code n × n} double matrix would take
     */
    public record Online(
            int checkSize,
            long checkIterations,
            double checkOnlineCost,
            double checkDenseCost,
            double checkDifference,
            double checkOnlineSecondsPerIteration,
            double checkDenseSecondsPerIteration,
            int size,
            int dimension,
            double epsilon,
            int threads,
            long iterations,
            double secondsPerIteration,
            double totalSeconds,
            String status,
            double marginalError,
            double cost,
            double maxHeapMiB,
            double denseKernelMiB) {}

    /**
     * Everything {@code cogs bench ot} measured.
     *
     * @param benchmark "ot"
     * @param machine machine and build
     * @param settings what was run
     * @param runs every run
     * @param summary median and spread per size and method
     * @param online the kernel-free Sinkhorn: one entry if it ran, none otherwise
     * @param ok whether every run converged and agreed with POT (and the online check agreed)
     */
    public record Report(
            String benchmark,
            Machine machine,
            Settings settings,
            List<Run> runs,
            List<Spread> summary,
            List<Online> online,
            boolean ok) {}

    private OtBench() {}

    /**
     * Runs the benchmark.
     *
     * @param s what to run
     * @param out human-readable progress and tables, or {@code null} (JSON mode)
     * @param log where problems are reported (the peer's absence)
     * @return the report
     */
    public static Report run(Settings s, PrintStream out, PrintStream log) {
        PrintStream o =
                out != null
                        ? out
                        : new PrintStream(
                                PrintStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        o.printf(
                Locale.ROOT,
                "cogs bench ot: circle→parabola clouds (docs/rgflow.md §8), uniform weights, C = ‖x−y‖²,"
                        + " ε = 0.1·mean(C); Sinkhorn stopThr %.0e on ‖Pᵀ1−b‖₂ every 10 iterations, cap %d (both sides);"
                        + " best of %d, %d run(s), sizes interleaved (cogs then POT, order swapped every other run)%n",
                STOP,
                MAX_ITER,
                s.repeats(),
                s.runs());
        if (s.runs() > 0) {
            warmUp(s.threads());
        }
        int[] sizes = s.sizes().stream().mapToInt(Integer::intValue).toArray();
        List<Run> runs = new ArrayList<>();
        String pot = "";
        String numpy = "";
        boolean ok = true;
        for (int run = 1; run <= s.runs(); run++) {
            double before = loadAverage();
            List<ExactRow> exact = new ArrayList<>();
            List<SinkhornRow> sinkhorn = new ArrayList<>();
            for (int n : sizes) {
                boolean potFirst = run % 2 == 0;
                Optional<PotPeer.Output> peer = Optional.empty();
                if (potFirst && s.python() != null) {
                    peer =
                            PotPeer.run(
                                    s.python(),
                                    new int[] {n},
                                    new double[] {epsilon(n)},
                                    s.repeats(),
                                    STOP,
                                    MAX_ITER,
                                    log);
                }
                Cogs c = measure(n, s.repeats(), s.threads());
                if (!potFirst && s.python() != null) {
                    peer =
                            PotPeer.run(
                                    s.python(),
                                    new int[] {n},
                                    new double[] {c.epsilon},
                                    s.repeats(),
                                    STOP,
                                    MAX_ITER,
                                    log);
                }
                if (peer.isEmpty() || peer.get().rows().isEmpty()) {
                    ok = false;
                    o.printf(
                            Locale.ROOT,
                            "run %d, n = %d: cogs exact %.4f s, Sinkhorn %.4f s (1 thread) %.4f s (%d"
                                    + " threads); no POT peer%n",
                            run,
                            n,
                            c.exactSeconds,
                            c.sinkhorn1Seconds,
                            c.sinkhornTSeconds,
                            s.threads());
                    continue;
                }
                pot = peer.get().version();
                numpy = peer.get().numpy();
                PotPeer.Row p = peer.get().rows().get(0);
                double de = Math.abs(c.exactCost - p.emdCost());
                exact.add(
                        new ExactRow(
                                n,
                                c.exactSeconds / p.emdSeconds(),
                                c.exactSeconds,
                                p.emdSeconds(),
                                c.pivots,
                                c.exactCost,
                                p.emdCost(),
                                de,
                                p.emdWarning()));
                double r1 = c.sinkhorn1Seconds / p.sinkhornSeconds();
                double rt = c.sinkhornTSeconds / p.sinkhornSeconds();
                double ds =
                        Math.max(
                                Math.abs(c.sinkhornCost - p.sinkhornCost()),
                                Math.abs(c.sinkhornTCost - p.sinkhornCost()));
                SinkhornRow sr =
                        new SinkhornRow(
                                n,
                                c.epsilon,
                                Math.min(r1, rt),
                                r1 <= rt ? "1 thread" : s.threads() + " threads",
                                r1,
                                rt,
                                c.sinkhorn1Seconds,
                                c.sinkhornTSeconds,
                                p.sinkhornSeconds(),
                                c.iterations,
                                p.sinkhornIterations(),
                                c.iterations == p.sinkhornIterations() + 1,
                                c.sinkhornCost,
                                p.sinkhornCost(),
                                ds,
                                c.converged);
                sinkhorn.add(sr);
                ok &=
                        c.exactOptimal
                                && c.converged
                                && de <= 1e-9
                                && ds <= 1e-9
                                && p.emdWarning().isEmpty();
            }
            Run r = new Run(run, before, loadAverage(), exact, sinkhorn);
            runs.add(r);
            printRun(o, r, s.threads());
        }
        List<Spread> summary = summary(sizes, runs);
        if (!runs.isEmpty()) {
            printSummary(o, summary, s.runs());
        }
        // a list of none or one (JSON has no Optional without an extra Jackson module)
        List<Online> online = List.of();
        if (s.onlineSize() > 0 || s.checkSize() > 0) {
            Online on = online(s, o);
            ok &= s.checkSize() == 0 || on.checkDifference() <= ONLINE_AGREEMENT;
            online = List.of(on);
        }
        Machine machine = machine(pot, numpy);
        o.printf(
                Locale.ROOT,
                "%nmachine: %d cores (%s), Java %s, inner loops %s, commit %s%s%n",
                machine.cores(),
                machine.cpu(),
                machine.java(),
                machine.simd(),
                machine.commit(),
                pot.isEmpty() ? "" : ", POT " + pot + " / NumPy " + numpy + " via " + s.python());
        o.println(
                ok
                        ? "costs agree with POT to 1e-9 (exact and Sinkhorn)"
                                + (s.checkSize() > 0
                                        ? " and online = dense log-domain to 1e-10"
                                        : "")
                                + ": yes"
                        : "agreement or convergence: NO (see the rows above)");
        return new Report("ot", machine, s, runs, summary, online, ok);
    }

    /** ε of the benchmark at size {@code n}: {@code 0.1 · mean C} of the dense cost matrix. */
    static double epsilon(int n) {
        return 0.1
                * CostMatrix.squaredEuclidean(
                                ReferenceClouds.circle(n), ReferenceClouds.parabola(n))
                        .mean();
    }

    /** cogs' measurements at one size. */
    private static final class Cogs {
        double epsilon;
        double exactSeconds = Double.POSITIVE_INFINITY;
        double exactCost;
        long pivots;
        boolean exactOptimal;
        double sinkhorn1Seconds = Double.POSITIVE_INFINITY;
        double sinkhornTSeconds = Double.POSITIVE_INFINITY;
        double sinkhornCost;
        double sinkhornTCost;
        long iterations;
        boolean converged;
    }

    /** JIT warm-up: every timed code path runs several times on mid-size problems first. */
    private static void warmUp(int threads) {
        for (int k = 0; k < 3; k++) {
            measure(300, 1, threads);
        }
        measure(500, 2, threads);
    }

    private static Cogs measure(int n, int repeats, int threads) {
        EmpiricalMeasure x = ReferenceClouds.circle(n);
        EmpiricalMeasure y = ReferenceClouds.parabola(n);
        CostMatrix c = CostMatrix.squaredEuclidean(x, y);
        double[] a = x.weights();
        double[] b = y.weights();
        Cogs r = new Cogs();
        r.epsilon = 0.1 * c.mean();
        // one untimed solve at this size first: the first large solve pays page faults of fresh
        // arrays and
        // recompilation for the new trip counts
        ExactOtResult exact = ExactOt.networkSimplex().solve(a, b, c);
        for (int k = 0; k < repeats; k++) {
            long t0 = System.nanoTime();
            exact = ExactOt.networkSimplex().solve(a, b, c);
            r.exactSeconds = Math.min(r.exactSeconds, (System.nanoTime() - t0) / 1e9);
        }
        r.exactCost = exact.cost();
        r.pivots = exact.iterations();
        r.exactOptimal = exact.converged();
        SinkhornOptions so =
                SinkhornOptions.of(r.epsilon).withMaxIterations(MAX_ITER).withTolerance(STOP);
        SinkhornResult s1 = Sinkhorn.of(so).solve(a, b, c);
        SinkhornResult st = Sinkhorn.of(so.withThreads(threads)).solve(a, b, c);
        for (int k = 0; k < repeats; k++) {
            long t0 = System.nanoTime();
            s1 = Sinkhorn.of(so).solve(a, b, c);
            r.sinkhorn1Seconds = Math.min(r.sinkhorn1Seconds, (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            st = Sinkhorn.of(so.withThreads(threads)).solve(a, b, c);
            r.sinkhornTSeconds = Math.min(r.sinkhornTSeconds, (System.nanoTime() - t0) / 1e9);
        }
        r.sinkhornCost = s1.cost();
        r.sinkhornTCost = st.cost();
        r.iterations = s1.iterations();
        r.converged = s1.converged() && st.converged();
        return r;
    }

    private static List<Spread> summary(int[] sizes, List<Run> runs) {
        List<Spread> out = new ArrayList<>();
        for (String method : new String[] {"exact", "sinkhorn"}) {
            for (int n : sizes) {
                List<Double> ratios = new ArrayList<>();
                for (Run r : runs) {
                    if (method.equals("exact")) {
                        r.exact().stream()
                                .filter(e -> e.n() == n)
                                .forEach(e -> ratios.add(e.ratio()));
                    } else {
                        r.sinkhorn().stream()
                                .filter(e -> e.n() == n)
                                .forEach(e -> ratios.add(e.ratio()));
                    }
                }
                if (ratios.isEmpty()) {
                    continue;
                }
                double[] sorted =
                        ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double median = median(sorted);
                out.add(
                        new Spread(
                                n,
                                method,
                                median,
                                sorted[0],
                                sorted[sorted.length - 1],
                                List.copyOf(ratios),
                                median <= TARGET_RATIO));
            }
        }
        return out;
    }

    private static void printRun(PrintStream o, Run r, int threads) {
        o.printf(
                Locale.ROOT,
                "%nrun %d (load average %.2f → %.2f)%n",
                r.run(),
                r.loadBefore(),
                r.loadAfter());
        o.printf(
                Locale.ROOT,
                "%-6s | %-38s | %-70s%n",
                "",
                "exact OT (network simplex vs ot.emd2)",
                "Sinkhorn (cogs 1 thread, cogs " + threads + " threads vs ot.sinkhorn2)");
        o.printf(
                Locale.ROOT,
                "%-6s | %9s %9s %7s %9s | %9s %9s %9s %7s %7s %7s %9s %9s%n",
                "n",
                "cogs s",
                "POT s",
                "ratio",
                "|Δcost|",
                "cogs1 s",
                "cogs" + threads + " s",
                "POT s",
                "ratio1",
                "ratio" + threads,
                "ratio",
                "|Δcost|",
                "iters");
        for (int k = 0; k < r.exact().size(); k++) {
            ExactRow e = r.exact().get(k);
            SinkhornRow s = r.sinkhorn().get(k);
            o.printf(
                    Locale.ROOT,
                    "%-6d | %9.4f %9.4f %7.2f %9.1e | %9.4f %9.4f %9.4f %7.2f %7.2f %7.2f %9.1e %4d/%-4d%n",
                    e.n(),
                    e.cogsSeconds(),
                    e.potSeconds(),
                    e.ratio(),
                    e.costDifference(),
                    s.cogsOneThreadSeconds(),
                    s.cogsThreadsSeconds(),
                    s.potSeconds(),
                    s.ratioOneThread(),
                    s.ratioThreads(),
                    s.ratio(),
                    s.costDifference(),
                    s.iterations(),
                    s.potIterations());
            if (!e.potWarning().isEmpty()) {
                o.println("  POT emd warning: " + e.potWarning());
            }
        }
        o.println(
                "ratio = cogs time / POT time (< 1: cogs faster); Sinkhorn ratio = the faster cogs setting."
                        + " iters: cogs counts updates, POT reports the index of the passing check (one less).");
    }

    private static void printSummary(PrintStream o, List<Spread> summary, int runs) {
        o.printf(
                Locale.ROOT,
                "%nsummary over %d run(s): median ratio [min, max], target ≤ %.2f%n",
                runs,
                TARGET_RATIO);
        for (Spread sp : summary) {
            o.printf(
                    Locale.ROOT,
                    "%-8s n = %-5d %5.2f [%4.2f, %4.2f] %s%n",
                    sp.method(),
                    sp.n(),
                    sp.median(),
                    sp.min(),
                    sp.max(),
                    sp.meetsTarget() ? "ok" : "ABOVE TARGET");
        }
    }

    // ------------------------------------------------------------------ kernel-free Sinkhorn

    private static Online online(Settings s, PrintStream o) {
        long checkIterations = 0;
        double onlineCost = Double.NaN;
        double denseCost = Double.NaN;
        double diff = Double.NaN;
        double onlinePerIt = Double.NaN;
        double densePerIt = Double.NaN;
        if (s.checkSize() > 0) {
            int n = s.checkSize();
            EmpiricalMeasure x = ReferenceClouds.circle(n);
            EmpiricalMeasure y = ReferenceClouds.parabola(n);
            CostMatrix c = CostMatrix.squaredEuclidean(x, y);
            OnlineSinkhornOptions opt =
                    OnlineSinkhornOptions.of(0.1 * c.mean())
                            .withMaxIterations(MAX_ITER)
                            .withTolerance(STOP)
                            .withThreads(s.threads());
            OnlineSinkhorn.of(opt.withMaxIterations(3)).solve(x, y);
            long t0 = System.nanoTime();
            OnlineSinkhornResult on = OnlineSinkhorn.of(opt).solve(x, y);
            double tOnline = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            SinkhornResult dense = Sinkhorn.of(opt.toDense()).solve(x.weights(), y.weights(), c);
            double tDense = (System.nanoTime() - t0) / 1e9;
            checkIterations = on.iterations();
            onlineCost = on.cost();
            denseCost = dense.cost();
            diff = Math.abs(onlineCost - denseCost);
            onlinePerIt = tOnline / on.iterations();
            densePerIt = tDense / dense.iterations();
            o.printf(
                    Locale.ROOT,
                    "%nkernel-free (online) Sinkhorn vs dense log-domain Sinkhorn, n = %d, %d threads:"
                            + " %d / %d iterations, cost %.15f vs %.15f, |Δ| = %.1e (required ≤ %.0e); %.4f s vs %.4f s per"
                            + " iteration%n",
                    n,
                    s.threads(),
                    on.iterations(),
                    dense.iterations(),
                    onlineCost,
                    denseCost,
                    diff,
                    ONLINE_AGREEMENT,
                    onlinePerIt,
                    densePerIt);
        }
        if (s.onlineSize() <= 0) {
            return new Online(
                    s.checkSize(),
                    checkIterations,
                    onlineCost,
                    denseCost,
                    diff,
                    onlinePerIt,
                    densePerIt,
                    0,
                    0,
                    Double.NaN,
                    s.threads(),
                    0,
                    Double.NaN,
                    Double.NaN,
                    "",
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN);
        }
        int n = s.onlineSize();
        EmpiricalMeasure x = ReferenceClouds.circle(n);
        EmpiricalMeasure y = ReferenceClouds.parabola(n);
        double eps = 0.1 * meanSquaredDistance(x, y);
        OnlineSinkhornOptions opt =
                OnlineSinkhornOptions.of(eps)
                        .withMaxIterations(MAX_ITER)
                        .withTolerance(STOP)
                        .withThreads(s.threads());
        double perIt;
        double total;
        OnlineSinkhornResult r;
        if (s.onlineIterations() > 0) {
            // the first iteration of a solve has no seeds and the last check and the cost pass are
            // extra: the
            // difference of a 1-iteration and a (1 + k)-iteration solve is k steady iterations
            long t0 = System.nanoTime();
            OnlineSinkhorn.of(opt.withMaxIterations(1)).solve(x, y);
            double t1 = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            r = OnlineSinkhorn.of(opt.withMaxIterations(1 + s.onlineIterations())).solve(x, y);
            total = (System.nanoTime() - t0) / 1e9;
            perIt = (total - t1) / s.onlineIterations();
        } else {
            long t0 = System.nanoTime();
            r = OnlineSinkhorn.of(opt).solve(x, y);
            total = (System.nanoTime() - t0) / 1e9;
            perIt = total / r.iterations();
        }
        double heapMiB = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
        double denseMiB = 8.0 * n * n / (1024.0 * 1024.0);
        o.printf(
                Locale.ROOT,
                "kernel-free Sinkhorn at n = %d (2-D, ε = %.6f, %d threads): %.3f s per iteration"
                        + " (%d iterations in %.1f s, %s, marginal error %.2e, cost %.12f); JVM max heap %.0f MiB, against %.0f"
                        + " MiB for one dense %dx%d matrix%n",
                n,
                eps,
                s.threads(),
                perIt,
                r.iterations(),
                total,
                r.status(),
                r.marginalError(),
                r.cost(),
                heapMiB,
                denseMiB,
                n,
                n);
        return new Online(
                s.checkSize(),
                checkIterations,
                onlineCost,
                denseCost,
                diff,
                onlinePerIt,
                densePerIt,
                n,
                x.dimension(),
                eps,
                s.threads(),
                r.iterations(),
                perIt,
                total,
                r.status().name(),
                r.marginalError(),
                r.cost(),
                heapMiB,
                denseMiB);
    }

    /**
     * {@code mean_ij ‖x_i − y_j‖² = mean‖x‖² + mean‖y‖² − 2 mean(x)·mean(y)} in O(n + m) (uniform
     * weights).
     */
    static double meanSquaredDistance(EmpiricalMeasure x, EmpiricalMeasure y) {
        double[] xs = x.pointsRowMajor();
        double[] ys = y.pointsRowMajor();
        int d = x.dimension();
        double[] mx = new double[d];
        double[] my = new double[d];
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < x.size(); i++) {
            for (int k = 0; k < d; k++) {
                double v = xs[i * d + k];
                mx[k] += v;
                sx += v * v;
            }
        }
        for (int j = 0; j < y.size(); j++) {
            for (int k = 0; k < d; k++) {
                double v = ys[j * d + k];
                my[k] += v;
                sy += v * v;
            }
        }
        double dot = 0;
        for (int k = 0; k < d; k++) {
            dot += (mx[k] / x.size()) * (my[k] / y.size());
        }
        return sx / x.size() + sy / y.size() - 2 * dot;
    }

    // ------------------------------------------------------------------ machine

    private static Machine machine(String pot, String numpy) {
        String simd = Sinkhorn.innerLoops();
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                simd,
                !"scalar".equals(simd),
                BenchEnvironment.gitDescribe(),
                pot,
                numpy);
    }

    private static String cpuModel() {
        try {
            for (String line :
                    Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the model stays unknown
        }
        return "unknown";
    }

    /** The 1-minute load average, or −1 where {@code /proc/loadavg} is missing. */
    static double loadAverage() {
        try {
            String s = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim();
            return Double.parseDouble(s.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The median of at least one value. */
    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int k = v.length;
        return k % 2 == 1 ? v[k / 2] : 0.5 * (v[k / 2 - 1] + v[k / 2]);
    }
}
