package dev.cogs.category.internal;

import java.util.Arrays;

/**
 * A union–find (disjoint-set) structure on the elements {@code 0..size-1}, with path halving.
 *
 * <p>The representative of a class is always its <em>least</em> element: {@link #union(int, int)}
 * hangs the larger root under the smaller one. Class numbers from {@link #classIndex()} follow the
 * order of the least elements, so every result is deterministic and independent of the order of the
 * unions.
 *
 * <p>Mutable and not thread-safe; use one instance per computation.
 */
public final class UnionFind {

    private final int[] parent;

    private UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /**
     * The partition of {@code 0..size-1} into singletons.
     *
     * @param size the number of elements
     * @return a fresh structure
     * @throws IllegalArgumentException if {@code size < 0}
     */
    public static UnionFind singletons(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size (" + size + ") must be >= 0");
        }
        return new UnionFind(size);
    }

    /**
     * The number of elements.
     *
     * @return the size given at creation
     */
    public int size() {
        return parent.length;
    }

    /**
     * The representative of an element's class: the least element of the class.
     *
     * @param x an element
     * @return the least element equivalent to {@code x}
     * @throws ArrayIndexOutOfBoundsException if {@code x} is out of range
     */
    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /**
     * Merges the classes of two elements.
     *
     * @param a an element
     * @param b an element
     * @return true if the classes were distinct (and are now merged), false if already equal
     * @throws ArrayIndexOutOfBoundsException if an element is out of range
     */
    public boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        return true;
    }

    /**
     * The class number of every element: classes are numbered {@code 0, 1, …} in increasing order
     * of their least elements (equivalently, in order of first appearance when scanning {@code
     * 0..size-1}).
     *
     * @return a fresh array of length {@link #size()}
     */
    public int[] classIndex() {
        int n = parent.length;
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int[] out = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            int r = find(i);
            if (number[r] < 0) {
                number[r] = count++;
            }
            out[i] = number[r];
        }
        return out;
    }

    /**
     * The number of classes.
     *
     * @return the number of distinct representatives
     */
    public int classCount() {
        int count = 0;
        for (int i = 0; i < parent.length; i++) {
            if (find(i) == i) {
                count++;
            }
        }
        return count;
    }
}
