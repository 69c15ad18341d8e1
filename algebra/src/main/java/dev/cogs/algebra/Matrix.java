package dev.cogs.algebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable rows×cols matrix with entries of type {@code T} (no arithmetic of its own).
 *
 * <p>Arithmetic needs a semiring and lives in {@link MatrixSemiring} ({@link
 * Semirings#matrices(Semiring, int)}): the matrix is a value, the semiring is the dictionary.
 * Entries are indexed from 0, {@code get(i, j)} being row {@code i}, column {@code j}. Entries are
 * never null.
 *
 * <p>This class is immutable (it is as immutable as its entries). {@code equals} compares
 * dimensions and entries by their own {@code equals}; approximate comparison belongs to the
 * semiring ({@link Semiring#equivalent(Object, Object)}).
 *
 * @param <T> the entry type
 */
public final class Matrix<T> {

    private final int rows;
    private final int cols;
    private final List<T> entries; // row-major, unmodifiable

    private Matrix(int rows, int cols, List<T> entries) {
        this.rows = rows;
        this.cols = cols;
        this.entries = entries;
    }

    /**
     * A matrix from its entries in row-major order.
     *
     * @param rows number of rows, {@code >= 0}
     * @param cols number of columns, {@code >= 0}
     * @param entries {@code rows * cols} non-null entries, row by row
     * @param <T> the entry type
     * @return the matrix
     * @throws IllegalArgumentException if a dimension is negative or the number of entries is not
     *     {@code rows * cols}
     * @throws NullPointerException if {@code entries} or an entry is null
     */
    public static <T> Matrix<T> of(int rows, int cols, List<? extends T> entries) {
        checkDimensions(rows, cols);
        Objects.requireNonNull(entries, "entries");
        if ((long) rows * cols != entries.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "a %dx%d matrix needs %d entries, got %d",
                            rows,
                            cols,
                            (long) rows * cols,
                            entries.size()));
        }
        List<T> copy = new ArrayList<>(entries.size());
        for (int k = 0; k < entries.size(); k++) {
            T e = entries.get(k);
            if (e == null) {
                throw new NullPointerException(
                        String.format(
                                Locale.ROOT,
                                "entry (%d, %d) is null",
                                k / Math.max(cols, 1),
                                k % cols));
            }
            copy.add(e);
        }
        return new Matrix<>(rows, cols, Collections.unmodifiableList(copy));
    }

    /**
     * A matrix from a list of rows.
     *
     * @param rows the rows; all of the same length; at least one row (use {@link #of(int, int,
     *     List)} for empty shapes)
     * @param <T> the entry type
     * @return the matrix
     * @throws IllegalArgumentException if {@code rows} is empty or the rows are ragged
     * @throws NullPointerException if a row or an entry is null
     */
    public static <T> Matrix<T> ofRows(List<? extends List<? extends T>> rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(
                    "rows must not be empty (use Matrix.of(0, n, List.of()))");
        }
        int cols = Objects.requireNonNull(rows.get(0), "row 0").size();
        List<T> flat = new ArrayList<>(rows.size() * cols);
        for (int i = 0; i < rows.size(); i++) {
            List<? extends T> row = Objects.requireNonNull(rows.get(i), "row " + i);
            if (row.size() != cols) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "ragged rows: row 0 has %d entries, row %d has %d",
                                cols,
                                i,
                                row.size()));
            }
            flat.addAll(row);
        }
        return of(rows.size(), cols, flat);
    }

    /**
     * A matrix whose entry {@code (i, j)} is {@code entry.apply(i, j)}.
     *
     * @param rows number of rows, {@code >= 0}
     * @param cols number of columns, {@code >= 0}
     * @param entry the entry function, called once per entry in row-major order
     * @param <T> the entry type
     * @return the matrix
     * @throws IllegalArgumentException if a dimension is negative
     * @throws NullPointerException if {@code entry} is null or returns null
     */
    public static <T> Matrix<T> tabulate(int rows, int cols, EntryFunction<? extends T> entry) {
        checkDimensions(rows, cols);
        Objects.requireNonNull(entry, "entry");
        List<T> flat = new ArrayList<>(rows * cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                flat.add(entry.apply(i, j));
            }
        }
        return of(rows, cols, flat);
    }

    /**
     * The entry at a position, as a function of the row and column index.
     *
     * @param <T> the entry type
     */
    @FunctionalInterface
    public interface EntryFunction<T> {
        /**
         * The entry at {@code (i, j)}.
         *
         * @param i row index
         * @param j column index
         * @return the entry, not null
         */
        T apply(int i, int j);
    }

    private static void checkDimensions(int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "matrix dimensions %dx%d must be >= 0", rows, cols));
        }
        if ((long) rows * cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "matrix dimensions %dx%d are too large", rows, cols));
        }
    }

    /**
     * The number of rows.
     *
     * @return rows
     */
    public int rows() {
        return rows;
    }

    /**
     * The number of columns.
     *
     * @return columns
     */
    public int cols() {
        return cols;
    }

    /**
     * Whether the matrix is square.
     *
     * @return {@code rows() == cols()}
     */
    public boolean isSquare() {
        return rows == cols;
    }

    /**
     * The entry in row {@code i}, column {@code j}.
     *
     * @param i row index in {@code [0, rows)}
     * @param j column index in {@code [0, cols)}
     * @return the entry
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public T get(int i, int j) {
        Objects.checkIndex(i, rows);
        Objects.checkIndex(j, cols);
        return entries.get(i * cols + j);
    }

    /**
     * All entries, row by row.
     *
     * @return an unmodifiable row-major list of the entries
     */
    public List<T> entries() {
        return entries;
    }

    /**
     * One row.
     *
     * @param i row index in {@code [0, rows)}
     * @return an unmodifiable view of row {@code i}
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public List<T> row(int i) {
        Objects.checkIndex(i, rows);
        return entries.subList(i * cols, (i + 1) * cols);
    }

    /**
     * The transpose.
     *
     * @return the cols×rows matrix with entry {@code (j, i)} equal to {@code get(i, j)}
     */
    public Matrix<T> transpose() {
        return tabulate(cols, rows, (i, j) -> get(j, i));
    }

    /**
     * The matrix of images of the entries.
     *
     * @param f the entry map; must not return null
     * @param <R> the new entry type
     * @return the matrix with entries {@code f(get(i, j))}
     * @throws NullPointerException if {@code f} is null or returns null
     */
    public <R> Matrix<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return tabulate(rows, cols, (i, j) -> f.apply(get(i, j)));
    }

    /**
     * The shape as text, for messages.
     *
     * @return {@code "<rows>x<cols>"}
     */
    public String shape() {
        return rows + "x" + cols;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Matrix)) {
            return false;
        }
        Matrix<?> other = (Matrix<?>) o;
        return rows == other.rows && cols == other.cols && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rows, cols, entries);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            Object[] row = row(i).toArray();
            String s = Arrays.toString(row);
            sb.append(s, 1, s.length() - 1);
        }
        return sb.append(']').toString();
    }
}
