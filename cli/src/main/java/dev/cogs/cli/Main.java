package dev.cogs.cli;

import dev.cogs.cli.spi.CommandProvider;
import dev.cogs.cli.support.CliErrors;
import java.util.Comparator;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Entry point of the {@code cogs} command line.
 *
 * <p>The built-in subcommands are listed below; plug-ins on the class path add theirs through
 * {@link CommandProvider} (the distribution's {@code cogs-bench} adds {@code bench}).
 *
 * <p>Errors follow one convention ({@link CliErrors}): one line {@code cogs <command>: <what>:
 * <why>}, exit 2 for bad input, 1 for a failure while running, 130 for Ctrl-C, and a stack trace
 * only with {@code --debug}.
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

    @Option(
            names = CliErrors.DEBUG_OPTION,
            scope = ScopeType.INHERIT,
            description = "Print the Java stack trace of an error.")
    private boolean debug;

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(commandLine(), args));
    }

    /**
     * Executes a command line by the error convention of {@link CliErrors}, including the errors
     * that picocli does not hand to its exception handler (out of memory, stack overflow).
     *
     * @param cl a command line from {@link #commandLine()}
     * @param args the arguments
     * @return the exit code
     */
    public static int run(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            CommandLine failed = cl;
            ParseResult pr = cl.getParseResult();
            for (ParseResult p = pr; p != null; p = p.subcommand()) {
                failed = p.commandSpec().commandLine();
            }
            return CliErrors.report(
                    e, failed.getCommandSpec().qualifiedName(), failed.getErr(), pr);
        }
    }

    /**
     * A new {@code cogs} command line: the built-in subcommands, then those of every {@link
     * CommandProvider} found on the class path by {@link ServiceLoader}. Providers are taken in the
     * order of their class names, so that the help lists their commands the same way whatever the
     * class-path order.
     *
     * @return the command line, ready to execute, with the error handlers of {@link CliErrors}
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
        return CliErrors.install(cl);
    }

    @Override
    public void run() {
        CommandLine cl = spec.commandLine();
        cl.usage(cl.getOut());
    }
}
