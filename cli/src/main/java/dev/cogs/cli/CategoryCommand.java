package dev.cogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code category}: Finite categories, presheaves and the representability decision. */
@Command(name = "category", mixinStandardHelpOptions = true, description = "Finite categories, presheaves and the representability decision.")
final class CategoryCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("not implemented yet");
        return 2;
    }
}
