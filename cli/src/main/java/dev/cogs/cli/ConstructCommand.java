package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code construct}: Builds the CoGS global constructions and verifies them (loss, accuracy, constraint violations). */
@Command(name = "construct", mixinStandardHelpOptions = true, description = "Builds the CoGS global constructions and verifies them (loss, accuracy, constraint violations).")
final class ConstructCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
