package dev.cogs.category.foundation;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.RepresentabilityReport;
import dev.cogs.category.yoneda.Yoneda;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The runnable example of Corollary 1 (Yuan, arXiv:2211.16327; docs/category.md, "Numbers to
 * reproduce" E): the seven-image rotation category, the prompt-tuning verdict of every example
 * task, the full faithfulness of the Yoneda embedding and the fine-tuning check, with the
 * category's labels. Stateless; results are immutable.
 */
public final class RotationExample {

    private RotationExample() {}

    /**
     * The verdict for one task.
     *
     * @param task the task's name
     * @param solvable whether some prompt solves it
     * @param prompts the best prompts (object names), ascending by object
     * @param universal the (prompt, universal element) pairs
     * @param reason why not (in words, with names), or {@code "representable"}
     */
    public record TaskResult(
            String task,
            boolean solvable,
            List<String> prompts,
            List<RepresentabilityReport.Pair> universal,
            String reason) {
        /**
         * Validates and copies.
         *
         * @param task the task's name
         * @param solvable whether some prompt solves it
         * @param prompts the best prompts
         * @param universal the pairs
         * @param reason the reason
         */
        public TaskResult {
            Objects.requireNonNull(task, "task");
            prompts = List.copyOf(prompts);
            universal = List.copyOf(universal);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The whole example.
     *
     * @param model the reading of the rotation task
     * @param category the seven-image rotation category ({@link
     *     RotationTasks#sevenImages(RotationModel)})
     * @param yonedaFullyFaithful whether the embedding check passed on all pairs of objects
     * @param fineTuningExact whether \(|\mathrm{Lan}_y T(h_P)| = |T(P)|\) for the classification
     *     copresheaf at every image
     * @param tasks the verdicts, in the order of {@link RotationTasks#exampleTasks(FiniteCategory)}
     */
    public record Result(
            RotationModel model,
            FiniteCategory category,
            boolean yonedaFullyFaithful,
            boolean fineTuningExact,
            List<TaskResult> tasks) {
        /**
         * Validates and copies.
         *
         * @param model the reading
         * @param category the category
         * @param yonedaFullyFaithful the embedding check
         * @param fineTuningExact the fine-tuning check
         * @param tasks the verdicts
         */
        public Result {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(category, "category");
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * Runs the example.
     *
     * @param model the reading of the rotation task
     * @return the category, the verdicts and the two checks
     */
    public static Result run(RotationModel model) {
        FiniteCategory c = RotationTasks.sevenImages(Objects.requireNonNull(model, "model"));
        List<TaskResult> tasks = new ArrayList<>();
        for (RotationTasks.NamedTask t : RotationTasks.exampleTasks(c)) {
            PromptTuning.Verdict v = PromptTuning.decide(t.task());
            List<String> prompts = new ArrayList<>();
            for (int p : v.promptObjects()) {
                prompts.add(c.labels().object(p));
            }
            List<RepresentabilityReport.Pair> pairs = new ArrayList<>();
            for (PromptTuning.Prompt p : v.prompts()) {
                pairs.add(
                        new RepresentabilityReport.Pair(
                                c.labels().object(p.object()), p.universalElement()));
            }
            String reason =
                    v.solvable()
                            ? "representable"
                            : RepresentabilityReport.describe(v.reason(), c, t.task());
            tasks.add(new TaskResult(t.name(), v.solvable(), prompts, pairs, reason));
        }
        boolean ff = Yoneda.embedding(c).isFullyFaithful();
        SetFunctor classification = SetFunctor.terminal(c, Variance.COVARIANT);
        boolean fine = FineTuning.failures(classification).isEmpty();
        return new Result(model, c, ff, fine, tasks);
    }
}
