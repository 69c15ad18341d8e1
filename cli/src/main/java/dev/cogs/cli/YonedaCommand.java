package dev.cogs.cli;

import dev.cogs.cli.support.GroupSizes;
import dev.cogs.cli.support.OutputFolder;
import dev.cogs.cli.support.UsageError;
import dev.cogs.cli.yoneda.YonedaReport;
import dev.cogs.yoneda.YonedaExperiment;
import dev.cogs.yoneda.YonedaResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code yoneda}: Yuan's prompt-tuning theorem tested on CoGS nets (docs/yoneda-nets.md §4). */
@Command(
        name = "yoneda",
        mixinStandardHelpOptions = true,
        description = {
            "Tests Yuan's prompt-tuning theorem (arXiv:2211.16327) on the constructed ideal CoGS nets: "
                    + "the category table, every prompt arm per net and task, and the predictions P1-P7 with their "
                    + "evidence (docs/yoneda-nets.md).",
            "Writes yoneda.json and yoneda.csv into --out.",
            "",
            "Exit codes: 0 success, 2 bad input (one line naming the option), 1 a failure while running, 130"
                    + " interrupted."
        })
final class YonedaCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--d",
            defaultValue = "23",
            description = "Odd group size, at least 5 (default: ${DEFAULT-VALUE}).")
    int d;

    @Option(
            names = "--budgets",
            defaultValue = "1,2,inf",
            split = ",",
            description =
                    "Norm budgets of the free prompts, > 0 or inf (default: ${DEFAULT-VALUE}).")
    List<String> budgets;

    @Option(
            names = "--restarts",
            defaultValue = "4",
            description = "Restarts per free prompt (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(
            names = "--steps",
            defaultValue = "3000",
            description = "Steps per free prompt (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "cogs-yoneda",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--json", description = "Print the report's JSON instead of text.")
    boolean json;

    @Option(names = "--quick", description = "Few restarts and steps (a smoke run).")
    boolean quick;

    @Override
    public Integer call() throws IOException {
        PrintWriter outWriter = spec.commandLine().getOut();
        GroupSizes.requireOdd("--d", d);
        if (d < 5) {
            throw new UsageError("--d", "d = " + d + ": the yoneda experiment needs d >= 5");
        }
        if (restarts < 1) {
            throw new UsageError("--restarts " + restarts, "must be >= 1");
        }
        if (steps < 1) {
            throw new UsageError("--steps " + steps, "must be >= 1");
        }
        List<Double> values = new ArrayList<>();
        for (String b : budgets) {
            double v;
            try {
                v =
                        "inf".equalsIgnoreCase(b.strip())
                                ? Double.POSITIVE_INFINITY
                                : Double.parseDouble(b.strip());
            } catch (NumberFormatException e) {
                throw new UsageError("--budgets", "not a number: " + b);
            }
            if (!(v > 0)) {
                throw new UsageError("--budgets", "a norm budget must be > 0, got " + b);
            }
            if (values.contains(v)) {
                throw new UsageError("--budgets", b.strip() + " is listed twice; give each once");
            }
            values.add(v);
        }
        YonedaExperiment.Options options;
        try {
            options =
                    YonedaExperiment.Options.defaults(d)
                            .withBudgets(values)
                            .withRestarts(quick ? 1 : restarts)
                            .withSteps(quick ? Math.min(steps, 200) : steps);
        } catch (IllegalArgumentException e) {
            throw new UsageError("options", e.getMessage());
        }
        OutputFolder.prepare("--out", out);
        YonedaResult result = YonedaExperiment.run(options);
        YonedaReport.write(result, out);
        if (json) {
            outWriter.println(YonedaReport.json(result).toPrettyString());
        } else {
            for (YonedaResult.PredictionCheck check : result.predictions()) {
                outWriter.println(check.id() + " " + check.verdict() + ": " + check.summary());
            }
            outWriter.println(
                    "wrote " + out.resolve("yoneda.json") + " and " + out.resolve("yoneda.csv"));
        }
        outWriter.flush();
        return 0;
    }
}
