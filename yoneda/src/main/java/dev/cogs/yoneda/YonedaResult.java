package dev.cogs.yoneda;

import dev.cogs.category.foundation.LabelledTasks;
import dev.cogs.nets.analysis.PromptReach;
import dev.cogs.nets.prompt.FullFineTune;
import dev.cogs.nets.prompt.HeadFineTune;
import dev.cogs.nets.prompt.IdealityCertificate;
import dev.cogs.nets.prompt.PromptClass;
import dev.cogs.nets.prompt.PromptEvaluation;
import dev.cogs.nets.prompt.PromptFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Everything the experiment of docs/yoneda-nets.md §2 measured and decided, for a report to
 * present: the category table (§1.2), the net-independent Fourier predictions per task (§1.4), per
 * net its ideality and every arm on every task, the few-shot curves (§1.5), and a verdict with its
 * numbers for each prediction P1–P7 (§2.5).
 *
 * @param options the options the experiment ran with
 * @param categoryTable one row per task
 * @param taskPredictions one row per task
 * @param nets one result per net, constructions first, in the options' order
 * @param predictions P1, P1′, P2, …, P7 in that order
 * @param trainedNetChecks the acceptance checks 8–12 of docs/yoneda-nets.md §5 on the trained nets
 *     (ids C8, …, C12; not evaluated when the run has no trained net)
 * @param wallSeconds the elapsed time of the run
 * @param cpuSeconds the CPU time of all its threads
 */
public record YonedaResult(
        YonedaExperiment.Options options,
        List<CategoryRow> categoryTable,
        List<TaskPrediction> taskPredictions,
        List<NetResult> nets,
        List<PredictionCheck> predictions,
        List<PredictionCheck> trainedNetChecks,
        double wallSeconds,
        double cpuSeconds) {

    /**
     * Validates and copies.
     *
     * @param options the options
     * @param categoryTable the category table
     * @param taskPredictions the task predictions
     * @param nets the nets
     * @param predictions the verdicts
     * @param trainedNetChecks checks 8–12
     * @param wallSeconds elapsed seconds
     * @param cpuSeconds CPU seconds
     */
    public YonedaResult {
        Objects.requireNonNull(options, "options");
        categoryTable = List.copyOf(categoryTable);
        taskPredictions = List.copyOf(taskPredictions);
        nets = List.copyOf(nets);
        predictions = List.copyOf(predictions);
        trainedNetChecks = List.copyOf(trainedNetChecks);
    }

    /**
     * A row of the category table: both readings of a task (docs/yoneda-nets.md §1.2, §6.1).
     *
     * @param task the task
     * @param kind its affine type
     * @param reading the labelled and unlabelled verdicts, the token and h(y) from the category
     *     module
     */
    public record CategoryRow(Task task, TaskKind kind, LabelledTasks.TaskReading reading) {
        /**
         * Validates.
         *
         * @param task the task
         * @param kind the kind
         * @param reading the reading
         */
        public CategoryRow {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reading, "reading");
        }

        /**
         * Whether the labelled task presheaf \(T_y\) is representable (Theorem 1: solvable by a
         * prompt).
         *
         * @return the labelled verdict
         */
        public boolean representable() {
            return reading.labelled().solvable();
        }

        /**
         * The witness of the labelled verdict, in words.
         *
         * @return e.g. "candidate 0: |F(0)| = 23 but the hom-set has 1 elements", or
         *     "representable"
         */
        public String witness() {
            return reading.labelled().reason().describe();
        }

        /**
         * h(y), the best one-hot accuracy.
         *
         * @return h(y) as a double
         */
        public double hardPromptAccuracy() {
            return reading.hardPromptAccuracy().value();
        }
    }

    /**
     * The net-independent Fourier predictions for one task (docs/yoneda-nets.md §1.4).
     *
     * @param task the task
     * @param fourierBound B(y)
     * @param reach the argmax program with all channels (v, f, g)
     * @param reachWithoutBias the program with f and g only
     * @param reachOfSpan the program with f and v only: what token-span prompts can use
     */
    public record TaskPrediction(
            Task task,
            double fourierBound,
            PromptReach.ArgmaxReach reach,
            PromptReach.ArgmaxReach reachWithoutBias,
            PromptReach.ArgmaxReach reachOfSpan) {
        /**
         * Validates.
         *
         * @param task the task
         * @param fourierBound B
         * @param reach all channels
         * @param reachWithoutBias without bias
         * @param reachOfSpan circulant and bias
         */
        public TaskPrediction {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(reach, "reach");
            Objects.requireNonNull(reachWithoutBias, "reachWithoutBias");
            Objects.requireNonNull(reachOfSpan, "reachOfSpan");
        }
    }

    /**
     * One net's results.
     *
     * @param net the net
     * @param order its number of nodes q
     * @param rmax \(\max_P |U_a e_P|\), the unit of the budgets
     * @param certificate the ideality certificate of docs/yoneda-nets.md §1.1 (accuracy on all d²
     *     pairs)
     * @param countHeadFailures the pairs (b, c) where the category module's {@code
     *     IdealModel.check} finds \(|\{a : \arg\max o(a, b) = c\}| \ne |Hom(b, c)| = 1\) (a
     *     necessary condition, 0 for an ideal net)
     * @param ideal whether the certificate passes; only ideal nets are measured
     * @param linearSpanRank the rank of the L_lin design, for an ideal net
     * @param tasks per task, every arm (empty if not ideal)
     * @param fewShot the few-shot results (empty if not ideal)
     * @param seconds the wall time spent on this net's jobs, summed over threads
     */
    public record NetResult(
            NamedNet net,
            int order,
            double rmax,
            IdealityCertificate certificate,
            int countHeadFailures,
            boolean ideal,
            OptionalInt linearSpanRank,
            List<TaskResult> tasks,
            List<FewShotResult> fewShot,
            double seconds) {
        /**
         * Validates and copies.
         *
         * @param net the net
         * @param order q
         * @param rmax rmax
         * @param certificate the certificate
         * @param countHeadFailures category-side failures
         * @param ideal ideality
         * @param linearSpanRank the design rank
         * @param tasks the task results
         * @param fewShot the few-shot results
         * @param seconds seconds
         * @throws IllegalArgumentException if a non-ideal net carries measurements
         */
        public NetResult {
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(linearSpanRank, "linearSpanRank");
            tasks = List.copyOf(tasks);
            fewShot = List.copyOf(fewShot);
            if (!ideal && (!tasks.isEmpty() || !fewShot.isEmpty())) {
                throw new IllegalArgumentException(
                        "net " + net.name() + " is not ideal but has measurements");
            }
        }

        /**
         * The result for a task, by name.
         *
         * @param name the task's name
         * @return the result, if the net was measured on it
         */
        public Optional<TaskResult> task(String name) {
            return tasks.stream().filter(t -> t.task().name().equals(name)).findFirst();
        }

        /**
         * A point of a few-shot curve.
         *
         * @param taskName the few-shot task's name
         * @param promptClass the prompt family
         * @param k the number of training inputs
         * @return the point, if it was run
         */
        public Optional<FewShotResult> fewShot(String taskName, PromptClass promptClass, int k) {
            return fewShot.stream()
                    .filter(
                            f ->
                                    f.task().name().equals(taskName)
                                            && f.promptClass() == promptClass
                                            && f.k() == k)
                    .findFirst();
        }
    }

    /**
     * Every arm of docs/yoneda-nets.md §2.3 on one (net, task).
     *
     * @param task the task
     * @param linearSpanBound L_lin(net, y)
     * @param oneHot arm 1: every token, the best by robust accuracy
     * @param span arm 2: span prompts, MSE (the theorem-level arm)
     * @param spanCrossEntropy span prompts under cross-entropy ("bias channel", docs/yoneda-nets.md
     *     §6.6), if run
     * @param freeMse arm 3: free prompts, MSE, one fit per budget in the options' order
     * @param freeCe arm 4: free prompts, cross-entropy, one fit per budget
     * @param smallestSolvingBudget the smallest budget at which free-CE is robustly right on all d
     *     inputs
     * @param head arm 5: FT-head at the best one-hot prompt
     * @param full arm 6: FT-full from the best one-hot prompt
     */
    public record TaskResult(
            Task task,
            double linearSpanBound,
            PromptFit oneHot,
            PromptFit span,
            Optional<PromptFit> spanCrossEntropy,
            List<PromptFit> freeMse,
            List<PromptFit> freeCe,
            OptionalDouble smallestSolvingBudget,
            HeadFineTune.HeadFit head,
            FullFineTune.FullFit full) {
        /**
         * Validates and copies.
         *
         * @param task the task
         * @param linearSpanBound L_lin
         * @param oneHot one-hot
         * @param span span
         * @param spanCrossEntropy span-CE
         * @param freeMse free-MSE
         * @param freeCe free-CE
         * @param smallestSolvingBudget smallest budget
         * @param head FT-head
         * @param full FT-full
         */
        public TaskResult {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(oneHot, "oneHot");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(spanCrossEntropy, "spanCrossEntropy");
            freeMse = List.copyOf(freeMse);
            freeCe = List.copyOf(freeCe);
            Objects.requireNonNull(smallestSolvingBudget, "smallestSolvingBudget");
            Objects.requireNonNull(head, "head");
            Objects.requireNonNull(full, "full");
        }

        /**
         * The free-MSE fit at a budget.
         *
         * @param budget ρ, as given in the options
         * @return the fit, if that budget was run
         */
        public Optional<PromptFit> freeMse(double budget) {
            return freeMse.stream()
                    .filter(f -> Double.compare(f.budget(), budget) == 0)
                    .findFirst();
        }

        /**
         * The free-CE fit at a budget.
         *
         * @param budget ρ, as given in the options
         * @return the fit, if that budget was run
         */
        public Optional<PromptFit> freeCe(double budget) {
            return freeCe.stream().filter(f -> Double.compare(f.budget(), budget) == 0).findFirst();
        }

        /**
         * The free-MSE fit of least loss over all budgets.
         *
         * @return the best free-MSE fit
         */
        public PromptFit bestFreeMse() {
            PromptFit best = freeMse.get(0);
            for (PromptFit f : freeMse) {
                if (f.loss() < best.loss()) {
                    best = f;
                }
            }
            return best;
        }
    }

    /**
     * One point of a few-shot curve (docs/yoneda-nets.md §1.5, §2.3 item 7).
     *
     * @param task the task
     * @param promptClass the prompt family
     * @param k the number of training inputs
     * @param draws the metrics on all d inputs, one per random draw of k inputs
     * @param heldOut where the argmax lands on the inputs left out of the fit, summed over the
     *     draws (the evidence behind P7)
     */
    public record FewShotResult(
            Task task,
            PromptClass promptClass,
            int k,
            List<PromptEvaluation> draws,
            HeldOutArgmax heldOut) {
        /**
         * Validates and copies.
         *
         * @param task the task
         * @param promptClass the class
         * @param k k
         * @param draws the draws
         * @param heldOut the held-out census
         * @throws IllegalArgumentException if there is no draw
         */
        public FewShotResult {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(promptClass, "promptClass");
            Objects.requireNonNull(heldOut, "heldOut");
            draws = List.copyOf(draws);
            if (draws.isEmpty()) {
                throw new IllegalArgumentException("a few-shot point needs at least one draw");
            }
        }

        /**
         * The mean robust accuracy on all d inputs over the draws.
         *
         * @return the mean
         */
        public double meanRobustAccuracy() {
            double s = 0;
            for (PromptEvaluation e : draws) {
                s += e.robustAccuracy();
            }
            return s / draws.size();
        }
    }

    /**
     * Where a few-shot prompt's argmax lands on the inputs it was not fitted on, counted over the
     * draws of one few-shot point (docs/yoneda-nets.md §1.5). With the first training example
     * \((b_0, y_0)\), every held-out input b falls in the first class that applies:
     *
     * <ol>
     *   <li><b>answer</b>: the argmax is the task's y(b);
     *   <li><b>partner</b>: it is the other element of \(D_d\) through \((b_0, y_0)\) — the
     *       reflection \(b \mapsto y_0 + b_0 - b\) for a translation task, the translation \(b
     *       \mapsto b + y_0 - b_0\) for a reflection (never counted for other tasks);
     *   <li><b>constant</b>: it is \(y_0\), the constant map through the example, which a free
     *       prompt reaches through the class bias v (docs/yoneda-nets.md §1.4);
     *   <li><b>other</b>: anything else.
     * </ol>
     *
     * <p>§1.5 expects a free prompt fitted on one example to be an element of \(D_d\): all answer
     * or all partner per draw, nothing constant or other.
     *
     * @param answer held-out inputs answered as the task does
     * @param partner held-out inputs answered by the partner element of \(D_d\)
     * @param constant held-out inputs answered \(y_0\)
     * @param other the rest
     */
    public record HeldOutArgmax(int answer, int partner, int constant, int other) {
        /**
         * Validates.
         *
         * @param answer answer
         * @param partner partner
         * @param constant constant
         * @param other other
         * @throws IllegalArgumentException if a count is negative
         */
        public HeldOutArgmax {
            if (answer < 0 || partner < 0 || constant < 0 || other < 0) {
                throw new IllegalArgumentException(
                        "held-out counts must be >= 0: "
                                + answer
                                + ", "
                                + partner
                                + ", "
                                + constant
                                + ", "
                                + other);
            }
        }

        /**
         * The census of one prompt's outputs.
         *
         * @param out the d×d outputs, {@code [c][b]} (as {@code PromptedNet.output})
         * @param task the task the prompt was fitted to
         * @param inputs the training inputs, distinct, in [0, d), at least one; the first is
         *     \(b_0\)
         * @return the counts over the other inputs
         * @throws IllegalArgumentException if the sizes disagree or an input is out of range
         */
        public static HeldOutArgmax of(double[][] out, Task task, int[] inputs) {
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(inputs, "inputs");
            int d = task.d();
            if (out.length != d || inputs.length == 0) {
                throw new IllegalArgumentException(
                        "outputs with "
                                + out.length
                                + " rows and "
                                + inputs.length
                                + " inputs for a task of size "
                                + d);
            }
            int[] y = task.y();
            boolean[] fitted = new boolean[d];
            for (int b : inputs) {
                if (b < 0 || b >= d) {
                    throw new IllegalArgumentException("input " + b + " is outside [0, " + d + ")");
                }
                fitted[b] = true;
            }
            int b0 = inputs[0];
            int y0 = y[b0];
            TaskKind kind = task.kind();
            int answer = 0;
            int partner = 0;
            int constant = 0;
            int other = 0;
            for (int b = 0; b < d; b++) {
                if (fitted[b]) {
                    continue;
                }
                int best = 0;
                for (int c = 1; c < d; c++) {
                    if (out[c][b] > out[best][b]) {
                        best = c;
                    }
                }
                int mate = -1;
                if (kind == TaskKind.TRANSLATION) {
                    mate = Math.floorMod(y0 + b0 - b, d);
                } else if (kind == TaskKind.REFLECTION) {
                    mate = Math.floorMod(b + y0 - b0, d);
                }
                if (best == y[b]) {
                    answer++;
                } else if (best == mate) {
                    partner++;
                } else if (best == y0) {
                    constant++;
                } else {
                    other++;
                }
            }
            return new HeldOutArgmax(answer, partner, constant, other);
        }

        /**
         * The number of held-out inputs counted.
         *
         * @return the sum of the four counts
         */
        public int total() {
            return answer + partner + constant + other;
        }

        /**
         * The sum of two censuses.
         *
         * @param o the other census
         * @return the counts added
         */
        public HeldOutArgmax plus(HeldOutArgmax o) {
            return new HeldOutArgmax(
                    answer + o.answer, partner + o.partner, constant + o.constant, other + o.other);
        }
    }

    /** The outcome of a prediction. */
    public enum Verdict {
        /** Every piece of evidence holds. */
        PASS,
        /**
         * Some piece of evidence contradicts the prediction (a finding, docs/yoneda-nets.md §3).
         */
        FAIL,
        /** The run had nothing the prediction speaks about (e.g. no memorisation net for P5). */
        NOT_EVALUATED
    }

    /**
     * One measured quantity set against its prediction.
     *
     * @param net the net's name
     * @param task the task's name
     * @param quantity what was measured (e.g. "one-hot robust accuracy", "free-MSE loss at rho=2")
     * @param measured the measured value
     * @param predicted the predicted value or relation, in words and numbers
     * @param holds whether the measurement agrees with the prediction
     */
    public record Evidence(
            String net,
            String task,
            String quantity,
            double measured,
            String predicted,
            boolean holds) {
        /**
         * Validates.
         *
         * @param net the net
         * @param task the task
         * @param quantity the quantity
         * @param measured the value
         * @param predicted the prediction
         * @param holds agreement
         */
        public Evidence {
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(predicted, "predicted");
        }
    }

    /**
     * The verdict on one prediction of docs/yoneda-nets.md §2.5, with the numbers behind it.
     *
     * @param id "P1", "P1'", "P2", …, "P7"
     * @param statement the prediction as stated
     * @param verdict pass, fail or not evaluated
     * @param summary one line: how much evidence held, and the worst case
     * @param evidence every measurement the verdict rests on
     */
    public record PredictionCheck(
            String id, String statement, Verdict verdict, String summary, List<Evidence> evidence) {
        /**
         * Validates and copies.
         *
         * @param id the id
         * @param statement the statement
         * @param verdict the verdict
         * @param summary the summary
         * @param evidence the evidence
         */
        public PredictionCheck {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(summary, "summary");
            evidence = List.copyOf(evidence);
        }

        /**
         * The evidence that contradicts the prediction.
         *
         * @return the failing measurements
         */
        public List<Evidence> failures() {
            return evidence.stream().filter(e -> !e.holds()).toList();
        }
    }

    /** The arms of docs/yoneda-nets.md §2.3, as rows of {@link #measurements()}. */
    public enum Arm {
        /** Arm 1. */
        ONE_HOT,
        /** Arm 2 (MSE). */
        SPAN,
        /** Span prompts under cross-entropy: the bias channel. */
        SPAN_CE,
        /** Arm 3. */
        FREE_MSE,
        /** Arm 4. */
        FREE_CE,
        /** Arm 5. */
        FT_HEAD,
        /** Arm 6. */
        FT_FULL
    }

    /**
     * One (net, task, arm, budget) cell of the measured table, beside its prediction.
     *
     * @param net the net's name
     * @param task the task's name
     * @param arm the arm
     * @param budget ρ for free prompts, \(+\infty\) otherwise
     * @param robustCorrect the robustly correct inputs (of d)
     * @param inputs d
     * @param loss the projected MSE over the d inputs
     * @param relativeNorm \(|u|/r_{max}\) (NaN for the fine-tuning arms)
     * @param predictedRobustAccuracy h(y) for one-hot (exact) and span (an upper bound on z_F6 and
     *     z_M); NaN where nothing is predicted
     * @param lossLowerBound L_lin(net, y) for free prompts; NaN where nothing is predicted
     */
    public record Measurement(
            String net,
            String task,
            Arm arm,
            double budget,
            int robustCorrect,
            int inputs,
            double loss,
            double relativeNorm,
            double predictedRobustAccuracy,
            double lossLowerBound) {
        /**
         * Validates.
         *
         * @param net the net
         * @param task the task
         * @param arm the arm
         * @param budget ρ
         * @param robustCorrect robust count
         * @param inputs d
         * @param loss the loss
         * @param relativeNorm the norm
         * @param predictedRobustAccuracy the predicted accuracy
         * @param lossLowerBound the loss bound
         */
        public Measurement {
            Objects.requireNonNull(net, "net");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(arm, "arm");
        }

        /**
         * The robust accuracy.
         *
         * @return robustCorrect / inputs
         */
        public double robustAccuracy() {
            return (double) robustCorrect / inputs;
        }
    }

    /**
     * The measured table of docs/yoneda-nets.md §3 as flat rows: every ideal net × task × arm (×
     * budget).
     *
     * @return the rows, by net, then task, then arm
     */
    public List<Measurement> measurements() {
        List<Measurement> out = new ArrayList<>();
        for (NetResult n : nets) {
            for (TaskResult t : n.tasks()) {
                String name = n.net().name();
                String task = t.task().name();
                double h =
                        categoryRow(task).map(CategoryRow::hardPromptAccuracy).orElse(Double.NaN);
                double inf = Double.POSITIVE_INFINITY;
                out.add(row(name, task, Arm.ONE_HOT, inf, t.oneHot(), h, Double.NaN));
                out.add(row(name, task, Arm.SPAN, inf, t.span(), h, Double.NaN));
                t.spanCrossEntropy()
                        .ifPresent(
                                f ->
                                        out.add(
                                                row(
                                                        name,
                                                        task,
                                                        Arm.SPAN_CE,
                                                        inf,
                                                        f,
                                                        Double.NaN,
                                                        Double.NaN)));
                for (PromptFit f : t.freeMse()) {
                    out.add(
                            row(
                                    name,
                                    task,
                                    Arm.FREE_MSE,
                                    f.budget(),
                                    f,
                                    Double.NaN,
                                    t.linearSpanBound()));
                }
                for (PromptFit f : t.freeCe()) {
                    out.add(
                            row(
                                    name,
                                    task,
                                    Arm.FREE_CE,
                                    f.budget(),
                                    f,
                                    Double.NaN,
                                    t.linearSpanBound()));
                }
                PromptEvaluation head = t.head().evaluation();
                out.add(
                        new Measurement(
                                name,
                                task,
                                Arm.FT_HEAD,
                                inf,
                                head.robustCorrect(),
                                head.inputs(),
                                head.loss(),
                                Double.NaN,
                                1.0,
                                Double.NaN));
                PromptEvaluation full = t.full().evaluation();
                out.add(
                        new Measurement(
                                name,
                                task,
                                Arm.FT_FULL,
                                inf,
                                full.robustCorrect(),
                                full.inputs(),
                                full.loss(),
                                Double.NaN,
                                Double.NaN,
                                Double.NaN));
            }
        }
        return out;
    }

    private static Measurement row(
            String net, String task, Arm arm, double budget, PromptFit f, double h, double bound) {
        PromptEvaluation e = f.evaluation();
        return new Measurement(
                net,
                task,
                arm,
                budget,
                e.robustCorrect(),
                e.inputs(),
                e.loss(),
                f.relativeNorm(),
                h,
                bound);
    }

    /**
     * The category-table row of a task, by name.
     *
     * @param name the task's name
     * @return the row, if the task was run
     */
    public Optional<CategoryRow> categoryRow(String name) {
        return categoryTable.stream().filter(r -> r.task().name().equals(name)).findFirst();
    }

    /**
     * A prediction's verdict, by id.
     *
     * @param id e.g. "P4"
     * @return the check, if present
     */
    public Optional<PredictionCheck> prediction(String id) {
        return predictions.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * A trained-net check's verdict, by id.
     *
     * @param id e.g. "C10"
     * @return the check, if present
     */
    public Optional<PredictionCheck> trainedNetCheck(String id) {
        return trainedNetChecks.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
