package dev.cogs.train;

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
 * task throws. {@link Trainer} runs with one BLAS thread, because its engine splits the batch over
 * two threads itself. Concurrent users in other threads of the same JVM are affected (in speed, and
 * in the last bits of products that BLAS splits over threads), not broken; the trainer's own
 * products are single-threaded either way.
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
        int previous = current();
        Nd4j.factory().blas().setMaxThreads(threads);
        try {
            return task.get();
        } finally {
            Nd4j.factory().blas().setMaxThreads(previous);
        }
    }
}
