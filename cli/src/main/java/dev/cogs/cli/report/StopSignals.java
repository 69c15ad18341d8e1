package dev.cogs.cli.report;

import java.util.Objects;

/**
 * Routes SIGINT (Ctrl-C) and SIGTERM to a callback instead of JVM shutdown, via the JDK's
 * {@code sun.misc.Signal} (module jdk.unsupported). Where that is unavailable, or the signal is ignored by the
 * parent (e.g. {@code nohup}), nothing is installed and the JVM's default behaviour (shutdown hooks) applies.
 */
public final class StopSignals {

    private StopSignals() {
    }

    /**
     * Installs the callback for INT and TERM.
     *
     * @param onSignal runs on the JVM's signal thread for every signal
     * @return how many of the two signals were routed
     */
    @SuppressWarnings("removal")
    public static int install(Runnable onSignal) {
        Objects.requireNonNull(onSignal, "onSignal");
        int n = 0;
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> onSignal.run());
                n++;
            } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
                // Keep the default: shutdown hooks.
            }
        }
        return n;
    }
}
