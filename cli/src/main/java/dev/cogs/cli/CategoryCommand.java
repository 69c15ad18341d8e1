package dev.cogs.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.category.foundation.RotationModel;
import dev.cogs.category.foundation.RotationTasks;
import dev.cogs.category.io.CategoryFormat;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.yoneda.RepresentabilityReport;
import dev.cogs.cli.category.DotRenderer;
import dev.cogs.cli.category.RotationDemo;
import dev.cogs.cli.support.OutputFolder;
import dev.cogs.cli.support.UsageError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code category}: Finite categories, presheaves and the representability decision. */
@Command(
        name = "category",
        mixinStandardHelpOptions = true,
        description = {
            "Finite categories, presheaves and the representability decision (Theorem 1 of Yuan, "
                    + "On the Power of Foundation Models, arXiv:2211.16327: prompt tuning solves a task iff it is "
                    + "representable).",
            "",
            "With --input FILE: reads a finite category and presheaves from JSON, checks them and prints for each "
                    + "presheaf whether it is representable and by which pairs (X, x), or why not.",
            "Without --input: runs the rotation example of Corollary 1 (7 images: a free orbit A0..A3, a "
                    + "180-degree-symmetric orbit B0 B1, a symmetric image C0), prints for each task whether prompt tuning "
                    + "solves it and with which prompts, and writes the category's graph as DOT and (with Graphviz 'dot' "
                    + "on PATH) PNG into --out.",
            "",
            "File format (docs/category-format.md; example docs/examples/rotation.json):",
            "  {\"category\": {\"objects\": [\"X\", \"Y\"],",
            "                \"morphisms\": [{\"name\": \"f\", \"dom\": \"X\", \"cod\": \"Y\"}],",
            "                \"compose\": [[\"g\", \"f\", \"h\"]]},      (g after f equals h)",
            "   \"presheaves\": [{\"name\": \"F\", \"variance\": \"presheaf\",",
            "                   \"sizes\": {\"X\": 2, \"Y\": 1}, \"actions\": {\"f\": [0, 0]}}]}",
            "Identities are implicit and named id_<object>. Every composable pair of non-identity morphisms "
                    + "needs a compose entry.",
            "A presheaf's morphism f: X -> Y acts F(Y) -> F(X), so actions.f lists the images of the elements "
                    + "of F(Y); a copresheaf's acts F(X) -> F(Y). Actions may be given on generators only; missing "
                    + "sizes are 0.",
            "",
            "Files are read strictly: unknown keys (with a suggestion), keys given twice and two compose entries for"
                    + " one pair are refused; sizes above --max-morphisms / --max-elements are refused before any work.",
            "Exit codes: 0 success, 2 bad input (one line naming the option or the file and entry), 1 a failure"
                    + " while running, 130 interrupted."
        })
final class CategoryCommand implements Callable<Integer> {

    @Option(
            names = "--input",
            paramLabel = "FILE",
            description = "JSON file with a category and presheaves.")
    Path input;

    @Option(names = "--json", description = "Print machine-readable JSON instead of text.")
    boolean json;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "cogs-category",
            description =
                    "Output directory of the rotation example's DOT/PNG (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--model",
            defaultValue = "ACTION_GROUPOID",
            description =
                    "Reading of the rotation task: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RotationModel model;

    @Option(
            names = "--export",
            paramLabel = "FILE",
            description =
                    "Write the rotation example (category and tasks) in the JSON format to FILE and exit.")
    Path export;

    @Option(
            names = "--max-morphisms",
            paramLabel = "N",
            defaultValue = "4000",
            description =
                    "Largest number of morphisms of --input, identities included (the composition table"
                            + " has N^2 entries; default: ${DEFAULT-VALUE}, 64 MB; at most 46340).")
    int maxMorphisms;

    @Option(
            names = "--max-elements",
            paramLabel = "N",
            defaultValue = "10000000",
            description =
                    "Largest total fibre size of one presheaf of --input (default: ${DEFAULT-VALUE}).")
    long maxElements;

    @Override
    public Integer call() throws IOException {
        if (maxMorphisms < 1 || maxMorphisms > 46_340) {
            throw new UsageError("--max-morphisms " + maxMorphisms, "must be in 1..46340");
        }
        if (maxElements < 1) {
            throw new UsageError("--max-elements " + maxElements, "must be >= 1");
        }
        if (export != null) {
            if (input != null) {
                throw new UsageError("--export", "give either --export or --input, not both");
            }
            var c = RotationTasks.sevenImages(model);
            List<CategoryFormat.NamedFunctor> tasks = new ArrayList<>();
            for (RotationTasks.NamedTask t : RotationTasks.exampleTasks(c)) {
                tasks.add(new CategoryFormat.NamedFunctor(t.name(), t.task()));
            }
            if (Files.isDirectory(export)) {
                throw new UsageError("--export " + export, "is a folder, not a file");
            }
            Path parent = export.toAbsolutePath().getParent();
            if (parent != null) {
                OutputFolder.prepare("--export", parent);
            }
            Files.writeString(export, CategoryFormat.write(c, tasks), StandardCharsets.UTF_8);
            System.out.println("Wrote " + export);
            return 0;
        }
        if (input == null) {
            OutputFolder.prepare("--out", out);
            RotationDemo.Result r = RotationDemo.run(model, out, DotRenderer.findDot());
            if (json) {
                JsonOutput.print(r);
            } else {
                System.out.print(RotationDemo.text(r));
            }
            return 0;
        }
        if (Files.isDirectory(input)) {
            throw new UsageError("--input " + input, "is a folder, not a file");
        }
        String text;
        try {
            text = Files.readString(input, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UsageError(input.toString(), "not a text file in UTF-8");
        }
        CategoryFormat.Document doc;
        try {
            doc =
                    CategoryFormat.read(
                            text, new CategoryFormat.Limits(maxMorphisms, maxElements, 64));
        } catch (IllegalArgumentException e) {
            throw new UsageError(
                    input.toString(),
                    e.getMessage()
                            .replace("limit maxMorphisms (", "limit --max-morphisms (")
                            .replace("limit maxElements (", "limit --max-elements ("));
        }
        List<RepresentabilityReport> reports = new ArrayList<>();
        for (CategoryFormat.NamedFunctor nf : doc.functors()) {
            SetFunctor f = nf.functor();
            reports.add(RepresentabilityReport.of(nf.name(), f));
        }
        if (json) {
            ObjectMapper mapper = JsonOutput.mapper();
            var root = mapper.createObjectNode();
            root.put("file", input.toString());
            root.put("objects", doc.category().objectCount());
            root.put("morphisms", doc.category().morphismCount());
            root.set("presheaves", mapper.valueToTree(reports));
            JsonOutput.print(root);
        } else {
            System.out.printf(
                    "%s: a category with %d objects and %d morphisms (axioms hold), %d presheaves%n",
                    input,
                    doc.category().objectCount(),
                    doc.category().morphismCount(),
                    reports.size());
            for (RepresentabilityReport r : reports) {
                System.out.println("  " + r.line());
            }
        }
        return 0;
    }
}
