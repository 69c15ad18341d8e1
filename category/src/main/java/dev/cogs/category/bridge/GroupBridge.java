package dev.cogs.category.bridge;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.GroupHomomorphism;
import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functor;
import dev.cogs.category.Functors;
import java.util.Locale;
import java.util.Objects;

/**
 * Finite groups ({@link FiniteGroup}) as one-object categories and back (docs/category.md §3.1; the
 * groups of docs/cogs-math.md §14).
 *
 * <p>A group G is the one-object groupoid BG: morphism g is element g, \(g \circ h = gh\) ({@code
 * table[g][h]}), the identity morphism is the identity element; every morphism is invertible.
 * Functors BG → BH are exactly the group homomorphisms. The conversions are inverse to each other
 * on tables: {@code group(oneObject(g))} has the table of g (with generic labels), and {@code
 * oneObject(group(c))} is c for a one-object groupoid c whose identity is morphism {@code
 * identity(0)}.
 */
public final class GroupBridge {

    private GroupBridge() {}

    /**
     * The one-object groupoid BG of a finite group.
     *
     * @param group the group
     * @return BG, morphism g being element g
     * @throws NullPointerException if {@code group} is null
     */
    public static FiniteCategory oneObject(FiniteGroup group) {
        Objects.requireNonNull(group, "group");
        return Categories.fromGroupTable(group.table(), group.identity());
    }

    /**
     * The group of a one-object category whose morphisms are all invertible, checked by {@link
     * FiniteGroup#of}.
     *
     * @param c a category with one object
     * @param name the group's name, not blank
     * @return the group End(X), element g being morphism g, labels {@code "0"}, {@code "1"}, …
     * @throws IllegalArgumentException if c does not have exactly one object, or its morphisms do
     *     not form a group (the message names the failed axiom and the elements, for example a
     *     morphism without an inverse)
     */
    public static FiniteGroup group(FiniteCategory c, String name) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(name, "name");
        if (c.objectCount() != 1) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "category has %d objects; a group is a category with exactly one object",
                            c.objectCount()));
        }
        int n = c.morphismCount();
        int[][] t = new int[n][n];
        java.util.List<String> labels = new java.util.ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            labels.add(Integer.toString(a));
            for (int b = 0; b < n; b++) {
                t[a][b] = c.compose(a, b);
            }
        }
        return FiniteGroup.of(name, t, labels);
    }

    /**
     * A group homomorphism as the functor Bh: BG → BH.
     *
     * @param h the homomorphism
     * @return the functor, object 0 to object 0 and morphism g to h(g)
     * @throws NullPointerException if {@code h} is null
     */
    public static Functor functor(GroupHomomorphism h) {
        Objects.requireNonNull(h, "h");
        return Functors.of(oneObject(h.source()), oneObject(h.target()), new int[] {0}, h.map());
    }

    /**
     * The homomorphism of a functor between one-object groupoids, checked.
     *
     * @param f a functor BG → BH
     * @param source G, whose table is that of {@code f.source()}
     * @param target H, whose table is that of {@code f.target()}
     * @return the homomorphism g ↦ F(g)
     * @throws IllegalArgumentException if a category is not the one-object category of the given
     *     group, or the map is not a homomorphism (the failures are listed)
     */
    public static GroupHomomorphism homomorphism(
            Functor f, FiniteGroup source, FiniteGroup target) {
        Objects.requireNonNull(f, "f");
        requireSameTable(f.source(), source, "source");
        requireSameTable(f.target(), target, "target");
        int[] map = new int[source.order()];
        for (int g = 0; g < map.length; g++) {
            map[g] = f.onMorphism(g);
        }
        return GroupHomomorphism.of(source, target, map);
    }

    private static void requireSameTable(FiniteCategory c, FiniteGroup g, String what) {
        Objects.requireNonNull(g, what);
        if (c.objectCount() != 1 || c.morphismCount() != g.order()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s category (%d objects, %d morphisms) is not the one-object category of %s (order %d)",
                            what,
                            c.objectCount(),
                            c.morphismCount(),
                            g.name(),
                            g.order()));
        }
        for (int a = 0; a < g.order(); a++) {
            for (int b = 0; b < g.order(); b++) {
                if (c.compose(a, b) != g.multiply(a, b)) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "%s category composes %d∘%d = %d but %s has %s·%s = %s",
                                    what,
                                    a,
                                    b,
                                    c.compose(a, b),
                                    g.name(),
                                    g.label(a),
                                    g.label(b),
                                    g.label(g.multiply(a, b))));
                }
            }
        }
    }
}
