package dev.cogs.bench;

import dev.cogs.bench.category.CategoryBench;
import dev.cogs.cli.JsonOutput;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code category}: Times functor and natural-transformation counting and representability. */
@Command(
        name = "category",
        mixinStandardHelpOptions = true,
        description = {
            "Times functor counts, natural-transformation counts (backtracking search with "
                    + "propagation) and representability decisions on categories with up to ~50 morphisms and random "
                    + "presheaves with fibres up to 10 elements. Goal: each operation under one second.",
            "Peer: brute-force enumeration of all component families with a naturality check, run when its "
                    + "space has at most --brute-limit points; its count must agree with the search.",
            "Exit code 0 if every operation met the goal, 1 otherwise."
        })
final class BenchCategoryCommand implements Callable<Integer> {

    @Option(
            names = "--seed",
            defaultValue = "20231",
            description = "Seed of the random presheaves (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--repetitions",
            defaultValue = "5",
            description = "Timing repetitions; the median is printed (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(
            names = "--brute-limit",
            defaultValue = "2000000",
            description =
                    "Largest brute-force space the peer enumerates (default: ${DEFAULT-VALUE}).")
    long bruteLimit;

    @Option(names = "--json", description = "Print the rows as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (repetitions < 1) {
            System.err.println(
                    "cogs bench category: --repetitions (" + repetitions + ") must be >= 1");
            return 2;
        }
        List<CategoryBench.Row> rows = CategoryBench.run(seed, repetitions, bruteLimit);
        if (json) {
            JsonOutput.print(rows);
        } else {
            System.out.print(CategoryBench.table(rows));
        }
        return rows.stream().allMatch(r -> r.millis() < 1000) ? 0 : 1;
    }
}
