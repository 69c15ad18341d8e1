package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rgflow}: Runs a lattice Polchinski flow and its RG monotone. */
@Command(name = "rgflow", mixinStandardHelpOptions = true, description = "Runs a lattice Polchinski flow and its RG monotone.")
final class RgflowCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
