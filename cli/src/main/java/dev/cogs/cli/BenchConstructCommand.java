package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code construct}: Times building and verifying z_F4/6. */
@Command(name = "construct", mixinStandardHelpOptions = true, description = "Times building and verifying z_F4/6.")
final class BenchConstructCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
