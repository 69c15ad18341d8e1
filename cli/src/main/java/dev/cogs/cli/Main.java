package dev.cogs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code cogs} command line. */
@Command(name = "cogs", mixinStandardHelpOptions = true, version = "cogs 0.1.0",
        description = "The algebra of neural-network solutions, made programmable.",
        subcommands = {CommandLine.HelpCommand.class, ConstructCommand.class, ReproduceCommand.class,
            AnalyzeCommand.class, CategoryCommand.class, OtCommand.class, RgflowCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
