package dev.cogs.rgflow.ot;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A team of threads for the fork–join phases of one solve: the calling thread plus {@code threads − 1} helper
 * threads that live for the solve only (one team per solve, closed afterwards; no global state). With one
 * thread the body runs inline. Not thread-safe: one caller publishes one phase at a time.
 *
 * <p>A Sinkhorn iteration at {@code n = 1000} takes about a millisecond, and waking a parked thread on a busy
 * virtual machine can take a good part of that; so helpers spin (with {@link Thread#onSpinWait()}) for a short
 * while after each phase and only then park. The caller always takes the first chunk itself.
 */
final class Workers implements AutoCloseable {

    /** A body over a half-open index range. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    /** A body over the {@code chunk}-th half-open index range. */
    @FunctionalInterface
    interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    /** Spin rounds before a helper parks (about 50–100 µs). */
    private static final int SPINS = 1 << 14;

    private final int threads;
    private final Thread[] helpers;
    /** Incremented by the caller to publish a phase; helpers run the phase whose number they have not seen. */
    private volatile long phase;
    private volatile boolean closed;
    /** Helpers that are parked (or about to park); only those are unparked when a phase is published. */
    private final AtomicInteger parked = new AtomicInteger();
    private volatile ChunkBody body;
    private volatile int length;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private Workers(int threads) {
        this.threads = threads;
        this.helpers = new Thread[threads - 1];
        for (int t = 1; t < threads; t++) {
            int chunk = t;
            Thread h = new Thread(() -> helperLoop(chunk), "cogs-sinkhorn-" + t);
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
     * Runs {@code body} on {@code [0, n)} split into at most {@code threads} contiguous chunks, passing the
     * chunk number (below {@link #threads()}).
     */
    void forChunks(int n, ChunkBody body) {
        if (threads == 1 || n < 2 * threads) {
            body.run(0, 0, n);
            return;
        }
        if (failure.get() != null) {
            failure.set(null);
        }
        this.body = body;
        this.length = n;
        pending.set(threads - 1);
        phase++;
        if (parked.get() > 0) {
            for (Thread h : helpers) {
                LockSupport.unpark(h);
            }
        }
        try {
            runChunk(0, body, n);
        } finally {
            awaitHelpers();
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

    /** Runs {@code body} on {@code [0, n)} split into {@code threads} contiguous chunks. */
    void forRange(int n, RangeBody body) {
        if (threads == 1 || n < threads) {
            body.run(0, n);
            return;
        }
        forChunks(n, (chunk, from, to) -> body.run(from, to));
    }

    private void runChunk(int chunk, ChunkBody b, int n) {
        int size = (n + threads - 1) / threads;
        int from = chunk * size;
        int to = Math.min(n, from + size);
        if (from < to) {
            b.run(chunk, from, to);
        }
    }

    private void awaitHelpers() {
        int spins = 0;
        while (pending.get() > 0) {
            if (++spins < SPINS) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    private void helperLoop(int chunk) {
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
                    // announce before re-checking, so a phase published in between is seen or unparks us
                    parked.incrementAndGet();
                    if (phase == seen && !closed) {
                        LockSupport.park(this);
                    }
                    parked.decrementAndGet();
                    spins = 0;
                }
            }
            seen = p;
            try {
                runChunk(chunk, body, length);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                pending.decrementAndGet();
            }
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
