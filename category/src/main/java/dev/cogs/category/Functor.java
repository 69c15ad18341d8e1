package dev.cogs.category;

import java.util.List;

/**
 * A functor F: C → D between finite categories, given by its object and morphism maps.
 *
 * <p>Laws (checked by {@link #failures()}): dom F(m) = F(dom m), cod F(m) = F(cod m), F(id_X) =
 * id_{F X}, F(g∘f) = F(g)∘F(f) on every composable pair. Values are immutable; the library's
 * implementations compare by source, target and maps. Build them with {@link Functors}.
 */
public interface Functor {

    /**
     * The source category C.
     *
     * @return C
     */
    FiniteCategory source();

    /**
     * The target category D.
     *
     * @return D
     */
    FiniteCategory target();

    /**
     * The image of an object.
     *
     * @param x an object of C
     * @return F(x)
     * @throws IllegalArgumentException if {@code x} is out of range
     */
    int onObject(int x);

    /**
     * The image of a morphism.
     *
     * @param m a morphism of C
     * @return F(m)
     * @throws IllegalArgumentException if {@code m} is out of range
     */
    int onMorphism(int m);

    /**
     * The violated functor laws, in check order (ranges, typing, identities, composition), at most
     * 100.
     *
     * @return an immutable list, empty iff this is a functor
     */
    List<FunctorFailure> failures();

    /**
     * Whether the functor laws hold.
     *
     * @return true iff {@link #failures()} is empty
     */
    default boolean isFunctor() {
        return failures().isEmpty();
    }

    /**
     * Whether every map Hom(a, b) → Hom(Fa, Fb) is surjective.
     *
     * @return true if full
     * @throws IllegalStateException if this is not a functor (see {@link #failures()})
     */
    boolean isFull();

    /**
     * Whether every map Hom(a, b) → Hom(Fa, Fb) is injective.
     *
     * @return true if faithful
     * @throws IllegalStateException if this is not a functor (see {@link #failures()})
     */
    boolean isFaithful();

    /**
     * Whether every map Hom(a, b) → Hom(Fa, Fb) is bijective.
     *
     * @return true if full and faithful
     * @throws IllegalStateException if this is not a functor
     */
    default boolean isFullyFaithful() {
        return isFull() && isFaithful();
    }

    /**
     * Whether distinct objects have distinct images.
     *
     * @return true if injective on objects
     */
    default boolean isInjectiveOnObjects() {
        int k = source().objectCount();
        boolean[] seen = new boolean[target().objectCount()];
        for (int x = 0; x < k; x++) {
            int y = onObject(x);
            if (seen[y]) {
                return false;
            }
            seen[y] = true;
        }
        return true;
    }

    /**
     * The object map as a fresh array.
     *
     * @return {@code [F(0), …, F(k−1)]}
     */
    default int[] objectMap() {
        int[] a = new int[source().objectCount()];
        for (int x = 0; x < a.length; x++) {
            a[x] = onObject(x);
        }
        return a;
    }

    /**
     * The morphism map as a fresh array.
     *
     * @return {@code [F(0), …, F(n−1)]}
     */
    default int[] morphismMap() {
        int[] a = new int[source().morphismCount()];
        for (int m = 0; m < a.length; m++) {
            a[m] = onMorphism(m);
        }
        return a;
    }
}
