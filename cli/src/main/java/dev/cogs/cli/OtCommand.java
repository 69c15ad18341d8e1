package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ot}: Optimal-transport distances between two point clouds. */
@Command(name = "ot", mixinStandardHelpOptions = true, description = "Optimal-transport distances between two point clouds.")
final class OtCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
