package dev.cogs.nets.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * Fits prompts of one {@link PromptClass} to a task (docs/yoneda-nets.md §2.3).
 *
 * <ul>
 *   <li><b>One-hot</b>: every token is tried; the best has the most robustly correct training
 *       inputs, then the least objective, then the smallest token.
 *   <li><b>Span</b> (\(u = U_a\pi\)) and <b>free</b> (\(u \in \mathbb{R}^q\)): Adam (lr, {@link
 *       AdamState}) for {@code steps} updates from {@code restarts} starts ({@link
 *       Initialisation}); a free prompt is projected back onto the ball \(|u| \le \rho\, r_{max}\)
 *       after every update. Under MSE the iterate of least loss is kept, under cross-entropy the
 *       last one (docs/yoneda-nets.md §6.3: never the best accuracy along the run). The restart of
 *       least training objective is reported, with every restart's summary.
 * </ul>
 *
 * All restarts (and, through {@link #fit(int[], int[], double[])}, all budgets) run in one batch,
 * which lets the matrix rows be reused from cache; runs from one start under several budgets are
 * computed once while they coincide and split when the projection first acts on one of them. Each
 * run's arithmetic is that of a separate call, so a batch gives bitwise the same prompts.
 *
 * <p>Deterministic: the starts are drawn from {@code new SplittableRandom(seed)} in a fixed order,
 * so equal arguments give equal results. Immutable and thread-safe (every call allocates its own
 * workspace).
 *
 * <p>Non-finite values: a restart whose objective becomes NaN or infinite stops and keeps its last
 * finite iterate, flagged {@link RestartSummary#diverged()}; such a restart is chosen only if every
 * restart diverged.
 */
public final class PromptTuner {

    private final PromptedNet net;
    private final Config config;

    private PromptTuner(PromptedNet net, Config config) {
        this.net = net;
        this.config = config;
    }

    /**
     * The settings of a fit (docs/yoneda-nets.md §2.3).
     *
     * @param promptClass the family of prompts
     * @param objective the objective on the training inputs
     * @param steps the Adam updates per restart, ≥ 0 (unused for one-hot)
     * @param learningRate Adam's step size, finite and &gt; 0
     * @param restarts the starts from tokens or Gaussian points, ≥ 1 (a free fit from tokens adds
     *     one Gaussian start)
     * @param normBudget ρ: free prompts are kept in \(|u| \le \rho\,r_{max}\); \(+\infty\) for
     *     none, which other classes require
     * @param initialisation where restarts start
     * @param robustMargin τ of the robust accuracy, finite and ≥ 0
     * @param seed the seed of the starts
     */
    public record Config(
            PromptClass promptClass,
            Objective objective,
            int steps,
            double learningRate,
            int restarts,
            double normBudget,
            Initialisation initialisation,
            double robustMargin,
            long seed) {

        /**
         * Validates.
         *
         * @param promptClass the class
         * @param objective the objective
         * @param steps the steps
         * @param learningRate the learning rate
         * @param restarts the restarts
         * @param normBudget ρ
         * @param initialisation the starts
         * @param robustMargin τ
         * @param seed the seed
         * @throws IllegalArgumentException if a number is out of range, or a budget is set for a
         *     class other than free
         */
        public Config {
            Objects.requireNonNull(promptClass, "promptClass");
            Objects.requireNonNull(objective, "objective");
            Objects.requireNonNull(initialisation, "initialisation");
            if (steps < 0) {
                throw new IllegalArgumentException("steps (" + steps + ") must be >= 0");
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException(
                        "learningRate (" + learningRate + ") must be finite and > 0");
            }
            if (restarts < 1) {
                throw new IllegalArgumentException("restarts (" + restarts + ") must be >= 1");
            }
            checkBudget(normBudget);
            if (promptClass != PromptClass.FREE && normBudget != Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "normBudget (%s) applies to free prompts only; %s needs +Infinity",
                                normBudget,
                                promptClass));
            }
            if (!(robustMargin >= 0) || Double.isInfinite(robustMargin)) {
                throw new IllegalArgumentException(
                        "robustMargin (" + robustMargin + ") must be finite and >= 0");
            }
        }

        /**
         * The experiment's defaults (docs/yoneda-nets.md §2.3): MSE, 3 000 steps, lr 0.01, 4
         * restarts, no budget, token starts, τ = 0.05, seed 1.
         *
         * @param promptClass the class
         * @return the defaults
         */
        public static Config defaults(PromptClass promptClass) {
            return new Config(
                    promptClass,
                    Objective.mse(),
                    3000,
                    0.01,
                    4,
                    Double.POSITIVE_INFINITY,
                    Initialisation.TOKENS,
                    PromptedNet.ROBUST_MARGIN,
                    1L);
        }

        /**
         * A copy with another objective.
         *
         * @param value the objective
         * @return the copy
         */
        public Config withObjective(Objective value) {
            return new Config(
                    promptClass,
                    value,
                    steps,
                    learningRate,
                    restarts,
                    normBudget,
                    initialisation,
                    robustMargin,
                    seed);
        }

        /**
         * A copy with another number of steps.
         *
         * @param value the steps
         * @return the copy
         */
        public Config withSteps(int value) {
            return new Config(
                    promptClass,
                    objective,
                    value,
                    learningRate,
                    restarts,
                    normBudget,
                    initialisation,
                    robustMargin,
                    seed);
        }

        /**
         * A copy with another learning rate.
         *
         * @param value the learning rate
         * @return the copy
         */
        public Config withLearningRate(double value) {
            return new Config(
                    promptClass,
                    objective,
                    steps,
                    value,
                    restarts,
                    normBudget,
                    initialisation,
                    robustMargin,
                    seed);
        }

        /**
         * A copy with another number of restarts.
         *
         * @param value the restarts
         * @return the copy
         */
        public Config withRestarts(int value) {
            return new Config(
                    promptClass,
                    objective,
                    steps,
                    learningRate,
                    value,
                    normBudget,
                    initialisation,
                    robustMargin,
                    seed);
        }

        /**
         * A copy with another norm budget.
         *
         * @param value ρ
         * @return the copy
         */
        public Config withNormBudget(double value) {
            return new Config(
                    promptClass,
                    objective,
                    steps,
                    learningRate,
                    restarts,
                    value,
                    initialisation,
                    robustMargin,
                    seed);
        }

        /**
         * A copy with other starts.
         *
         * @param value the initialisation
         * @return the copy
         */
        public Config withInitialisation(Initialisation value) {
            return new Config(
                    promptClass,
                    objective,
                    steps,
                    learningRate,
                    restarts,
                    normBudget,
                    value,
                    robustMargin,
                    seed);
        }

        /**
         * A copy with another seed.
         *
         * @param value the seed
         * @return the copy
         */
        public Config withSeed(long value) {
            return new Config(
                    promptClass,
                    objective,
                    steps,
                    learningRate,
                    restarts,
                    normBudget,
                    initialisation,
                    robustMargin,
                    value);
        }
    }

    private static void checkBudget(double rho) {
        if (!(rho > 0)) {
            throw new IllegalArgumentException(
                    "normBudget (" + rho + ") must be > 0 (+Infinity for none)");
        }
    }

    /**
     * A tuner for a net.
     *
     * @param net the prompted net
     * @param config the settings
     * @return the tuner
     */
    public static PromptTuner of(PromptedNet net, Config config) {
        return new PromptTuner(
                Objects.requireNonNull(net, "net"), Objects.requireNonNull(config, "config"));
    }

    /**
     * The net.
     *
     * @return the net
     */
    public PromptedNet net() {
        return net;
    }

    /**
     * The settings.
     *
     * @return the config
     */
    public Config config() {
        return config;
    }

    /**
     * Fits a prompt on all d inputs.
     *
     * @param y the task, length d, entries in [0, d)
     * @return the best prompt
     * @throws IllegalArgumentException if y is not a task of the net's size
     */
    public PromptFit tune(int[] y) {
        return fit(y, PromptedNet.allInputs(net.d));
    }

    /**
     * Fits a prompt on some inputs only (the few-shot arm, docs/yoneda-nets.md §1.5); the result's
     * {@link PromptFit#evaluation()} still covers all d inputs.
     *
     * @param y the task, length d (only the entries at {@code inputs} are used for fitting)
     * @param inputs the training inputs, distinct, in [0, d), at least one
     * @return the best prompt
     * @throws IllegalArgumentException if y or inputs is invalid
     */
    public PromptFit fit(int[] y, int[] inputs) {
        return fit(y, inputs, new double[] {config.normBudget()}).get(0);
    }

    /**
     * Fits free prompts under several norm budgets in one batch: element i equals {@code fit(y,
     * inputs)} with {@code config.withNormBudget(budgets[i])}, bitwise. The starts are the same for
     * every budget.
     *
     * @param y the task, length d
     * @param inputs the training inputs, distinct, in [0, d), at least one
     * @param budgets the budgets ρ, each &gt; 0 (\(+\infty\) for none)
     * @return one best prompt per budget, in order
     * @throws IllegalArgumentException if an argument is invalid, or several budgets (or a finite
     *     one) are given for a class other than free
     */
    public List<PromptFit> fit(int[] y, int[] inputs, double[] budgets) {
        PromptedNet.checkTask(y, net.d);
        PromptedNet.checkInputs(inputs, net.d);
        Objects.requireNonNull(budgets, "budgets");
        if (budgets.length == 0) {
            throw new IllegalArgumentException("budgets must not be empty");
        }
        for (double rho : budgets) {
            checkBudget(rho);
            if (config.promptClass() != PromptClass.FREE && rho != Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        "budget (" + rho + ") applies to free prompts only");
            }
        }
        int[] in = inputs.clone();
        OneHotSearch search = oneHotSearch(y, in);
        if (config.promptClass() == PromptClass.ONE_HOT) {
            if (budgets.length != 1) {
                throw new IllegalArgumentException(
                        "a one-hot fit takes one budget, not " + budgets.length);
            }
            return List.of(search.fit());
        }
        return optimise(y, in, budgets, search.best);
    }

    /** The one-hot search on the training inputs. */
    private OneHotSearch oneHotSearch(int[] y, int[] inputs) {
        int d = net.d;
        int[] all = PromptedNet.allInputs(d);
        OneHotSearch s = new OneHotSearch();
        s.training = new PromptEvaluation[d];
        s.objective = new double[d];
        int best = 0;
        for (int p = 0; p < d; p++) {
            double[] u = net.uaT[p];
            s.training[p] = net.evaluate(u, y, inputs, config.robustMargin());
            s.objective[p] = objectiveValue(u, y, inputs, s.training[p]);
            if (p > 0
                    && better(
                            s.training[p].robustCorrect(),
                            s.objective[p],
                            s.training[best].robustCorrect(),
                            s.objective[best])) {
                best = p;
            }
        }
        s.best = best;
        if (config.promptClass() == PromptClass.ONE_HOT) {
            List<RestartSummary> restarts = new ArrayList<>();
            PromptEvaluation[] evaluations = new PromptEvaluation[d];
            for (int p = 0; p < d; p++) {
                evaluations[p] = net.evaluate(net.uaT[p], y, all, config.robustMargin());
                restarts.add(
                        new RestartSummary(
                                p,
                                OptionalInt.of(p),
                                s.objective[p],
                                evaluations[p],
                                net.relativeNorm(net.uaT[p]),
                                false));
            }
            s.fit =
                    new PromptFit(
                            PromptClass.ONE_HOT,
                            config.objective(),
                            Double.POSITIVE_INFINITY,
                            net.uaT[best],
                            OptionalInt.of(best),
                            evaluations[best],
                            s.training[best],
                            s.objective[best],
                            net.relativeNorm(net.uaT[best]),
                            restarts,
                            best);
        }
        return s;
    }

    /** More robustly correct inputs wins; then the smaller objective (NaN loses). */
    private static boolean better(
            int robust, double objective, int bestRobust, double bestObjective) {
        if (robust != bestRobust) {
            return robust > bestRobust;
        }
        return Double.compare(objective, bestObjective) < 0 && !Double.isNaN(objective);
    }

    private double objectiveValue(double[] u, int[] y, int[] inputs, PromptEvaluation training) {
        if (config.objective() instanceof Objective.CrossEntropy) {
            return net.crossEntropy(
                    u, y, inputs, ((Objective.CrossEntropy) config.objective()).temperature());
        }
        return training.loss();
    }

    private static final class OneHotSearch {
        PromptEvaluation[] training;
        double[] objective;
        int best;
        PromptFit fit;

        PromptFit fit() {
            return fit;
        }
    }

    /** The starts: parameters (u for free, π for span) and the token each came from. */
    private List<double[]> starts(int bestToken, List<OptionalInt> tokens) {
        int d = net.d;
        int q = net.q;
        SplittableRandom random = new SplittableRandom(config.seed());
        boolean free = config.promptClass() == PromptClass.FREE;
        List<double[]> out = new ArrayList<>();
        if (config.initialisation() == Initialisation.TOKENS) {
            int[] others = new int[d - 1];
            for (int p = 0, i = 0; p < d; p++) {
                if (p != bestToken) {
                    others[i++] = p;
                }
            }
            for (int i = others.length - 1; i > 0; i--) {
                int k = random.nextInt(i + 1);
                int t = others[i];
                others[i] = others[k];
                others[k] = t;
            }
            int count = Math.min(config.restarts(), d);
            for (int i = 0; i < count; i++) {
                int token = i == 0 ? bestToken : others[i - 1];
                tokens.add(OptionalInt.of(token));
                if (free) {
                    out.add(net.uaT[token].clone());
                } else {
                    double[] pi = new double[d];
                    pi[token] = 1;
                    out.add(pi);
                }
            }
            if (free) {
                tokens.add(OptionalInt.empty());
                out.add(gaussian(random, q, net.rmax() / Math.sqrt(q)));
            }
        } else {
            for (int i = 0; i < config.restarts(); i++) {
                tokens.add(OptionalInt.empty());
                out.add(
                        free
                                ? gaussian(random, q, net.rmax() / Math.sqrt(q))
                                : gaussian(random, d, 1 / Math.sqrt(d)));
            }
        }
        return out;
    }

    private static double[] gaussian(SplittableRandom random, int n, double sigma) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = sigma * gaussian(random);
        }
        return v;
    }

    /**
     * A standard normal deviate by the polar method (SplittableRandom has no nextGaussian in Java
     * 17's API).
     */
    static double gaussian(SplittableRandom random) {
        while (true) {
            double a = 2 * random.nextDouble() - 1;
            double b = 2 * random.nextDouble() - 1;
            double s = a * a + b * b;
            if (s < 1 && s > 0) {
                return a * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }

    /**
     * One trajectory shared by the budgets whose runs coincide so far: runs from the same start
     * under different budgets are identical until the projection acts on one of them, so they are
     * computed once and split when the unprojected Adam step leaves a budget's ball (exactly where
     * the separate runs would part). Mutable state of one call; not thread-safe.
     */
    private static final class Branch {
        final int init;
        final List<Integer> budgets;
        final double[] p;
        final double[] prev;
        final double[] best;
        final AdamState adam;
        double bestValue = Double.POSITIVE_INFINITY;
        boolean active = true;
        boolean diverged;

        Branch(int init, List<Integer> budgets, double[] p, AdamState adam) {
            this.init = init;
            this.budgets = budgets;
            this.p = p;
            this.prev = p.clone();
            this.best = p.clone();
            this.adam = adam;
        }

        /** A copy for some of this branch's budgets, its point scaled by f (1 = unscaled). */
        Branch split(List<Integer> part, double f) {
            double[] q = p.clone();
            if (f != 1.0) {
                for (int i = 0; i < q.length; i++) {
                    q[i] *= f;
                }
            }
            Branch b = new Branch(init, part, q, adam.copy());
            System.arraycopy(prev, 0, b.prev, 0, prev.length);
            System.arraycopy(best, 0, b.best, 0, best.length);
            b.bestValue = bestValue;
            b.active = active;
            b.diverged = diverged;
            return b;
        }
    }

    /**
     * Splits a branch whose point was just moved: budgets whose ball holds the point keep it, the
     * others are projected onto their spheres, one new branch per distinct radius (the projection
     * of a separate run: \(p \mapsto p \cdot r/|p|\) when \(|p| &gt; r\)). Returns the new
     * branches.
     */
    private static List<Branch> splitByBudget(Branch branch, double[] radius) {
        List<Branch> out = new ArrayList<>();
        if (branch.budgets.size() == 1
                && radius[branch.budgets.get(0)] == Double.POSITIVE_INFINITY) {
            return out;
        }
        double norm = Math.sqrt(Kernels.normSquared(branch.p));
        List<Integer> inside = new ArrayList<>();
        List<List<Integer>> outside = new ArrayList<>();
        List<Double> radii = new ArrayList<>();
        for (int k : branch.budgets) {
            double r = radius[k];
            if (r == Double.POSITIVE_INFINITY || !(norm > r)) {
                inside.add(k);
            } else {
                int at = radii.indexOf(r);
                if (at < 0) {
                    radii.add(r);
                    outside.add(new ArrayList<>());
                    at = radii.size() - 1;
                }
                outside.get(at).add(k);
            }
        }
        if (outside.isEmpty()) {
            return out;
        }
        for (int i = 0; i < outside.size(); i++) {
            out.add(branch.split(outside.get(i), radii.get(i) / norm));
        }
        branch.budgets.clear();
        if (inside.isEmpty()) {
            // the first projected copy takes this branch's place
            Branch first = out.remove(0);
            System.arraycopy(first.p, 0, branch.p, 0, branch.p.length);
            branch.budgets.addAll(first.budgets);
        } else {
            branch.budgets.addAll(inside);
        }
        return out;
    }

    private List<PromptFit> optimise(int[] y, int[] inputs, double[] budgets, int bestToken) {
        int d = net.d;
        int q = net.q;
        boolean free = config.promptClass() == PromptClass.FREE;
        boolean mse = config.objective() instanceof Objective.Mse;
        List<OptionalInt> tokens = new ArrayList<>();
        List<double[]> starts = starts(bestToken, tokens);
        int inits = starts.size();
        int dim = free ? q : d;
        double[] radius = new double[budgets.length];
        for (int k = 0; k < budgets.length; k++) {
            radius[k] =
                    budgets[k] == Double.POSITIVE_INFINITY
                            ? Double.POSITIVE_INFINITY
                            : budgets[k] * net.rmax();
        }
        List<Branch> branches = new ArrayList<>();
        for (int i = 0; i < inits; i++) {
            List<Integer> every = new ArrayList<>();
            for (int k = 0; k < budgets.length; k++) {
                every.add(k);
            }
            Branch b = new Branch(i, every, starts.get(i).clone(), new AdamState(dim));
            branches.add(b);
            // a start outside a budget's ball is projected first, as a separate run would
            List<Branch> group = new ArrayList<>(List.of(b));
            group.addAll(splitByBudget(b, radius));
            for (Branch c : group) {
                System.arraycopy(c.p, 0, c.prev, 0, dim);
                System.arraycopy(c.p, 0, c.best, 0, dim);
            }
            branches.addAll(group.subList(1, group.size()));
        }
        int capacity = inits * budgets.length;
        // a span fit works in π space when that is cheaper (docs/yoneda-nets.md §4.2): its
        // objective is that of the free problem at u = U_a π, whose gradient by π is U_a^T times
        // the gradient by u; otherwise it goes through u = U_a π as a free prompt would
        boolean piSpace = !free && SpanProblem.cheaper(net, inputs.length, mse);
        PromptProblem problem =
                piSpace
                        ? null
                        : new PromptProblem(net, y, inputs, config.objective(), capacity, false);
        SpanProblem spanProblem =
                piSpace ? new SpanProblem(net, y, inputs, config.objective()) : null;
        double[][] spanU = free || piSpace ? null : new double[capacity][q];
        double[][] grads = new double[capacity][piSpace ? d : q];
        double[] gradPi = new double[dim];
        double[] values = new double[capacity];
        boolean[] active = new boolean[capacity];
        for (int t = 0; t <= config.steps(); t++) {
            int count = branches.size();
            double[][] us = new double[count][];
            for (int r = 0; r < count; r++) {
                Branch b = branches.get(r);
                active[r] = b.active;
                if (free || piSpace) {
                    us[r] = b.p;
                } else {
                    us[r] = spanU[r];
                    if (b.active) {
                        spanInPlace(b.p, us[r]);
                    }
                }
            }
            if (piSpace) {
                spanProblem.evaluate(us, active, values, grads);
            } else {
                problem.evaluate(us, active, values, grads);
            }
            boolean any = false;
            List<Branch> born = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                Branch b = branches.get(r);
                if (!b.active) {
                    continue;
                }
                if (!Double.isFinite(values[r])) {
                    b.diverged = true;
                    b.active = false;
                    System.arraycopy(b.prev, 0, b.p, 0, dim);
                    continue;
                }
                any = true;
                if (mse && values[r] < b.bestValue) {
                    b.bestValue = values[r];
                    System.arraycopy(b.p, 0, b.best, 0, dim);
                }
                if (t == config.steps()) {
                    continue;
                }
                double[] g = grads[r];
                if (!free && !piSpace) {
                    for (int k = 0; k < d; k++) {
                        gradPi[k] = Kernels.dot(net.uaT[k], grads[r], q);
                    }
                    g = gradPi;
                }
                System.arraycopy(b.p, 0, b.prev, 0, dim);
                b.adam.applyStepInPlace(b.p, g, config.learningRate());
                born.addAll(splitByBudget(b, radius));
            }
            branches.addAll(born);
            if (!any) {
                break;
            }
        }
        Branch[][] owner = new Branch[budgets.length][inits];
        for (Branch b : branches) {
            for (int k : b.budgets) {
                owner[k][b.init] = b;
            }
        }
        int[] all = PromptedNet.allInputs(d);
        List<PromptFit> fits = new ArrayList<>();
        for (int k = 0; k < budgets.length; k++) {
            List<RestartSummary> summaries = new ArrayList<>();
            double[][] kept = new double[inits][];
            PromptEvaluation[] training = new PromptEvaluation[inits];
            PromptEvaluation[] evaluation = new PromptEvaluation[inits];
            double[] objective = new double[inits];
            int chosen = -1;
            for (int i = 0; i < inits; i++) {
                Branch b = owner[k][i];
                double[] params = mse && b.bestValue < Double.POSITIVE_INFINITY ? b.best : b.p;
                double[] u = free ? params.clone() : net.span(params);
                kept[i] = u;
                training[i] = net.evaluate(u, y, inputs, config.robustMargin());
                evaluation[i] = net.evaluate(u, y, all, config.robustMargin());
                objective[i] = objectiveValue(u, y, inputs, training[i]);
                summaries.add(
                        new RestartSummary(
                                i,
                                tokens.get(i),
                                objective[i],
                                evaluation[i],
                                net.relativeNorm(u),
                                b.diverged));
                if (chosen < 0
                        || preferred(
                                objective[i],
                                b.diverged,
                                objective[chosen],
                                owner[k][chosen].diverged)) {
                    chosen = i;
                }
            }
            fits.add(
                    new PromptFit(
                            config.promptClass(),
                            config.objective(),
                            free ? budgets[k] : Double.POSITIVE_INFINITY,
                            kept[chosen],
                            OptionalInt.empty(),
                            evaluation[chosen],
                            training[chosen],
                            objective[chosen],
                            net.relativeNorm(kept[chosen]),
                            summaries,
                            chosen));
        }
        return fits;
    }

    /** A finished restart beats a diverged one; then the smaller objective (NaN loses). */
    private static boolean preferred(
            double objective, boolean diverged, double bestObjective, boolean bestDiverged) {
        if (diverged != bestDiverged) {
            return !diverged;
        }
        if (Double.isNaN(bestObjective)) {
            return !Double.isNaN(objective);
        }
        return objective < bestObjective;
    }

    private void spanInPlace(double[] pi, double[] u) {
        Arrays.fill(u, 0.0);
        for (int k = 0; k < net.d; k++) {
            if (pi[k] != 0) {
                Kernels.axpy(pi[k], net.uaT[k], u, net.q);
            }
        }
    }
}
