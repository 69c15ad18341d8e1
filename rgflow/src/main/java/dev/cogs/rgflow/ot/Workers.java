package dev.cogs.rgflow.ot;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A team of threads for the fork–join phases of one solve: the calling thread plus {@code threads −
 * 1} helper threads that live for the solve only (one team per solve, closed afterwards; no global
 * state). With one thread the bodies run inline. Not thread-safe: one caller publishes one phase at
 * a time.
 *
 * <p>A phase is a list of blocks that the members claim one at a time from a shared ticket, so the
 * work goes to whoever is running: on a machine with more runnable threads than cores a descheduled
 * helper holds up the phase by at most the one block it has claimed, and a helper that wakes up
 * late finds no block left and does nothing (with a fixed split into halves, the caller would wait
 * for the late helper's whole half). Which member runs a block is therefore not deterministic;
 * callers make results independent of it (per-block accumulators reduced in block order).
 *
 * <p>A Sinkhorn iteration at {@code n = 1000} takes about a third of a millisecond, and waking a
 * parked thread can take a good part of that; so helpers spin (with {@link Thread#onSpinWait()})
 * for a short while after each phase and only then park.
 */
final class Workers implements AutoCloseable {

    /** A body over a half-open index range. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    /** A body over one block of a phase. */
    @FunctionalInterface
    interface BlockBody {
        void run(int block);
    }

    /** Spin rounds before a helper parks (about 50–100 µs). */
    private static final int SPINS = 1 << 14;

    /** Blocks per member in {@link #forRange}: enough to even out a late or slow member. */
    private static final int BLOCKS_PER_THREAD = 4;

    private final int threads;
    private final Thread[] helpers;

    /** Incremented by the caller to publish a phase (after the fields below). */
    private volatile long phase;

    private volatile boolean closed;

    /**
     * Helpers that are parked (or about to park); only those are unparked when a phase is
     * published.
     */
    private final AtomicInteger parked = new AtomicInteger();

    /** Phase number (high 32 bits) and number of unclaimed blocks (low 32 bits). */
    private final AtomicLong ticket = new AtomicLong();

    private final AtomicInteger done = new AtomicInteger();
    private volatile BlockBody body;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private Workers(int threads) {
        this.threads = threads;
        this.helpers = new Thread[threads - 1];
        for (int t = 1; t < threads; t++) {
            Thread h = new Thread(this::helperLoop, "cogs-ot-" + t);
            h.setDaemon(true);
            helpers[t - 1] = h;
            h.start();
        }
    }

    static Workers of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new Workers(threads);
    }

    int threads() {
        return threads;
    }

    /**
     * Runs {@code body} for every block {@code 0 ≤ b < count}, each exactly once, on any member.
     */
    void forBlocks(int count, BlockBody body) {
        if (count <= 0) {
            return;
        }
        if (threads == 1 || count == 1) {
            for (int b = 0; b < count; b++) {
                body.run(b);
            }
            return;
        }
        failure.set(null);
        this.body = body;
        done.set(0);
        long p = phase + 1;
        ticket.set(p << 32 | count);
        phase = p;
        if (parked.get() > 0) {
            for (Thread h : helpers) {
                LockSupport.unpark(h);
            }
        }
        claimAndRun(p);
        int spins = 0;
        while (done.get() < count) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
        Throwable t = failure.get();
        if (t != null) {
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new IllegalStateException("worker failed", t);
        }
    }

    /**
     * Runs {@code body} on {@code [0, n)} cut into contiguous ranges ({@value #BLOCKS_PER_THREAD}
     * per member), each run once on any member.
     */
    void forRange(int n, RangeBody body) {
        if (threads == 1 || n < 2) {
            body.run(0, n);
            return;
        }
        int count = Math.min(n, threads * BLOCKS_PER_THREAD);
        forBlocks(count, b -> body.run(rangeStart(n, count, b), rangeStart(n, count, b + 1)));
    }

    /** Start of block {@code b} of {@code count} near-equal contiguous blocks of {@code [0, n)}. */
    static int rangeStart(int n, int count, int b) {
        return (int) ((long) n * b / count);
    }

    /**
     * Claims blocks of phase {@code p} until none is left. The ticket counts the unclaimed blocks
     * down (block {@code r − 1} goes to the claim that finds {@code r} left), so a claim needs no
     * other field; the body is read after a successful claim, when the caller cannot yet have
     * published the next phase (it waits for this block).
     */
    private void claimAndRun(long p) {
        while (true) {
            long tk = ticket.get();
            int left = (int) tk;
            if ((tk >>> 32) != (p & 0xFFFF_FFFFL) || left == 0) {
                return;
            }
            if (!ticket.compareAndSet(tk, tk - 1)) {
                continue;
            }
            try {
                body.run(left - 1);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                done.incrementAndGet();
            }
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
                    // announce before re-checking, so a phase published in between is seen or
                    // unparks us
                    parked.incrementAndGet();
                    if (phase == seen && !closed) {
                        LockSupport.park(this);
                    }
                    parked.decrementAndGet();
                    spins = 0;
                }
            }
            seen = p;
            claimAndRun(p);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
    }
}
