package dev.cogs.cli;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.cli.support.UsageError;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks of the training options of {@code reproduce}, by option name, before any work. */
final class TrainingOptions {

    /** The trainer's largest work array: d*d*q floats (nets.run.TrainingConfig). */
    static final long MAX_WORK = Integer.MAX_VALUE - 8L;

    private TrainingOptions() {}

    static void check(int q, double wd, double lr, int epochs, int checkpoint) {
        if (q < 1) {
            throw new UsageError("--q " + q, "the hidden width must be >= 1");
        }
        if (!(wd >= 0) || Double.isInfinite(wd)) {
            throw new UsageError("--wd " + wd, "the weight decay must be finite and >= 0");
        }
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new UsageError("--lr " + lr, "the learning rate must be finite and > 0");
        }
        if (epochs < 1) {
            throw new UsageError("--epochs " + epochs, "must be >= 1");
        }
        if (checkpoint < 0 || checkpoint > epochs) {
            throw new UsageError(
                    "--checkpoint " + checkpoint, "must be in 0.." + epochs + " (--epochs)");
        }
    }

    /**
     * Refuses a size whose training arrays exceed the trainer's largest work array, with the
     * estimate.
     */
    static void checkMemory(int d, int q) {
        long work = (long) d * d * q;
        if (work > MAX_WORK) {
            throw new UsageError(
                    "--d " + d + " with --q " + q,
                    String.format(
                            Locale.ROOT,
                            "d*d*q = %d floats (%.1f GB per work array) exceed the trainer's largest"
                                    + " work array of 2^31 - 9 floats; lower --q or --d",
                            work,
                            4.0 * work / 1e9));
        }
    }

    static void distinctGroups(List<FiniteGroup> groups) {
        Set<FiniteGroup> seen = new HashSet<>();
        for (FiniteGroup g : groups) {
            if (!seen.add(g)) {
                throw new UsageError(
                        "--group",
                        g.name()
                                + " is listed twice (it would count its runs twice); give each once");
            }
        }
    }
}
