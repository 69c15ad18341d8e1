package dev.cogs.algebra.group;

import dev.cogs.algebra.MonoidHomomorphismFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A group homomorphism \(h : G \to H\), \(h(ab) = h(a) h(b)\), as a value: source, target and the
 * map on element indices.
 *
 * <p>For groups, preserving products implies preserving the identity and inverses. Composition
 * follows the house order: {@link #compose(GroupHomomorphism, GroupHomomorphism) compose(g, f)} is
 * \(g \circ f\) (apply {@code f} first).
 *
 * <p>This class is immutable: the map is copied in and out.
 */
public final class GroupHomomorphism {

    private final FiniteGroup source;
    private final FiniteGroup target;
    private final int[] map;

    private GroupHomomorphism(FiniteGroup source, FiniteGroup target, int[] map) {
        this.source = source;
        this.target = target;
        this.map = map;
    }

    /**
     * A homomorphism from its map, checked on all \(|G|^2\) pairs.
     *
     * @param source the source group \(G\)
     * @param target the target group \(H\)
     * @param map {@code map[g]} is \(h(g)\), an element of the target; copied
     * @return the homomorphism
     * @throws IllegalArgumentException if the map has the wrong length or an image out of range, or
     *     the product is not preserved (the message lists the first failures, see {@link
     *     #failures(FiniteGroup, FiniteGroup, int[])})
     * @throws NullPointerException if an argument is null
     */
    public static GroupHomomorphism of(FiniteGroup source, FiniteGroup target, int[] map) {
        List<MonoidHomomorphismFailure> failures = failures(source, target, map);
        if (!failures.isEmpty()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "not a homomorphism %s -> %s: %d failure(s): %s",
                            source.name(),
                            target.name(),
                            failures.size(),
                            failures.stream()
                                    .limit(3)
                                    .map(f -> describe(f, source, target))
                                    .collect(Collectors.joining("; "))));
        }
        return new GroupHomomorphism(source, target, map.clone());
    }

    /** A map known to be a homomorphism; not copied, not checked. */
    static GroupHomomorphism trusted(FiniteGroup source, FiniteGroup target, int[] map) {
        return new GroupHomomorphism(source, target, map);
    }

    private static String describe(
            MonoidHomomorphismFailure f, FiniteGroup source, FiniteGroup target) {
        if (f instanceof MonoidHomomorphismFailure.ProductNotPreserved) {
            MonoidHomomorphismFailure.ProductNotPreserved p =
                    (MonoidHomomorphismFailure.ProductNotPreserved) f;
            return String.format(
                    Locale.ROOT,
                    "h(%s·%s) = %s but h(%s)·h(%s) = %s",
                    source.label(p.a()),
                    source.label(p.b()),
                    target.label(p.lhs()),
                    source.label(p.a()),
                    source.label(p.b()),
                    target.label(p.rhs()));
        }
        MonoidHomomorphismFailure.UnitNotPreserved u =
                (MonoidHomomorphismFailure.UnitNotPreserved) f;
        return String.format(
                Locale.ROOT,
                "h(e) = %s is not the identity %s",
                target.label(u.image()),
                target.label(u.unit()));
    }

    /**
     * The violated homomorphism laws of a map, with witnesses: \(h(e) = e'\), then \(h(ab) = h(a)
     * h(b)\) for all pairs (row-major).
     *
     * @param source the source group
     * @param target the target group
     * @param map {@code map[g]} is \(h(g)\)
     * @return the failures, empty if {@code map} is a homomorphism; unmodifiable
     * @throws IllegalArgumentException if {@code map.length != source.order()} or an image is out
     *     of the target's range
     * @throws NullPointerException if an argument is null
     */
    public static List<MonoidHomomorphismFailure> failures(
            FiniteGroup source, FiniteGroup target, int[] map) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(map, "map");
        int n = source.order();
        if (map.length != n) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "map length %d vs source order %d", map.length, n));
        }
        for (int a = 0; a < n; a++) {
            if (map[a] < 0 || map[a] >= target.order()) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "map[%d] (%d) must be in [0, %d)",
                                a,
                                map[a],
                                target.order()));
            }
        }
        List<MonoidHomomorphismFailure> failures = new ArrayList<>();
        if (map[source.identity()] != target.identity()) {
            failures.add(
                    new MonoidHomomorphismFailure.UnitNotPreserved(
                            map[source.identity()], target.identity()));
        }
        int[][] s = source.table();
        int[][] t = target.table();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int lhs = map[s[a][b]];
                int rhs = t[map[a]][map[b]];
                if (lhs != rhs) {
                    failures.add(new MonoidHomomorphismFailure.ProductNotPreserved(a, b, lhs, rhs));
                }
            }
        }
        return Collections.unmodifiableList(failures);
    }

    /**
     * The composite \(g \circ f\): apply {@code f} first, then {@code g}.
     *
     * @param g the second map, \(H \to K\)
     * @param f the first map, \(G \to H\)
     * @return \(g \circ f : G \to K\)
     * @throws IllegalArgumentException if {@code f}'s target is not {@code g}'s source
     * @throws NullPointerException if an argument is null
     */
    public static GroupHomomorphism compose(GroupHomomorphism g, GroupHomomorphism f) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(f, "f");
        if (!f.target.equals(g.source)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "compose(g, f): f's target %s is not g's source %s",
                            f.target.name(),
                            g.source.name()));
        }
        int[] m = new int[f.map.length];
        for (int a = 0; a < m.length; a++) {
            m[a] = g.map[f.map[a]];
        }
        return new GroupHomomorphism(f.source, g.target, m);
    }

    /**
     * The inverse isomorphism \(h^{-1} : H \to G\).
     *
     * @return the inverse
     * @throws ArithmeticException if this map is not bijective
     */
    public GroupHomomorphism inverse() {
        if (!isIsomorphism()) {
            throw new ArithmeticException(
                    String.format(
                            Locale.ROOT,
                            "%s -> %s is not bijective, so it has no inverse",
                            source.name(),
                            target.name()));
        }
        int[] inv = new int[map.length];
        for (int a = 0; a < map.length; a++) {
            inv[map[a]] = a;
        }
        return new GroupHomomorphism(target, source, inv);
    }

    /**
     * The source group \(G\).
     *
     * @return the source
     */
    public FiniteGroup source() {
        return source;
    }

    /**
     * The target group \(H\).
     *
     * @return the target
     */
    public FiniteGroup target() {
        return target;
    }

    /**
     * The image \(h(g)\).
     *
     * @param g an element of the source
     * @return its image in the target
     * @throws IndexOutOfBoundsException if {@code g} is out of range
     */
    public int apply(int g) {
        Objects.checkIndex(g, map.length);
        return map[g];
    }

    /**
     * The map on element indices.
     *
     * @return a fresh copy, {@code map[g]} = \(h(g)\)
     */
    public int[] map() {
        return map.clone();
    }

    /**
     * Whether the map is a bijection (an isomorphism of groups).
     *
     * @return true if bijective
     */
    public boolean isIsomorphism() {
        if (source.order() != target.order()) {
            return false;
        }
        boolean[] hit = new boolean[target.order()];
        for (int v : map) {
            if (hit[v]) {
                return false;
            }
            hit[v] = true;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GroupHomomorphism)) {
            return false;
        }
        GroupHomomorphism other = (GroupHomomorphism) o;
        return source.equals(other.source)
                && target.equals(other.target)
                && Arrays.equals(map, other.map);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, target, Arrays.hashCode(map));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "GroupHomomorphism(%s -> %s, %s)",
                source.name(),
                target.name(),
                Arrays.toString(map));
    }
}
