package dev.cogs.category;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * An immutable finite sequence of ints, used for hom-sets, generator lists and words.
 *
 * <p>This class is immutable: factories copy their argument and {@link #toArray()} returns a copy.
 * Equality is element-wise.
 */
public final class IntSeq {

    private static final IntSeq EMPTY = new IntSeq(new int[0], 0, 0);

    private final int[] data;
    private final int from;
    private final int to;

    private IntSeq(int[] data, int from, int to) {
        this.data = data;
        this.from = from;
        this.to = to;
    }

    /**
     * A sequence holding a copy of the given values.
     *
     * @param values the elements, in order
     * @return the sequence
     */
    public static IntSeq of(int... values) {
        return values.length == 0 ? EMPTY : new IntSeq(values.clone(), 0, values.length);
    }

    /**
     * The empty sequence.
     *
     * @return the empty sequence
     */
    public static IntSeq empty() {
        return EMPTY;
    }

    /** Wraps a slice of an array that the caller promises never to modify again (no copy). */
    static IntSeq wrap(int[] data, int from, int to) {
        return from == to ? EMPTY : new IntSeq(data, from, to);
    }

    /** Wraps an array that the caller promises never to modify again (no copy). */
    static IntSeq wrap(int[] data) {
        return wrap(data, 0, data.length);
    }

    /**
     * The number of elements.
     *
     * @return the length
     */
    public int size() {
        return to - from;
    }

    /**
     * Whether the sequence has no elements.
     *
     * @return true if {@link #size()} is 0
     */
    public boolean isEmpty() {
        return to == from;
    }

    /**
     * The element at a position.
     *
     * @param i the position, {@code 0 <= i < size()}
     * @return the element
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public int get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("index " + i + " out of range [0, " + size() + ")");
        }
        return data[from + i];
    }

    /**
     * The position of the first occurrence of a value.
     *
     * @param value the value sought
     * @return its first position, or -1 if absent
     */
    public int indexOf(int value) {
        for (int i = from; i < to; i++) {
            if (data[i] == value) {
                return i - from;
            }
        }
        return -1;
    }

    /**
     * Whether the sequence contains a value.
     *
     * @param value the value sought
     * @return true if present
     */
    public boolean contains(int value) {
        return indexOf(value) >= 0;
    }

    /**
     * A copy of the elements.
     *
     * @return a fresh array
     */
    public int[] toArray() {
        return Arrays.copyOfRange(data, from, to);
    }

    /**
     * The elements as a stream, in order.
     *
     * @return a sequential stream
     */
    public IntStream stream() {
        return Arrays.stream(data, from, to);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IntSeq)) {
            return false;
        }
        IntSeq other = (IntSeq) o;
        return Arrays.equals(data, from, to, other.data, other.from, other.to);
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + data[i];
        }
        return h;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
