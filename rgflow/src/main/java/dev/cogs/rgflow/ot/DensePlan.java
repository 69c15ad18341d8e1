package dev.cogs.rgflow.ot;

import java.util.Locale;
import java.util.Objects;

/** Dense row-major plan. Immutable (the array is owned). */
final class DensePlan extends AbstractPlan {

    private final double[] data;

    private DensePlan(int rows, int cols, double[] data) {
        super(rows, cols);
        this.data = data;
    }

    /** Takes ownership of {@code data}. */
    static DensePlan of(int rows, int cols, double[] data) {
        Objects.requireNonNull(data, "data");
        if (rows < 1 || cols < 1 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "dense plan %dx%d with %d values",
                            rows,
                            cols,
                            data.length));
        }
        for (int i = 0, k = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++, k++) {
                if (!(data[k] >= 0) || data[k] == Double.POSITIVE_INFINITY) {
                    requireEntry(i, j, data[k]);
                }
            }
        }
        return new DensePlan(rows, cols, data);
    }

    /**
     * Takes ownership of {@code data} whose entries the caller has already checked to be finite and
     * {@code >= 0} (as {@link #of} would); only the shape is checked here.
     */
    static DensePlan ofChecked(int rows, int cols, double[] data) {
        Objects.requireNonNull(data, "data");
        if (rows < 1 || cols < 1 || (long) rows * cols != data.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "dense plan %dx%d with %d values",
                            rows,
                            cols,
                            data.length));
        }
        return new DensePlan(rows, cols, data);
    }

    @Override
    public double get(int i, int j) {
        checkIndex(i, j);
        return data[i * cols + j];
    }

    @Override
    public int nonZeroCount() {
        int c = 0;
        for (double v : data) {
            if (v != 0.0) {
                c++;
            }
        }
        return c;
    }

    @Override
    public void forEachEntry(EntryConsumer consumer) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                consumer.accept(i, j, data[i * cols + j]);
            }
        }
    }

    @Override
    public double[] rowSums() {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += data[i * cols + j];
            }
            out[i] = s;
        }
        return out;
    }

    @Override
    public double[] columnSums() {
        double[] out = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j] += data[i * cols + j];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DensePlan[%dx%d]", rows, cols);
    }
}
