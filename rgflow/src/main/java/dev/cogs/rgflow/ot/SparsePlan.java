package dev.cogs.rgflow.ot;

import java.util.Locale;
import java.util.Objects;

/** Coordinate-list plan, entries sorted by {@code (i, j)}. Immutable. */
final class SparsePlan extends AbstractPlan {

    private final int[] ii;
    private final int[] jj;
    private final double[] vv;

    private SparsePlan(int rows, int cols, int[] ii, int[] jj, double[] vv) {
        super(rows, cols);
        this.ii = ii;
        this.jj = jj;
        this.vv = vv;
    }

    static SparsePlan of(int rows, int cols, int[] i, int[] j, double[] values) {
        Objects.requireNonNull(i, "i");
        Objects.requireNonNull(j, "j");
        Objects.requireNonNull(values, "values");
        if (rows < 1 || cols < 1 || i.length != j.length || i.length != values.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "sparse plan %dx%d with %d rows, %d columns, %d values",
                            rows,
                            cols,
                            i.length,
                            j.length,
                            values.length));
        }
        int k = i.length;
        for (int t = 0; t < k; t++) {
            Objects.checkIndex(i[t], rows);
            Objects.checkIndex(j[t], cols);
            requireEntry(i[t], j[t], values[t]);
        }
        Integer[] order = new Integer[k];
        for (int t = 0; t < k; t++) {
            order[t] = t;
        }
        java.util.Arrays.sort(
                order,
                (x, y) -> Long.compare((long) i[x] * cols + j[x], (long) i[y] * cols + j[y]));
        int[] si = new int[k];
        int[] sj = new int[k];
        double[] sv = new double[k];
        for (int t = 0; t < k; t++) {
            int o = order[t];
            si[t] = i[o];
            sj[t] = j[o];
            sv[t] = values[o];
            if (t > 0 && si[t] == si[t - 1] && sj[t] == sj[t - 1]) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "duplicate plan entry (%d, %d)", si[t], sj[t]));
            }
        }
        return new SparsePlan(rows, cols, si, sj, sv);
    }

    @Override
    public double get(int i, int j) {
        checkIndex(i, j);
        long key = (long) i * cols + j;
        int lo = 0;
        int hi = ii.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long k = (long) ii[mid] * cols + jj[mid];
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return vv[mid];
            }
        }
        return 0.0;
    }

    @Override
    public int nonZeroCount() {
        return vv.length;
    }

    @Override
    public void forEachEntry(EntryConsumer consumer) {
        for (int t = 0; t < vv.length; t++) {
            consumer.accept(ii[t], jj[t], vv[t]);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "SparsePlan[%dx%d, nnz=%d]", rows, cols, vv.length);
    }
}
