package dev.cogs.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bench}: speed benchmarks that print ratios against their peers. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Speed benchmarks; each prints its timings and ratios against its peer.",
        subcommands = {
            BenchConstructCommand.class,
            BenchTrainCommand.class,
            BenchCategoryCommand.class,
            BenchOtCommand.class,
            BenchSweepCommand.class
        })
final class BenchCommand implements Runnable {

    @Spec private CommandSpec spec;

    @Override
    public void run() {
        new CommandLine(spec).usage(System.out);
    }
}
