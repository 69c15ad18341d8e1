package dev.cogs.cli.category;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.foundation.RotationExample;
import dev.cogs.category.foundation.RotationExample.TaskResult;
import dev.cogs.category.foundation.RotationModel;
import dev.cogs.category.graph.CategoryGraphs;
import dev.cogs.category.yoneda.RepresentabilityReport.Pair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints the runnable example of Corollary 1 (Yuan, arXiv:2211.16327; docs/category.md, "Numbers to
 * reproduce" E), computed by {@link RotationExample}, and writes the category's picture.
 */
public final class RotationDemo {

    private RotationDemo() {}

    /**
     * The whole run, as printed (text or JSON).
     *
     * @param model the reading of the rotation task
     * @param objects the number of images
     * @param morphisms the number of morphisms
     * @param yonedaFullyFaithful whether the embedding check passed on all pairs
     * @param fineTuningExact whether \(|\mathrm{Lan}_y T(h_P)| = |T(P)|\) for the classification
     *     copresheaf at every image
     * @param tasks the verdicts
     * @param dot the DOT file
     * @param png the PNG file, or empty string if not rendered
     * @param notice a notice about rendering, or empty
     */
    public record Result(
            String model,
            int objects,
            int morphisms,
            boolean yonedaFullyFaithful,
            boolean fineTuningExact,
            List<TaskResult> tasks,
            String dot,
            String png,
            String notice) {}

    /**
     * Runs the example and writes the picture.
     *
     * @param model the reading
     * @param out the output directory for the picture
     * @param dot the Graphviz executable, if any
     * @return the result
     * @throws IOException if the DOT file cannot be written
     */
    public static Result run(RotationModel model, Path out, Optional<Path> dot) throws IOException {
        RotationExample.Result r = RotationExample.run(model);
        FiniteCategory c = r.category();
        String base = model == RotationModel.ACTION_GROUPOID ? "rotation-r1" : "rotation-r2";
        DotRenderer.Result picture = DotRenderer.write(out, base, CategoryGraphs.toDot(c), dot);
        return new Result(
                model.name(),
                c.objectCount(),
                c.morphismCount(),
                r.yonedaFullyFaithful(),
                r.fineTuningExact(),
                r.tasks(),
                picture.dot().toString(),
                picture.png().map(Path::toString).orElse(""),
                picture.notice());
    }

    /**
     * The text report.
     *
     * @param r the result
     * @return the text
     */
    public static String text(Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "Corollary 1 (rotation pretext task), reading %s: %d images, %d morphisms%n",
                        r.model(),
                        r.objects(),
                        r.morphisms()));
        sb.append(
                String.format(
                        Locale.ROOT,
                        "Ideal model = Yoneda embedding, fully faithful on all %d pairs: %s%n",
                        r.objects() * r.objects(),
                        r.yonedaFullyFaithful() ? "yes" : "NO"));
        sb.append("Prompt tuning (Theorem 1: solvable iff the task is representable):\n");
        for (TaskResult t : r.tasks()) {
            if (t.solvable()) {
                List<String> us = new ArrayList<>();
                for (Pair p : t.universal()) {
                    us.add("(" + p.object() + ", " + p.element() + ")");
                }
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "  %-40s solvable; best prompts %s; universal elements %s%n",
                                t.task(),
                                t.prompts(),
                                String.join(" ", us)));
            } else {
                sb.append(
                        String.format(
                                Locale.ROOT,
                                "  %-40s NOT solvable by any prompt: %s%n",
                                t.task(),
                                t.reason()));
            }
        }
        sb.append(
                String.format(
                        Locale.ROOT,
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
