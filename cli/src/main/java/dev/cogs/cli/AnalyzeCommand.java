package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code analyze}: Analyses imported weights (.npy) into the algebraic constructions. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Analyses imported weights (.npy) into the algebraic constructions.")
final class AnalyzeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
