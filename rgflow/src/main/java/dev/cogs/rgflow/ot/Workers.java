package dev.cogs.rgflow.ot;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Splits index ranges over a private pool of daemon threads (one pool per solve, closed afterwards; no
 * global state). With one thread the body runs inline. Not thread-safe.
 */
final class Workers implements AutoCloseable {

    /** A body over a half-open index range. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    private Workers(int threads) {
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cogs-sinkhorn");
            t.setDaemon(true);
            return t;
        });
    }

    static Workers of(int threads) {
        return new Workers(threads);
    }

    int threads() {
        return threads;
    }

    /** A body over the {@code chunk}-th half-open index range. */
    @FunctionalInterface
    interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    /**
     * Runs {@code body} on {@code [0, n)} split into at most {@code threads} contiguous chunks, passing the
     * chunk number (below {@link #threads()}).
     */
    void forChunks(int n, ChunkBody body) {
        if (pool == null || n < 2 * threads) {
            body.run(0, 0, n);
            return;
        }
        int chunk = (n + threads - 1) / threads;
        forRange(threads, (lo, hi) -> {
            for (int t = lo; t < hi; t++) {
                int from = t * chunk;
                int to = Math.min(n, from + chunk);
                if (from < to) {
                    body.run(t, from, to);
                }
            }
        });
    }

    /** Runs {@code body} on {@code [0, n)} split into {@code threads} contiguous chunks. */
    void forRange(int n, RangeBody body) {
        if (pool == null || n < threads) {
            body.run(0, n);
            return;
        }
        List<Future<?>> fs = new ArrayList<>(threads);
        int chunk = (n + threads - 1) / threads;
        for (int t = 1; t < threads; t++) {
            int lo = t * chunk;
            int hi = Math.min(n, lo + chunk);
            if (lo < hi) {
                fs.add(pool.submit(() -> body.run(lo, hi)));
            }
        }
        body.run(0, Math.min(n, chunk));
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("worker failed", e.getCause());
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
