package dev.cogs.cli;

import dev.cogs.cli.spi.CommandProvider;
import java.util.Comparator;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of the {@code cogs} command line.
 *
 * <p>The built-in subcommands are listed below; plug-ins on the class path add theirs through
 * {@link CommandProvider} (the distribution's {@code cogs-bench} adds {@code bench}).
 */
@Command(
        name = "cogs",
        mixinStandardHelpOptions = true,
        version = "cogs 0.1.0",
        description = "The algebra of neural-network solutions, made programmable.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ConstructCommand.class,
            ReproduceCommand.class,
            SweepCommand.class,
            AnalyzeCommand.class,
            CategoryCommand.class,
            OtCommand.class,
            RgflowCommand.class,
            YonedaCommand.class
        })
public final class Main implements Runnable {

    @Spec private CommandSpec spec;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * A new {@code cogs} command line: the built-in subcommands, then those of every {@link
     * CommandProvider} found on the class path by {@link ServiceLoader}. Providers are taken in the
     * order of their class names, so that the help lists their commands the same way whatever the
     * class-path order.
     *
     * @return the command line, ready to execute
     * @throws CommandLine.InitializationException if a plug-in's command is not a picocli command
     *     or its name is already taken
     * @throws java.util.ServiceConfigurationError if a registered provider cannot be loaded or
     *     instantiated
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        ServiceLoader.load(CommandProvider.class, Main.class.getClassLoader()).stream()
                .sorted(Comparator.comparing(p -> p.type().getName()))
                .forEach(p -> p.get().commands().forEach(cl::addSubcommand));
        return cl;
    }

    @Override
    public void run() {
        CommandLine cl = spec.commandLine();
        cl.usage(cl.getOut());
    }
}
