package dev.cogs.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The number of threads of ND4J's BLAS back end (OpenBLAS, or MKL when loaded in its place), scoped
 * to a task.
 *
 * <p>The count is process-wide state owned by the native library (set by ND4J at start-up from the
 * core count or {@code OMP_NUM_THREADS}); this class never leaves it changed: {@link #with(int,
 * Supplier)} sets it for the duration of one task and restores the previous value, also when the
 * task throws; when tasks of several threads overlap, the value before the first is restored when
 * the last ends (a task of another thread that asks for another count changes it for all). {@link
 * Trainer} runs with one BLAS thread, because its engine splits the batch over two threads itself.
 * Concurrent users in other threads of the same JVM are affected (in speed, and in the last bits of
 * products that BLAS splits over threads), not broken; the trainer's own products are
 * single-threaded either way.
 */
public final class BlasThreads {

    private BlasThreads() {}

    /**
     * The current BLAS thread count.
     *
     * @return the number of threads ND4J's BLAS uses now, {@code >= 1}
     */
    public static int current() {
        return Nd4j.factory().blas().getMaxThreads();
    }

    /**
     * Runs {@code task} with the BLAS thread count set to {@code threads} and restores the previous
     * count.
     *
     * @param threads BLAS threads, {@code >= 1}
     * @param task the work
     * @param <T> result type
     * @return the task's result
     * @throws NullPointerException if {@code task} is null
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static <T> T with(int threads, Supplier<T> task) {
        Objects.requireNonNull(task, "task");
        if (threads < 1) {
            throw new IllegalArgumentException("threads (" + threads + ") must be >= 1");
        }
        int[] scope = {threads};
        enter(scope);
        try {
            return task.get();
        } finally {
            exit(scope);
        }
    }

    // Scopes of several threads overlap (runs trained side by side, each in its own scope), and
    // scopes nest within a thread. The count is always that of the latest scope still open, and
    // the count before the first is restored when the last ends: never does a scope's count change
    // while it runs because another scope ended (its products would change thread count, and last
    // bits, mid-run).
    private static final Object LOCK = new Object();
    private static final List<int[]> OPEN = new ArrayList<>();
    private static int before;

    private static void enter(int[] scope) {
        synchronized (LOCK) {
            if (OPEN.isEmpty()) {
                before = current();
            }
            OPEN.add(scope);
            Nd4j.factory().blas().setMaxThreads(scope[0]);
        }
    }

    private static void exit(int[] scope) {
        synchronized (LOCK) {
            OPEN.remove(scope);
            Nd4j.factory()
                    .blas()
                    .setMaxThreads(OPEN.isEmpty() ? before : OPEN.get(OPEN.size() - 1)[0]);
        }
    }
}
