package dev.cogs.cli.support;

/**
 * Bad input to a command: {@link CliErrors} prints {@code cogs <command>: <what>: <why>} on one
 * line and exits with {@link CliErrors#BAD_INPUT}. Thrown before any work is done.
 */
public final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A bad value.
     *
     * @param what the option or the file and entry, e.g. {@code --seeds} or {@code data.csv line 3}
     * @param why what is wrong with it and, where there is one, how to fix it
     */
    public UsageError(String what, String why) {
        super(what + ": " + why);
    }

    /**
     * A bad value whose message already names it.
     *
     * @param message {@code <what>: <why>}
     */
    public UsageError(String message) {
        super(message);
    }
}
