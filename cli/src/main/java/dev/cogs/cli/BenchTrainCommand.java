package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code train}: Times a training step against the PyTorch peer. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Times a training step against the PyTorch peer.")
final class BenchTrainCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
