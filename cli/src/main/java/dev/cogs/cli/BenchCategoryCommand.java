package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code category}: Times functor and natural-transformation counting and representability. */
@Command(name = "category", mixinStandardHelpOptions = true, description = "Times functor and natural-transformation counting and representability.")
final class BenchCategoryCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
