package dev.cogs.cli.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one error convention of {@code cogs}, installed once on the command line by {@link
 * #install(CommandLine)}: every error is one line {@code cogs <command>: <what>: <why>} on the
 * error stream; the exit code is {@link #BAD_INPUT} (2) for bad input, {@link #FAILURE} (1) for a
 * failure while running and {@link #INTERRUPTED} (130) for Ctrl-C; the Java stack trace is printed
 * only with {@code --debug} (or the environment variable {@code COGS_DEBUG=1}).
 *
 * <p>Classification: {@link UsageError}, {@link IllegalArgumentException} (the libraries' "bad
 * argument", naming the value and the rule), a missing or unreadable file ({@link
 * NoSuchFileException}, {@link AccessDeniedException}, {@link NotDirectoryException}) are bad
 * input; {@link RunFailure}, other I/O errors, {@link ArithmeticException} and {@link
 * IllegalStateException} are failures while running; {@link InterruptedException} is an
 * interruption; anything else is an internal error (exit 1) whose line says to re-run with {@code
 * --debug}.
 */
public final class CliErrors {

    /** Exit code of bad input. */
    public static final int BAD_INPUT = 2;

    /** Exit code of a failure while running. */
    public static final int FAILURE = 1;

    /** Exit code of an interrupted run (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    /** The option that asks for stack traces. */
    public static final String DEBUG_OPTION = "--debug";

    private CliErrors() {}

    /**
     * Installs the handlers of parse errors and of exceptions thrown by commands on a command line
     * and all its subcommands (call it after every subcommand has been added).
     *
     * @param cl the command line
     * @return {@code cl}
     */
    public static CommandLine install(CommandLine cl) {
        cl.setParameterExceptionHandler(CliErrors::onParameterException);
        cl.setExecutionExceptionHandler(
                (ex, c, pr) -> report(ex, c.getCommandSpec().qualifiedName(), c.getErr(), pr));
        return cl;
    }

    /**
     * One error line and an exit code.
     *
     * @param exitCode the exit code
     * @param message {@code <what>: <why>}
     * @param internal true for an unexpected exception (its line suggests {@code --debug})
     */
    public record Classified(int exitCode, String message, boolean internal) {}

    /**
     * Classifies a throwable by the convention of this class.
     *
     * @param t what a command threw
     * @return the exit code and the message
     */
    public static Classified classify(Throwable t) {
        if (t instanceof UncheckedIOException && t.getCause() != null) {
            return classify(t.getCause());
        }
        if (t instanceof UsageError || t instanceof IllegalArgumentException) {
            return new Classified(BAD_INPUT, text(t).replaceFirst("^cogs: ", ""), false);
        }
        if (t instanceof NoSuchFileException) {
            return new Classified(BAD_INPUT, file((FileSystemException) t, "no such file"), false);
        }
        if (t instanceof AccessDeniedException) {
            return new Classified(
                    BAD_INPUT, file((FileSystemException) t, "permission denied"), false);
        }
        if (t instanceof NotDirectoryException) {
            return new Classified(
                    BAD_INPUT, file((FileSystemException) t, "not a directory"), false);
        }
        if (t instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) t;
            return new Classified(
                    FAILURE, file(f, f.getReason() == null ? "I/O error" : f.getReason()), false);
        }
        if (t instanceof RunFailure) {
            return new Classified(FAILURE, text(t), false);
        }
        if (t instanceof IOException) {
            return new Classified(FAILURE, "I/O error: " + text(t), false);
        }
        if (t instanceof InterruptedException) {
            return new Classified(INTERRUPTED, "interrupted", false);
        }
        if (t instanceof ArithmeticException || t instanceof IllegalStateException) {
            return new Classified(FAILURE, text(t), false);
        }
        if (t instanceof OutOfMemoryError) {
            return new Classified(
                    FAILURE,
                    "out of memory: the input is too large for the Java heap (raise it with"
                            + " JAVA_OPTS=-Xmx8g, or use a smaller size)",
                    false);
        }
        if (t instanceof StackOverflowError) {
            return new Classified(
                    FAILURE, "stack overflow: the input is nested or recursive too deeply", false);
        }
        return new Classified(
                FAILURE,
                "internal error: "
                        + t.getClass().getSimpleName()
                        + (t.getMessage() == null ? "" : ": " + text(t))
                        + " (run again with --debug for the stack trace)",
                true);
    }

    /**
     * Prints the line of a throwable (and with {@code --debug} its stack trace) and returns the
     * exit code.
     *
     * @param t what the command threw
     * @param command the qualified command name, e.g. {@code cogs ot}
     * @param err the error stream
     * @param parsed the parse result (for {@code --debug}); may be {@code null}
     * @return the exit code
     */
    public static int report(Throwable t, String command, PrintWriter err, ParseResult parsed) {
        Classified c = classify(t);
        err.println(command + ": " + c.message());
        if (debug(parsed)) {
            t.printStackTrace(err);
        }
        err.flush();
        return c.exitCode();
    }

    /**
     * Whether {@code --debug} was given anywhere on the command line, or {@code COGS_DEBUG} is set
     * to a non-empty value other than {@code 0}.
     *
     * @param parsed the parse result, may be {@code null}
     * @return true to print stack traces
     */
    public static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(DEBUG_OPTION)) {
                return true;
            }
        }
        String env = System.getenv("COGS_DEBUG");
        return env != null && !env.isEmpty() && !env.equals("0");
    }

    /** A parse error: one line with the option and, for an unknown option, the suggestions. */
    private static int onParameterException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String msg = text(ex);
        if (ex instanceof UnmatchedArgumentException) {
            List<String> s = ((UnmatchedArgumentException) ex).getSuggestions();
            if (!s.isEmpty()) {
                msg +=
                        "; did you mean "
                                + String.join(" or ", s.subList(0, Math.min(3, s.size())))
                                + "?";
            }
        }
        PrintWriter err = cl.getErr();
        err.println(
                String.format(
                        Locale.ROOT,
                        "%s: %s (see '%s --help')",
                        cl.getCommandSpec().qualifiedName(),
                        msg,
                        cl.getCommandSpec().qualifiedName()));
        if (debug(cl.getParseResult())) {
            ex.printStackTrace(err);
        }
        err.flush();
        return BAD_INPUT;
    }

    private static String file(FileSystemException f, String why) {
        String other = f.getOtherFile() == null ? "" : " -> " + f.getOtherFile();
        return (f.getFile() == null ? "file" : f.getFile()) + other + ": " + why;
    }

    /** The message on one line (a multi-line message is joined with "; "). */
    static String text(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        return m.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
