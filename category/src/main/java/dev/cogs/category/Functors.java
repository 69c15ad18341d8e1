package dev.cogs.category;

import dev.cogs.category.internal.Buckets;
import dev.cogs.category.internal.UnionFind;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Static factories for functors and the enumeration of Fun(C, D) (docs/category.md §2.4).
 *
 * <p>Composition order: {@code compose(g, f)} is G∘F ("F, then G"), matching {@link
 * FiniteCategory#compose}; {@code andThen(f, g)} is the same functor in diagrammatic order.
 */
public final class Functors {

    private Functors() {}

    /**
     * A validated functor from full object and morphism maps.
     *
     * @param c the source category
     * @param d the target category
     * @param objectMap {@code objectMap[x]} = F(x) (copied)
     * @param morphismMap {@code morphismMap[m]} = F(m) (copied)
     * @return the functor
     * @throws IllegalArgumentException if a map has the wrong length or the functor laws fail; the
     *     message lists the first failures
     */
    public static Functor of(
            FiniteCategory c, FiniteCategory d, int[] objectMap, int[] morphismMap) {
        Functor f = candidate(c, d, objectMap, morphismMap);
        require(f);
        return f;
    }

    /**
     * An unvalidated candidate whose {@link Functor#failures()} may be non-empty; use it to study
     * bad data.
     *
     * @param c the source category
     * @param d the target category
     * @param objectMap {@code objectMap[x]} = F(x) (copied)
     * @param morphismMap {@code morphismMap[m]} = F(m) (copied)
     * @return the candidate
     * @throws IllegalArgumentException if a map has the wrong length
     */
    public static Functor candidate(
            FiniteCategory c, FiniteCategory d, int[] objectMap, int[] morphismMap) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(d, "d");
        return new MapFunctor(c, d, objectMap.clone(), morphismMap.clone());
    }

    private static void require(Functor f) {
        List<FunctorFailure> fails = f.failures();
        if (!fails.isEmpty()) {
            throw new IllegalArgumentException(
                    "not a functor: "
                            + fails.size()
                            + (fails.size() >= 100 ? "+" : "")
                            + " failure(s), first: "
                            + describe(fails.subList(0, Math.min(5, fails.size())), f));
        }
    }

    /**
     * A functor given on objects and on a generating set of morphisms, extended along words and
     * validated.
     *
     * <p>The keys of {@code generatorMap} may be any set of morphisms that generates C (for example
     * {@link FiniteCategory#generators()}, or the Hasse edges of a poset). Every other morphism is
     * extended along a fixed shortest word in the keys (breadth-first from the identities, keys in
     * ascending order); then every composable pair is checked, so a relation of C that the images
     * violate is reported as {@link FunctorFailure.CompositionNotPreserved}.
     *
     * @param c the source category
     * @param d the target category
     * @param objectMap {@code objectMap[x]} = F(x)
     * @param generatorMap generator ↦ image
     * @return the functor
     * @throws IllegalArgumentException if the keys do not generate C (the message names an
     *     unreached morphism), a key or image is out of range, an image is ill-typed, or the
     *     extension is not a functor (the message lists the failures)
     */
    public static Functor onGenerators(
            FiniteCategory c,
            FiniteCategory d,
            int[] objectMap,
            Map<Integer, Integer> generatorMap) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(d, "d");
        Objects.requireNonNull(objectMap, "objectMap");
        Objects.requireNonNull(generatorMap, "generatorMap");
        int k = c.objectCount();
        int n = c.morphismCount();
        if (objectMap.length != k) {
            throw new IllegalArgumentException(
                    "objectMap has length " + objectMap.length + ", source has " + k + " objects");
        }
        for (int x = 0; x < k; x++) {
            if (objectMap[x] < 0 || objectMap[x] >= d.objectCount()) {
                throw new IllegalArgumentException(
                        "objectMap["
                                + x
                                + "] ("
                                + objectMap[x]
                                + ") out of range [0, "
                                + d.objectCount()
                                + ")");
            }
        }
        TreeMap<Integer, Integer> gens = new TreeMap<>(generatorMap);
        for (Map.Entry<Integer, Integer> e : gens.entrySet()) {
            int g = e.getKey();
            int v = e.getValue();
            if (g < 0 || g >= n) {
                throw new IllegalArgumentException(
                        "generator (" + g + ") out of range [0, " + n + ")");
            }
            if (v < 0 || v >= d.morphismCount()) {
                throw new IllegalArgumentException(
                        "image of generator "
                                + g
                                + " ("
                                + v
                                + ") out of range [0, "
                                + d.morphismCount()
                                + ")");
            }
            if (d.dom(v) != objectMap[c.dom(g)] || d.cod(v) != objectMap[c.cod(g)]) {
                throw new IllegalArgumentException(
                        "image of generator "
                                + g
                                + " ("
                                + c.dom(g)
                                + " -> "
                                + c.cod(g)
                                + ") is "
                                + v
                                + " ("
                                + d.dom(v)
                                + " -> "
                                + d.cod(v)
                                + "), expected a morphism "
                                + objectMap[c.dom(g)]
                                + " -> "
                                + objectMap[c.cod(g)]);
            }
        }
        int[] val = new int[n];
        Arrays.fill(val, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int x = 0; x < k; x++) {
            int id = c.identity(x);
            if (val[id] < 0) {
                val[id] = d.identity(objectMap[x]);
                queue.add(id);
            }
        }
        while (!queue.isEmpty()) {
            int m = queue.poll();
            for (Map.Entry<Integer, Integer> e : gens.entrySet()) {
                int g = e.getKey();
                if (c.dom(g) == c.cod(m)) {
                    int z = c.compose(g, m);
                    if (val[z] < 0) {
                        val[z] = d.compose(e.getValue(), val[m]);
                        queue.add(z);
                    }
                }
            }
        }
        for (int m = 0; m < n; m++) {
            if (val[m] < 0) {
                throw new IllegalArgumentException(
                        "generatorMap keys "
                                + gens.keySet()
                                + " do not generate the source: morphism "
                                + m
                                + " is unreached");
            }
        }
        for (Map.Entry<Integer, Integer> e : gens.entrySet()) {
            val[e.getKey()] = e.getValue();
        }
        Functor f = new MapFunctor(c, d, objectMap.clone(), val);
        require(f);
        return f;
    }

    /**
     * The identity functor.
     *
     * @param c a category
     * @return id_C
     */
    public static Functor identity(FiniteCategory c) {
        Objects.requireNonNull(c, "c");
        int[] o = new int[c.objectCount()];
        for (int x = 0; x < o.length; x++) {
            o[x] = x;
        }
        int[] m = new int[c.morphismCount()];
        for (int i = 0; i < m.length; i++) {
            m[i] = i;
        }
        return new MapFunctor(c, c, o, m);
    }

    /**
     * The composite G∘F ("F, then G").
     *
     * @param g the second functor
     * @param f the first functor
     * @return G∘F
     * @throws IllegalArgumentException if {@code f.target()} does not equal {@code g.source()}
     */
    public static Functor compose(Functor g, Functor f) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(f, "f");
        if (!f.target().equals(g.source())) {
            throw new IllegalArgumentException(
                    "cannot compose: target of f ("
                            + f.target()
                            + ") is not the source of g ("
                            + g.source()
                            + ")");
        }
        int[] o = new int[f.source().objectCount()];
        for (int x = 0; x < o.length; x++) {
            o[x] = g.onObject(f.onObject(x));
        }
        int[] m = new int[f.source().morphismCount()];
        for (int i = 0; i < m.length; i++) {
            m[i] = g.onMorphism(f.onMorphism(i));
        }
        return new MapFunctor(f.source(), g.target(), o, m);
    }

    /**
     * The composite in diagrammatic order, "F, then G": {@code andThen(f, g)} equals {@code
     * compose(g, f)}.
     *
     * @param f the first functor
     * @param g the second functor
     * @return G∘F
     * @throws IllegalArgumentException if {@code f.target()} does not equal {@code g.source()}
     */
    public static Functor andThen(Functor f, Functor g) {
        return compose(g, f);
    }

    /**
     * The inclusion of a full subcategory built by {@link
     * Constructions#fullSubcategory(FiniteCategory, int...)}.
     *
     * @param c the ambient category
     * @param objects the same objects, in the same order, as given to {@code fullSubcategory}
     * @return the inclusion functor, whose source is {@code Constructions.fullSubcategory(c,
     *     objects)}
     * @throws IllegalArgumentException as {@code fullSubcategory}
     */
    public static Functor inclusion(FiniteCategory c, int... objects) {
        FiniteCategory sub = Constructions.fullSubcategory(c, objects);
        int[] m = new int[sub.morphismCount()];
        boolean[] in = new boolean[c.objectCount()];
        for (int x : objects) {
            in[x] = true;
        }
        int i = 0;
        for (int f = 0; f < c.morphismCount(); f++) {
            if (in[c.dom(f)] && in[c.cod(f)]) {
                m[i++] = f;
            }
        }
        return new MapFunctor(sub, c, objects.clone(), m);
    }

    /**
     * All functors C → D as a lazy stream, in the deterministic order of the backtracking search
     * (MRV over generators, candidates in ascending morphism index).
     *
     * @param c the source category
     * @param d the target category
     * @return the functors; each validates and they are pairwise distinct
     */
    public static Stream<Functor> all(FiniteCategory c, FiniteCategory d) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(d, "d");
        FunctorSearch search = new FunctorSearch(c, d);
        Spliterator<Functor> s =
                new Spliterators.AbstractSpliterator<Functor>(
                        Long.MAX_VALUE,
                        Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT) {
                    @Override
                    public boolean tryAdvance(Consumer<? super Functor> action) {
                        if (!search.next()) {
                            return false;
                        }
                        action.accept(search.current());
                        return true;
                    }
                };
        return StreamSupport.stream(s, false);
    }

    /**
     * An isomorphism of categories C → D (a relabelling of objects and morphisms that preserves the
     * structure), if one exists: the functor search restricted to maps injective on objects and
     * morphisms, pruned at the first collision.
     *
     * @param c the first category
     * @param d the second category
     * @return the first isomorphism in search order, or empty if C and D are not isomorphic
     */
    public static java.util.Optional<Functor> isomorphism(FiniteCategory c, FiniteCategory d) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(d, "d");
        if (c.objectCount() != d.objectCount() || c.morphismCount() != d.morphismCount()) {
            return java.util.Optional.empty();
        }
        FunctorSearch search = new FunctorSearch(c, d, true);
        return search.next() ? java.util.Optional.of(search.current()) : java.util.Optional.empty();
    }

    /**
     * |Aut(C)|, the number of isomorphisms C → C.
     *
     * @param c the category
     * @return the order of its automorphism group
     */
    public static long automorphismCount(FiniteCategory c) {
        Objects.requireNonNull(c, "c");
        FunctorSearch search = new FunctorSearch(c, c, true);
        long k = 0;
        while (search.next()) {
            k++;
        }
        return k;
    }

    /**
     * |Fun(C, D)|, by backtracking per connected component of C (the count is the product over
     * components).
     *
     * <p>Cost: proportional to the number of functors of each component times O(|Mor C|·deg)
     * propagation, never to |Mor D|^|Mor C|.
     *
     * @param c the source category
     * @param d the target category
     * @return the number of functors
     * @throws ArithmeticException if the count overflows a long
     */
    public static long count(FiniteCategory c, FiniteCategory d) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(d, "d");
        List<int[]> comps = components(c);
        if (comps.size() <= 1) {
            return countConnected(c, d);
        }
        long total = 1;
        for (int[] comp : comps) {
            long k = countConnected(Constructions.fullSubcategory(c, comp), d);
            if (k == 0) {
                return 0;
            }
            total = Math.multiplyExact(total, k);
        }
        return total;
    }

    /**
     * min(|Fun(C, D)|, limit): the search stops as soon as {@code limit} functors are known to
     * exist, so the cost is bounded by the limit rather than by the full count.
     *
     * @param c the source category
     * @param d the target category
     * @param limit the cap, ≥ 0
     * @return the capped count
     * @throws IllegalArgumentException if {@code limit < 0}
     */
    public static long count(FiniteCategory c, FiniteCategory d, long limit) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(d, "d");
        if (limit < 0) {
            throw new IllegalArgumentException("limit (" + limit + ") must be >= 0");
        }
        List<int[]> comps = components(c);
        if (comps.size() <= 1) {
            return countConnected(c, d, limit);
        }
        long[] counts = new long[comps.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = countConnected(Constructions.fullSubcategory(c, comps.get(i)), d, limit);
            if (counts[i] == 0) {
                return 0;
            }
        }
        long total = 1;
        for (long k : counts) {
            if (total >= (limit + k - 1) / k) {
                return limit;
            }
            total *= k;
        }
        return Math.min(total, limit);
    }

    private static long countConnected(FiniteCategory c, FiniteCategory d) {
        return countConnected(c, d, Long.MAX_VALUE);
    }

    private static long countConnected(FiniteCategory c, FiniteCategory d, long limit) {
        FunctorSearch search = new FunctorSearch(c, d);
        long k = 0;
        while (k < limit && search.next()) {
            k++;
        }
        return k;
    }

    /**
     * Connected components of the underlying graph, each as ascending objects, ordered by least
     * object.
     */
    static List<int[]> components(FiniteCategory c) {
        int k = c.objectCount();
        UnionFind classes = UnionFind.singletons(k);
        for (int m = 0; m < c.morphismCount(); m++) {
            classes.union(c.dom(m), c.cod(m));
        }
        int[] index = classes.classIndex();
        return Arrays.asList(Buckets.byKey(classes.classCount(), k, index));
    }

    /** The failures in words, with the source's and target's labels, separated by "; ". */
    static String describe(List<FunctorFailure> failures, Functor f) {
        StringBuilder sb = new StringBuilder();
        for (FunctorFailure x : failures) {
            sb.append(sb.length() == 0 ? "" : "; ")
                    .append(x.describe(f.source().labels(), f.target().labels()));
        }
        return sb.toString();
    }
}
