package dev.cogs.rgflow.ot;

import java.util.Locale;
import java.util.Objects;

/** The shape and the entry checks shared by the plan implementations. Subclasses are immutable. */
abstract class AbstractPlan implements TransportPlan {

    /** Shape, read directly by the subclasses' loops. */
    final int rows;

    final int cols;

    AbstractPlan(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
    }

    @Override
    public final int rows() {
        return rows;
    }

    @Override
    public final int cols() {
        return cols;
    }

    /**
     * @throws IndexOutOfBoundsException if {@code (i, j)} is outside the plan
     */
    final void checkIndex(int i, int j) {
        Objects.checkIndex(i, rows);
        Objects.checkIndex(j, cols);
    }

    /**
     * @throws IllegalArgumentException unless the entry {@code (i, j)} is finite and {@code ≥ 0}
     *     (NaN fails)
     */
    static void requireEntry(int i, int j, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "plan entry (%d, %d) = %s must be finite and >= 0",
                            i,
                            j,
                            value));
        }
    }
}
