package dev.cogs.rgflow.ot;

import java.util.Objects;

/**
 * A transport plan {@code P ∈ ℝ_{≥0}^{n×m}}, sparse (exact OT: at most {@code n+m−1} non-zeros) or
 * dense (Sinkhorn).
 *
 * <p>Implementations are immutable.
 */
public interface TransportPlan {

    /** Receives the non-zero entries of a plan. */
    @FunctionalInterface
    interface EntryConsumer {
        /**
         * One entry.
         *
         * @param i row
         * @param j column
         * @param value {@code P_ij}
         */
        void accept(int i, int j, double value);
    }

    /**
     * @return number of rows {@code n}
     */
    int rows();

    /**
     * @return number of columns {@code m}
     */
    int cols();

    /**
     * One entry.
     *
     * @param i row
     * @param j column
     * @return {@code P_ij}
     */
    double get(int i, int j);

    /**
     * @return the number of stored non-zero entries
     */
    int nonZeroCount();

    /**
     * Visits the stored entries (all entries for a dense plan, in row-major order).
     *
     * @param consumer receives {@code (i, j, P_ij)}
     */
    void forEachEntry(EntryConsumer consumer);

    /**
     * @return the plan as a fresh dense array
     */
    default double[][] toDense() {
        double[][] out = new double[rows()][cols()];
        forEachEntry((i, j, v) -> out[i][j] += v);
        return out;
    }

    /**
     * @return {@code P1}, the first marginal
     */
    default double[] rowSums() {
        double[] out = new double[rows()];
        forEachEntry((i, j, v) -> out[i] += v);
        return out;
    }

    /**
     * @return {@code Pᵀ1}, the second marginal
     */
    default double[] columnSums() {
        double[] out = new double[cols()];
        forEachEntry((i, j, v) -> out[j] += v);
        return out;
    }

    /**
     * @return the total mass {@code Σ P_ij}
     */
    default double mass() {
        double[] s = new double[1];
        forEachEntry((i, j, v) -> s[0] += v);
        return s[0];
    }

    /**
     * The linear cost {@code ⟨P, C⟩ = Σ P_ij C_ij}.
     *
     * @param cost cost matrix of the same shape
     * @return {@code ⟨P, C⟩}
     * @throws IllegalArgumentException if the shapes differ
     */
    default double cost(CostMatrix cost) {
        Objects.requireNonNull(cost, "cost");
        if (cost.rows() != rows() || cost.cols() != cols()) {
            throw new IllegalArgumentException(
                    "plan "
                            + rows()
                            + "x"
                            + cols()
                            + " vs cost "
                            + cost.rows()
                            + "x"
                            + cost.cols());
        }
        double[] c = cost.raw();
        int m = cols();
        double[] s = new double[1];
        forEachEntry((i, j, v) -> s[0] += v * c[i * m + j]);
        return s[0];
    }

    /**
     * A sparse plan from coordinate lists (copied); duplicate coordinates are not allowed.
     *
     * @param rows {@code n}
     * @param cols {@code m}
     * @param i row indices
     * @param j column indices
     * @param values finite non-negative values
     * @return the plan
     * @throws IllegalArgumentException on mismatched lengths, out-of-range indices or bad values
     */
    static TransportPlan sparse(int rows, int cols, int[] i, int[] j, double[] values) {
        return SparsePlan.of(rows, cols, i, j, values);
    }

    /**
     * A dense plan from row-major values (copied).
     *
     * @param rows {@code n}
     * @param cols {@code m}
     * @param rowMajor {@code n·m} finite non-negative values
     * @return the plan
     * @throws IllegalArgumentException on a shape mismatch or bad values
     */
    static TransportPlan dense(int rows, int cols, double[] rowMajor) {
        return DensePlan.of(rows, cols, rowMajor.clone());
    }
}
