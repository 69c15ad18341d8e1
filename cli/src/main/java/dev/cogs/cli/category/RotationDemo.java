package dev.cogs.cli.category;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.graph.CategoryGraphs;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.Yoneda;
import dev.cogs.category.foundation.FineTuning;
import dev.cogs.category.foundation.PromptTuning;
import dev.cogs.category.foundation.RotationModel;
import dev.cogs.category.foundation.RotationTasks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The runnable example of Corollary 1 (Yuan, arXiv:2211.16327; spec category.md 'Numbers to
 * reproduce' E): the seven-image rotation category, prompt tuning per task, the fine-tuning check, and
 * the category's picture.
 */
public final class RotationDemo {

    private RotationDemo() {
    }

    /**
     * The verdict for one task.
     *
     * @param task the task's name
     * @param solvable whether some prompt solves it
     * @param prompts the best prompts (object names)
     * @param universal the (prompt, universal element) pairs
     * @param reason why not, or "representable"
     */
    public record TaskResult(String task, boolean solvable, List<String> prompts,
            List<RepresentabilityReport.Pair> universal, String reason) {
    }

    /**
     * The whole run.
     *
     * @param model the reading of the rotation task
     * @param objects the number of images
     * @param morphisms the number of morphisms
     * @param yonedaFullyFaithful whether the embedding check passed on all pairs
     * @param fineTuningExact whether \(|\mathrm{Lan}_y T(h_P)| = |T(P)|\) for the classification copresheaf
     *     at every image
     * @param tasks the verdicts
     * @param dot the DOT file
     * @param png the PNG file, or empty string if not rendered
     * @param notice a notice about rendering, or empty
     */
    public record Result(String model, int objects, int morphisms, boolean yonedaFullyFaithful,
            boolean fineTuningExact, List<TaskResult> tasks, String dot, String png, String notice) {
    }

    /**
     * Runs the example.
     *
     * @param model the reading
     * @param out the output directory for the picture
     * @param dot the Graphviz executable, if any
     * @return the result
     * @throws IOException if the DOT file cannot be written
     */
    public static Result run(RotationModel model, Path out, Optional<Path> dot) throws IOException {
        FiniteCategory c = RotationTasks.sevenImages(model);
        List<TaskResult> tasks = new ArrayList<>();
        for (RotationTasks.NamedTask t : RotationTasks.exampleTasks(c)) {
            PromptTuning.Verdict v = PromptTuning.decide(t.task());
            List<String> prompts = new ArrayList<>();
            for (int p : v.promptObjects()) {
                prompts.add(c.labels().object(p));
            }
            List<RepresentabilityReport.Pair> pairs = new ArrayList<>();
            for (PromptTuning.Prompt p : v.prompts()) {
                pairs.add(new RepresentabilityReport.Pair(c.labels().object(p.object()), p.universalElement()));
            }
            String reason = v.solvable() ? "representable" : RepresentabilityReport.describe(v.reason(), c, t.task());
            tasks.add(new TaskResult(t.name(), v.solvable(), prompts, pairs, reason));
        }
        boolean ff = Yoneda.embedding(c).isFullyFaithful();
        SetFunctor classification = SetFunctor.terminal(c, Variance.COVARIANT);
        boolean fine = FineTuning.failures(classification).isEmpty();
        String base = model == RotationModel.ACTION_GROUPOID ? "rotation-r1" : "rotation-r2";
        DotRenderer.Result picture = DotRenderer.write(out, base, CategoryGraphs.toDot(c), dot);
        return new Result(model.name(), c.objectCount(), c.morphismCount(), ff, fine, tasks,
                picture.dot().toString(), picture.png().map(Path::toString).orElse(""), picture.notice());
    }

    /**
     * The text report.
     *
     * @param r the result
     * @return the text
     */
    public static String text(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "Corollary 1 (rotation pretext task), reading %s: %d images, %d morphisms%n", r.model(), r.objects(),
                r.morphisms()));
        sb.append(String.format(Locale.ROOT, "Ideal model = Yoneda embedding, fully faithful on all %d pairs: %s%n",
                r.objects() * r.objects(), r.yonedaFullyFaithful() ? "yes" : "NO"));
        sb.append("Prompt tuning (Theorem 1: solvable iff the task is representable):\n");
        for (TaskResult t : r.tasks()) {
            if (t.solvable()) {
                List<String> us = new ArrayList<>();
                for (RepresentabilityReport.Pair p : t.universal()) {
                    us.add("(" + p.object() + ", " + p.element() + ")");
                }
                sb.append(String.format(Locale.ROOT, "  %-40s solvable; best prompts %s; universal elements %s%n",
                        t.task(), t.prompts(), String.join(" ", us)));
            } else {
                sb.append(String.format(Locale.ROOT, "  %-40s NOT solvable by any prompt: %s%n", t.task(), t.reason()));
            }
        }
        sb.append(String.format(Locale.ROOT,
                "Fine tuning (Theorem 2): Lan_y T(h_P) = T(P) for the classification task on every image: %s%n",
                r.fineTuningExact() ? "yes" : "NO"));
        sb.append("Wrote ").append(r.dot()).append('\n');
        if (!r.png().isEmpty()) {
            sb.append("Wrote ").append(r.png()).append('\n');
        }
        if (!r.notice().isEmpty()) {
            sb.append("Notice: ").append(r.notice()).append('\n');
        }
        return sb.toString();
    }
}
