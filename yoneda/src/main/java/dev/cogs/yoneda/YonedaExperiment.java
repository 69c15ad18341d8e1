package dev.cogs.yoneda;

import dev.cogs.category.foundation.IdealModel;
import dev.cogs.category.foundation.LabelledTasks;
import dev.cogs.category.foundation.PretextCategory;
import dev.cogs.nets.analysis.PromptReach;
import dev.cogs.nets.prompt.FullFineTune;
import dev.cogs.nets.prompt.HeadFineTune;
import dev.cogs.nets.prompt.IdealityCertificate;
import dev.cogs.nets.prompt.Initialisation;
import dev.cogs.nets.prompt.Objective;
import dev.cogs.nets.prompt.PromptClass;
import dev.cogs.nets.prompt.PromptEvaluation;
import dev.cogs.nets.prompt.PromptFit;
import dev.cogs.nets.prompt.PromptTuner;
import dev.cogs.nets.prompt.PromptedNet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The experiment of docs/yoneda-nets.md §2: Yuan's prompt-tuning theorem on CoGS nets.
 *
 * <p>For every task it computes the category side (the labelled and unlabelled verdicts, the token
 * and h(y), §1.2) and the net-independent Fourier side (B(y) and the argmax programs, §1.4). Every
 * net first meets the ideality certificate (§1.1: 100 % on all d² pretext pairs, with the category
 * module's count-head check beside it); a net that fails is reported as not ideal and left out. On
 * each ideal net and task it runs the arms of §2.3 (one-hot, span-MSE, span-CE, free-MSE and
 * free-CE under every budget, FT-head, FT-full) and the few-shot arm on the few-shot tasks, then
 * decides P1–P7 (§2.5, see {@link Predictions}).
 *
 * <p>Deterministic given the options: every random start and every few-shot draw comes from the
 * options' seed, and the jobs' results are assembled in a fixed order whatever the parallelism. The
 * work runs on {@link Options#parallelism()} threads of a pool created and shut down by {@link
 * #run(Options)}.
 */
public final class YonedaExperiment {

    private YonedaExperiment() {}

    /**
     * The experiment's settings; {@link #defaults()} gives those of docs/yoneda-nets.md §2.
     *
     * @param d the group size
     * @param constructions the constructed nets to include (z_F6, z_F4/6, z_M)
     * @param nets further nets, e.g. trained ones, of size d
     * @param tasks the tasks, each of length d
     * @param budgets the norm budgets ρ of the free arms, in units of \(r_{max}\) (\(+\infty\) for
     *     none)
     * @param restarts the token starts of span and free fits (free fits add one Gaussian start)
     * @param steps Adam steps of every optimised arm, including FT-full
     * @param learningRate Adam's step size
     * @param temperature the cross-entropy temperature
     * @param robustMargin τ of the robust accuracy
     * @param fewShotTasks the tasks of the few-shot arm, each of length d
     * @param fewShotSizes the numbers k of training inputs
     * @param fewShotDraws random draws of k inputs per point
     * @param fewShotRestarts Gaussian starts per few-shot fit
     * @param fewShotBudget ρ of the free few-shot fits
     * @param spanCrossEntropy whether to run the span-CE arm (the bias channel of
     *     docs/yoneda-nets.md §6.6)
     * @param seed the seed of every random choice
     * @param parallelism worker threads, at least 1
     */
    public record Options(
            int d,
            List<Construction> constructions,
            List<NamedNet> nets,
            List<Task> tasks,
            List<Double> budgets,
            int restarts,
            int steps,
            double learningRate,
            double temperature,
            double robustMargin,
            List<Task> fewShotTasks,
            List<Integer> fewShotSizes,
            int fewShotDraws,
            int fewShotRestarts,
            double fewShotBudget,
            boolean spanCrossEntropy,
            long seed,
            int parallelism) {

        /** The default group size, as in the trained nets of docs/yoneda-nets.md §2.1. */
        public static final int DEFAULT_D = 23;

        /** The default norm budgets {1, 2, ∞} (docs/yoneda-nets.md §2.3 item 3). */
        public static final List<Double> DEFAULT_BUDGETS =
                List.of(1.0, 2.0, Double.POSITIVE_INFINITY);

        /** The default restarts (R = 4). */
        public static final int DEFAULT_RESTARTS = 4;

        /** The default Adam steps. */
        public static final int DEFAULT_STEPS = 3000;

        /** The default learning rate. */
        public static final double DEFAULT_LEARNING_RATE = 0.01;

        /** The cross-entropy temperature of docs/yoneda-nets.md §2.3 item 4. */
        public static final double DEFAULT_TEMPERATURE = 0.05;

        /** The default few-shot sizes k. */
        public static final List<Integer> DEFAULT_FEW_SHOT_SIZES = List.of(1, 2, 3, 5);

        /** The default number of few-shot draws. */
        public static final int DEFAULT_FEW_SHOT_DRAWS = 10;

        /**
         * The default Gaussian starts per few-shot fit: one; the design note leaves it open, and
         * each of the ten draws is itself a sample of what a fit picks.
         */
        public static final int DEFAULT_FEW_SHOT_RESTARTS = 1;

        /** The default few-shot budget: the headline ρ = 2 of docs/yoneda-nets.md §6.4. */
        public static final double DEFAULT_FEW_SHOT_BUDGET = 2.0;

        /** The default seed. */
        public static final long DEFAULT_SEED = 1L;

        /**
         * Validates and copies.
         *
         * @param d d
         * @param constructions constructions
         * @param nets nets
         * @param tasks tasks
         * @param budgets budgets
         * @param restarts restarts
         * @param steps steps
         * @param learningRate learning rate
         * @param temperature temperature
         * @param robustMargin τ
         * @param fewShotTasks few-shot tasks
         * @param fewShotSizes k values
         * @param fewShotDraws draws
         * @param fewShotRestarts few-shot restarts
         * @param fewShotBudget few-shot ρ
         * @param spanCrossEntropy span-CE
         * @param seed seed
         * @param parallelism threads
         * @throws IllegalArgumentException if a size disagrees with d, a number is out of range,
         *     task names repeat, or a k exceeds d
         */
        public Options {
            constructions = List.copyOf(constructions);
            nets = List.copyOf(nets);
            tasks = List.copyOf(tasks);
            budgets = List.copyOf(budgets);
            fewShotTasks = List.copyOf(fewShotTasks);
            fewShotSizes = List.copyOf(fewShotSizes);
            if (d < 3) {
                throw new IllegalArgumentException("d (" + d + ") must be >= 3");
            }
            if (!constructions.isEmpty() && (d < 5 || d % 2 == 0)) {
                throw new IllegalArgumentException(
                        "d (" + d + ") must be odd and >= 5 for the constructions");
            }
            if (tasks.isEmpty()) {
                throw new IllegalArgumentException("tasks must not be empty");
            }
            List<String> names = new ArrayList<>();
            for (Task t : tasks) {
                checkSize("task " + t.name(), t.d(), d);
                if (names.contains(t.name())) {
                    throw new IllegalArgumentException("task name " + t.name() + " is repeated");
                }
                names.add(t.name());
            }
            for (Task t : fewShotTasks) {
                checkSize("few-shot task " + t.name(), t.d(), d);
            }
            List<String> netNames = new ArrayList<>();
            for (Construction c : constructions) {
                netNames.add(c.label());
            }
            for (NamedNet n : nets) {
                checkSize("net " + n.name(), n.weights().d(), d);
                if (netNames.contains(n.name())) {
                    throw new IllegalArgumentException("net name " + n.name() + " is repeated");
                }
                netNames.add(n.name());
            }
            if (budgets.isEmpty()) {
                throw new IllegalArgumentException("budgets must not be empty");
            }
            for (double rho : budgets) {
                if (!(rho > 0)) {
                    throw new IllegalArgumentException(
                            "budget (" + rho + ") must be > 0 (+Infinity for none)");
                }
            }
            for (int k : fewShotSizes) {
                if (k < 1 || k > d) {
                    throw new IllegalArgumentException(
                            "few-shot size (" + k + ") must be in [1, " + d + "]");
                }
            }
            positive("restarts", restarts);
            positive("fewShotDraws", fewShotDraws);
            positive("fewShotRestarts", fewShotRestarts);
            positive("parallelism", parallelism);
            if (steps < 0) {
                throw new IllegalArgumentException("steps (" + steps + ") must be >= 0");
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException(
                        "learningRate (" + learningRate + ") must be finite and > 0");
            }
            Objective.crossEntropy(temperature);
            if (!(robustMargin >= 0) || Double.isInfinite(robustMargin)) {
                throw new IllegalArgumentException(
                        "robustMargin (" + robustMargin + ") must be finite and >= 0");
            }
            if (!(fewShotBudget > 0)) {
                throw new IllegalArgumentException(
                        "fewShotBudget (" + fewShotBudget + ") must be > 0");
            }
        }

        private static void checkSize(String what, int size, int d) {
            if (size != d) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s has d = %d but the experiment has" + " d = %d",
                                what,
                                size,
                                d));
            }
        }

        private static void positive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " (" + value + ") must be >= 1");
            }
        }

        /**
         * The defaults of docs/yoneda-nets.md §2 at d = 23: the three constructions, the nine
         * tasks, budgets {1, 2, ∞}, 4 restarts, 3 000 steps at lr 0.01, T = 0.05, τ = 0.05,
         * few-shot on b+3 and −b with k ∈ {1, 2, 3, 5} and 10 draws, seed 1, one thread per
         * available processor.
         *
         * @return the defaults
         */
        public static Options defaults() {
            return defaults(DEFAULT_D);
        }

        /**
         * The defaults at another group size.
         *
         * @param d an odd group size, at least 5
         * @return the defaults
         * @throws IllegalArgumentException if d is even or smaller than 5
         */
        public static Options defaults(int d) {
            List<Integer> sizes = new ArrayList<>();
            for (int k : DEFAULT_FEW_SHOT_SIZES) {
                if (k <= d) {
                    sizes.add(k);
                }
            }
            return new Options(
                    d,
                    List.of(Construction.values()),
                    List.of(),
                    Task.defaults(d, DEFAULT_SEED),
                    DEFAULT_BUDGETS,
                    DEFAULT_RESTARTS,
                    DEFAULT_STEPS,
                    DEFAULT_LEARNING_RATE,
                    DEFAULT_TEMPERATURE,
                    PromptedNet.ROBUST_MARGIN,
                    List.of(Task.affine(d, 1, 3), Task.affine(d, -1, 0)),
                    sizes,
                    DEFAULT_FEW_SHOT_DRAWS,
                    DEFAULT_FEW_SHOT_RESTARTS,
                    DEFAULT_FEW_SHOT_BUDGET,
                    true,
                    DEFAULT_SEED,
                    Runtime.getRuntime().availableProcessors());
        }

        /**
         * A copy with other constructions.
         *
         * @param value the constructions
         * @return the copy
         */
        public Options withConstructions(List<Construction> value) {
            return new Options(
                    d,
                    value,
                    nets,
                    tasks,
                    budgets,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    seed,
                    parallelism);
        }

        /**
         * A copy with further nets (replacing any given before).
         *
         * @param value the nets
         * @return the copy
         */
        public Options withNets(List<NamedNet> value) {
            return new Options(
                    d,
                    constructions,
                    value,
                    tasks,
                    budgets,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    seed,
                    parallelism);
        }

        /**
         * A copy with other tasks.
         *
         * @param value the tasks
         * @return the copy
         */
        public Options withTasks(List<Task> value) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    value,
                    budgets,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    seed,
                    parallelism);
        }

        /**
         * A copy with other budgets.
         *
         * @param value the budgets
         * @return the copy
         */
        public Options withBudgets(List<Double> value) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    tasks,
                    value,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    seed,
                    parallelism);
        }

        /**
         * A copy with another number of restarts.
         *
         * @param value the restarts
         * @return the copy
         */
        public Options withRestarts(int value) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    tasks,
                    budgets,
                    value,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    seed,
                    parallelism);
        }

        /**
         * A copy with another number of steps.
         *
         * @param value the steps
         * @return the copy
         */
        public Options withSteps(int value) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    tasks,
                    budgets,
                    restarts,
                    value,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    seed,
                    parallelism);
        }

        /**
         * A copy with another few-shot plan.
         *
         * @param tasksValue the few-shot tasks
         * @param sizesValue the sizes k
         * @param drawsValue the draws per point
         * @return the copy
         */
        public Options withFewShot(
                List<Task> tasksValue, List<Integer> sizesValue, int drawsValue) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    tasks,
                    budgets,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    tasksValue,
                    sizesValue,
                    drawsValue,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    seed,
                    parallelism);
        }

        /**
         * A copy with another norm budget for the free few-shot fits.
         *
         * @param value ρ, &gt; 0 (\(+\infty\) for none)
         * @return the copy
         */
        public Options withFewShotBudget(double value) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    tasks,
                    budgets,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    value,
                    spanCrossEntropy,
                    seed,
                    parallelism);
        }

        /**
         * A copy with another seed (the tasks, including the random permutation, are kept).
         *
         * @param value the seed
         * @return the copy
         */
        public Options withSeed(long value) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    tasks,
                    budgets,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    value,
                    parallelism);
        }

        /**
         * A copy with another number of threads.
         *
         * @param value the threads
         * @return the copy
         */
        public Options withParallelism(int value) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    tasks,
                    budgets,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    spanCrossEntropy,
                    seed,
                    value);
        }

        /**
         * A copy with or without the span-CE arm.
         *
         * @param value whether to run it
         * @return the copy
         */
        public Options withSpanCrossEntropy(boolean value) {
            return new Options(
                    d,
                    constructions,
                    nets,
                    tasks,
                    budgets,
                    restarts,
                    steps,
                    learningRate,
                    temperature,
                    robustMargin,
                    fewShotTasks,
                    fewShotSizes,
                    fewShotDraws,
                    fewShotRestarts,
                    fewShotBudget,
                    value,
                    seed,
                    parallelism);
        }
    }

    /**
     * Runs the experiment.
     *
     * @param options the settings
     * @return everything measured and decided
     * @throws IllegalStateException if the run is interrupted
     */
    public static YonedaResult run(Options options) {
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        DoubleAdder cpu = new DoubleAdder();
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        options.parallelism(),
                        r -> {
                            Thread t = new Thread(r, "yoneda-worker");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            return new Run(options, pool, cpu).execute(start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run: its options, pool and CPU accounting. */
    private static final class Run {
        private final Options o;
        private final ExecutorService pool;
        private final DoubleAdder cpu;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

        Run(Options o, ExecutorService pool, DoubleAdder cpu) {
            this.o = o;
            this.pool = pool;
            this.cpu = cpu;
        }

        /** Submits a job that adds its thread's CPU time to the total. */
        private <T> Future<T> submit(Callable<T> job) {
            return pool.submit(
                    () -> {
                        long before = cpuNanos();
                        try {
                            return job.call();
                        } finally {
                            cpu.add((cpuNanos() - before) / 1e9);
                        }
                    });
        }

        private long cpuNanos() {
            return threads.isCurrentThreadCpuTimeSupported()
                    ? threads.getCurrentThreadCpuTime()
                    : 0L;
        }

        YonedaResult execute(long start) {
            long mainBefore = cpuNanos();
            int d = o.d();
            List<NamedNet> nets = new ArrayList<>();
            for (Construction c : o.constructions()) {
                nets.add(c.build(d));
            }
            nets.addAll(o.nets());
            List<Future<YonedaResult.TaskPrediction>> predictionJobs = new ArrayList<>();
            for (Task t : o.tasks()) {
                predictionJobs.add(submit(() -> predict(t)));
            }
            List<Future<Setup>> setupJobs = new ArrayList<>();
            LabelledTasks.CyclicInputs inputs = LabelledTasks.cyclicInputs(d);
            for (NamedNet n : nets) {
                setupJobs.add(submit(() -> setup(n, inputs)));
            }
            List<YonedaResult.CategoryRow> table = new ArrayList<>();
            for (Task t : o.tasks()) {
                table.add(
                        new YonedaResult.CategoryRow(
                                t, t.kind(), LabelledTasks.read(inputs, t.y())));
            }
            List<Setup> setups = new ArrayList<>();
            for (Future<Setup> f : setupJobs) {
                setups.add(get(f));
            }
            List<List<Future<Timed<YonedaResult.TaskResult>>>> taskJobs = new ArrayList<>();
            List<List<Future<Timed<YonedaResult.FewShotResult>>>> fewShotJobs = new ArrayList<>();
            for (Setup s : setups) {
                List<Future<Timed<YonedaResult.TaskResult>>> tj = new ArrayList<>();
                List<Future<Timed<YonedaResult.FewShotResult>>> fj = new ArrayList<>();
                if (s.ideal()) {
                    for (Task t : o.tasks()) {
                        tj.add(submit(() -> timed(() -> measure(s, t))));
                    }
                    for (int i = 0; i < o.fewShotTasks().size(); i++) {
                        Task t = o.fewShotTasks().get(i);
                        int index = i;
                        for (int k : o.fewShotSizes()) {
                            for (PromptClass c : PromptClass.values()) {
                                fj.add(submit(() -> timed(() -> fewShot(s, t, index, k, c))));
                            }
                        }
                    }
                }
                taskJobs.add(tj);
                fewShotJobs.add(fj);
            }
            List<YonedaResult.TaskPrediction> predictions = new ArrayList<>();
            for (Future<YonedaResult.TaskPrediction> f : predictionJobs) {
                predictions.add(get(f));
            }
            List<YonedaResult.NetResult> results = new ArrayList<>();
            for (int i = 0; i < setups.size(); i++) {
                Setup s = setups.get(i);
                double seconds = s.seconds();
                List<YonedaResult.TaskResult> tasks = new ArrayList<>();
                for (Future<Timed<YonedaResult.TaskResult>> f : taskJobs.get(i)) {
                    Timed<YonedaResult.TaskResult> r = get(f);
                    tasks.add(r.value());
                    seconds += r.seconds();
                }
                List<YonedaResult.FewShotResult> few = new ArrayList<>();
                for (Future<Timed<YonedaResult.FewShotResult>> f : fewShotJobs.get(i)) {
                    Timed<YonedaResult.FewShotResult> r = get(f);
                    few.add(r.value());
                    seconds += r.seconds();
                }
                results.add(
                        new YonedaResult.NetResult(
                                s.net(),
                                s.prompted().order(),
                                s.prompted().rmax(),
                                s.certificate(),
                                s.countHeadFailures(),
                                s.ideal(),
                                s.rank(),
                                tasks,
                                few,
                                seconds));
            }
            List<YonedaResult.PredictionCheck> checks = Predictions.evaluate(o, table, results);
            List<YonedaResult.PredictionCheck> trained =
                    TrainedNetChecks.evaluate(o, table, results);
            cpu.add((cpuNanos() - mainBefore) / 1e9);
            return new YonedaResult(
                    o,
                    table,
                    predictions,
                    results,
                    checks,
                    trained,
                    (System.nanoTime() - start) / 1e9,
                    cpu.sum());
        }

        private YonedaResult.TaskPrediction predict(Task t) {
            int[] y = t.y();
            return new YonedaResult.TaskPrediction(
                    t,
                    PromptReach.fourierBound(y),
                    PromptReach.argmaxReachable(y, EnumSet.allOf(PromptReach.Channel.class)),
                    PromptReach.argmaxReachable(
                            y, EnumSet.of(PromptReach.Channel.CIRC, PromptReach.Channel.HANKEL)),
                    PromptReach.argmaxReachable(
                            y, EnumSet.of(PromptReach.Channel.CIRC, PromptReach.Channel.BIAS)));
        }

        private Setup setup(NamedNet n, LabelledTasks.CyclicInputs inputs) {
            long t0 = System.nanoTime();
            PromptedNet net = PromptedNet.of(n.weights());
            IdealityCertificate certificate = net.idealityCertificate();
            int d = o.d();
            // the category module's certificate: the head's answer on (b, c) counts {a : argmax
            // o(a, b) = c}
            int[][] argmax = new int[d][d];
            for (int a = 0; a < d; a++) {
                double[][] out = net.output(net.oneHot(a));
                for (int b = 0; b < d; b++) {
                    int best = 0;
                    for (int c = 1; c < d; c++) {
                        if (out[c][b] > out[best][b]) {
                            best = c;
                        }
                    }
                    argmax[a][b] = best;
                }
            }
            int failures =
                    IdealModel.check(
                                    PretextCategory.of(inputs.inputs()),
                                    b -> b,
                                    (b, c) -> {
                                        int count = 0;
                                        for (int a = 0; a < d; a++) {
                                            count += argmax[a][b] == c ? 1 : 0;
                                        }
                                        return count;
                                    })
                            .size();
            boolean ideal = certificate.passes();
            PromptReach.LinearSpan span = ideal ? PromptReach.linearSpan(n.weights()) : null;
            return new Setup(
                    n,
                    net,
                    certificate,
                    failures,
                    ideal,
                    Optional.ofNullable(span),
                    (System.nanoTime() - t0) / 1e9);
        }

        private PromptTuner.Config config(PromptClass c) {
            return new PromptTuner.Config(
                    c,
                    Objective.mse(),
                    o.steps(),
                    o.learningRate(),
                    o.restarts(),
                    Double.POSITIVE_INFINITY,
                    Initialisation.TOKENS,
                    o.robustMargin(),
                    o.seed());
        }

        private YonedaResult.TaskResult measure(Setup s, Task t) {
            PromptedNet net = s.prompted();
            int[] y = t.y();
            int[] all = allInputs(o.d());
            double[] budgets = new double[o.budgets().size()];
            for (int i = 0; i < budgets.length; i++) {
                budgets[i] = o.budgets().get(i);
            }
            Objective ce = Objective.crossEntropy(o.temperature());
            PromptFit oneHot = PromptTuner.of(net, config(PromptClass.ONE_HOT)).tune(y);
            PromptFit span = PromptTuner.of(net, config(PromptClass.SPAN)).tune(y);
            Optional<PromptFit> spanCe =
                    o.spanCrossEntropy()
                            ? Optional.of(
                                    PromptTuner.of(net, config(PromptClass.SPAN).withObjective(ce))
                                            .tune(y))
                            : Optional.empty();
            List<PromptFit> freeMse =
                    PromptTuner.of(net, config(PromptClass.FREE)).fit(y, all, budgets);
            List<PromptFit> freeCe =
                    PromptTuner.of(net, config(PromptClass.FREE).withObjective(ce))
                            .fit(y, all, budgets);
            OptionalDouble smallest = OptionalDouble.empty();
            for (PromptFit f : freeCe) {
                if (f.evaluation().robustCorrect() == o.d()
                        && (smallest.isEmpty() || f.budget() < smallest.getAsDouble())) {
                    smallest = OptionalDouble.of(f.budget());
                }
            }
            HeadFineTune.HeadFit head = HeadFineTune.leastSquares(net, oneHot.u(), y);
            FullFineTune.FullFit full =
                    FullFineTune.adam(
                            net,
                            oneHot.u(),
                            y,
                            new FullFineTune.Config(o.steps(), o.learningRate()));
            double bound = s.span().orElseThrow().bound(y);
            return new YonedaResult.TaskResult(
                    t, bound, oneHot, span, spanCe, freeMse, freeCe, smallest, head, full);
        }

        private YonedaResult.FewShotResult fewShot(
                Setup s, Task t, int taskIndex, int k, PromptClass c) {
            int d = o.d();
            List<PromptEvaluation> draws = new ArrayList<>();
            YonedaResult.HeldOutArgmax census = new YonedaResult.HeldOutArgmax(0, 0, 0, 0);
            for (int i = 0; i < o.fewShotDraws(); i++) {
                int[] inputs = draw(d, k, taskIndex, i);
                PromptTuner.Config config =
                        new PromptTuner.Config(
                                c,
                                Objective.mse(),
                                o.steps(),
                                o.learningRate(),
                                o.fewShotRestarts(),
                                c == PromptClass.FREE
                                        ? o.fewShotBudget()
                                        : Double.POSITIVE_INFINITY,
                                Initialisation.GAUSSIAN,
                                o.robustMargin(),
                                o.seed() + i);
                PromptFit fit = PromptTuner.of(s.prompted(), config).fit(t.y(), inputs);
                draws.add(fit.evaluation());
                census =
                        census.plus(
                                YonedaResult.HeldOutArgmax.of(
                                        s.prompted().output(fit.u()), t, inputs));
            }
            return new YonedaResult.FewShotResult(t, c, k, draws, census);
        }

        /** k distinct inputs, the same for every net and prompt class: draw i of (task, k). */
        private int[] draw(int d, int k, int taskIndex, int i) {
            long mix = o.seed() * 0x9E3779B97F4A7C15L + 1_000_003L * taskIndex + 10_007L * k + i;
            SplittableRandom r = new SplittableRandom(mix);
            int[] perm = allInputs(d);
            for (int j = 0; j < k; j++) {
                int pick = j + r.nextInt(d - j);
                int tmp = perm[j];
                perm[j] = perm[pick];
                perm[pick] = tmp;
            }
            return java.util.Arrays.copyOf(perm, k);
        }

        private static int[] allInputs(int d) {
            int[] s = new int[d];
            for (int b = 0; b < d; b++) {
                s[b] = b;
            }
            return s;
        }

        private static <T> Timed<T> timed(Callable<T> job) throws Exception {
            long t0 = System.nanoTime();
            T value = job.call();
            return new Timed<>(value, (System.nanoTime() - t0) / 1e9);
        }

        private static <T> T get(Future<T> f) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the experiment was interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    /** A net after its certificate, with what its jobs share. */
    private record Setup(
            NamedNet net,
            PromptedNet prompted,
            IdealityCertificate certificate,
            int countHeadFailures,
            boolean ideal,
            Optional<PromptReach.LinearSpan> span,
            double seconds) {
        OptionalInt rank() {
            return span.isPresent() ? OptionalInt.of(span.get().rank()) : OptionalInt.empty();
        }
    }

    /** A job's value and wall time. */
    private record Timed<T>(T value, double seconds) {}
}
