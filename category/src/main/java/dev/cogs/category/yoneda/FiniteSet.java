package dev.cogs.category.yoneda;

import java.util.Arrays;
import java.util.Locale;

/**
 * The finite set \(F \otimes_C T = (\coprod_X F(X) \times T(X)) / \sim\) computed by {@link
 * Kan#tensor}: its size, the class of every triple \((X, x, t)\), and a representative per class.
 *
 * <p>Triples are indexed by offsets: object by object, then \(x\), then \(t\) fastest. Classes are
 * numbered by first occurrence in that order. Immutable.
 */
public final class FiniteSet {

    private final int[] sizesF;
    private final int[] sizesT;
    private final int[] offsets;
    private final int[] classOf;
    private final int size;
    private final int[][] representatives;

    FiniteSet(int[] sizesF, int[] sizesT, int[] offsets, int[] classOf, int size) {
        this.sizesF = sizesF;
        this.sizesT = sizesT;
        this.offsets = offsets;
        this.classOf = classOf;
        this.size = size;
        this.representatives = new int[size][];
        for (int x = 0; x < sizesF.length; x++) {
            for (int e = 0; e < sizesF[x]; e++) {
                for (int t = 0; t < sizesT[x]; t++) {
                    int cls = classOf[offsets[x] + e * sizesT[x] + t];
                    if (representatives[cls] == null) {
                        representatives[cls] = new int[] {x, e, t};
                    }
                }
            }
        }
    }

    /**
     * The number of elements (equivalence classes).
     *
     * @return the size
     */
    public int size() {
        return size;
    }

    /**
     * The class of a triple.
     *
     * @param object \(X\)
     * @param x an element of \(F(X)\)
     * @param t an element of \(T(X)\)
     * @return the class index in {@code [0, size())}
     * @throws IllegalArgumentException if an index is out of range
     */
    public int classOf(int object, int x, int t) {
        if (object < 0
                || object >= sizesF.length
                || x < 0
                || x >= sizesF[object]
                || t < 0
                || t >= sizesT[object]) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "triple (%d, %d, %d) out of range", object, x, t));
        }
        return classOf[offsets[object] + x * sizesT[object] + t];
    }

    /**
     * The first triple \((X, x, t)\) of a class.
     *
     * @param cls the class
     * @return {@code {X, x, t}}
     * @throws IllegalArgumentException if the class is out of range
     */
    public int[] representative(int cls) {
        if (cls < 0 || cls >= size) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "class (%d) out of range [0, %d)", cls, size));
        }
        return representatives[cls].clone();
    }

    @Override
    public String toString() {
        return "FiniteSet[size=" + size + ", classes=" + Arrays.toString(classOf) + "]";
    }
}
