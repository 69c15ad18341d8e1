package dev.cogs.cli.support;

/**
 * A failure while running on valid input (an overflow, a solver that broke down, an output that
 * could not be written): {@link CliErrors} prints {@code cogs <command>: <what>: <why>} on one line
 * and exits with {@link CliErrors#FAILURE}.
 */
public final class RunFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure.
     *
     * @param what the quantity, file or step that failed
     * @param why why
     */
    public RunFailure(String what, String why) {
        super(what + ": " + why);
    }
}
