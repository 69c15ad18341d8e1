package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code reproduce}: Trains two-layer quadratic nets on modular addition, analyses them and writes a report. */
@Command(name = "reproduce", mixinStandardHelpOptions = true, description = "Trains two-layer quadratic nets on modular addition, analyses them and writes a report.")
final class ReproduceCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
