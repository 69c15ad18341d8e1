package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ot}: Times exact OT and Sinkhorn against POT. */
@Command(name = "ot", mixinStandardHelpOptions = true, description = "Times exact OT and Sinkhorn against POT.")
final class BenchOtCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
