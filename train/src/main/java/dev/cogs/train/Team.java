package dev.cogs.train;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The calling thread plus one helper thread that live for one training run: {@link #run} gives
 * partition 1 to the helper and runs partition 0 on the caller, then waits. A step at d = 23 takes
 * about a millisecond and has two such phases, so a hand-off through an executor (park, unpark,
 * future) costs a noticeable share of it; the helper spins (with {@link Thread#onSpinWait()}) for a
 * short while after each phase and only then parks. Not thread-safe: one caller.
 *
 * <p>A solo team ({@link #solo()}) has no helper: {@link #run} runs partition 0 and then partition
 * 1 on the caller. Each partition does the same arithmetic whichever thread runs it, so a run gives
 * the same bits with either kind of team; solo teams let several runs share the cores, one thread
 * each ({@link Trainer#trainAll}).
 */
final class Team implements AutoCloseable {

    /**
     * Spin rounds before the helper parks (well above the gap between the two phases of a step).
     */
    private static final int SPINS = 1 << 15;

    /** The helper thread, or {@code null} for a solo team. */
    private final Thread helper;

    private volatile long phase;
    private volatile long done;
    private volatile boolean closed;
    private volatile IntConsumer task;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    Team() {
        this(true);
    }

    private Team(boolean withHelper) {
        if (withHelper) {
            helper = new Thread(this::helperLoop, "cogs-train-helper");
            helper.setDaemon(true);
            helper.start();
        } else {
            helper = null;
        }
    }

    /** A team without a helper thread: both partitions run on the caller, 0 then 1. */
    static Team solo() {
        return new Team(false);
    }

    /**
     * Runs {@code part.accept(1)} on the helper and {@code part.accept(0)} on the caller, and
     * returns when both have finished; an exception of either is rethrown.
     */
    void run(IntConsumer part) {
        if (helper == null) {
            part.accept(0);
            part.accept(1);
            return;
        }
        failure.set(null);
        task = part;
        long p = phase + 1;
        phase = p;
        LockSupport.unpark(helper);
        try {
            part.accept(0);
        } finally {
            int spins = 0;
            while (done != p) {
                if (++spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        if (t != null) {
            throw new IllegalStateException("training helper failed", t);
        }
    }

    private void helperLoop() {
        long seen = 0;
        while (true) {
            int spins = 0;
            long p;
            while ((p = phase) == seen) {
                if (closed) {
                    return;
                }
                if (++spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            seen = p;
            try {
                task.accept(1);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                done = p;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        if (helper != null) {
            LockSupport.unpark(helper);
        }
    }
}
