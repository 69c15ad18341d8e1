package dev.cogs.category.sets;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Search for natural transformations \(F \Rightarrow G\) between set-valued functors, with explicit
 * modes (docs/category.md §2.6): {@link #any}, {@link #unique}, {@link #all} and {@link #count}.
 *
 * <p>Finding a natural transformation is the C-set homomorphism problem, NP-complete in general (it
 * contains graph homomorphism). The search is a backtracking constraint solver: variables
 * \(\alpha_X(x)\), propagation of each choice along the actions of all morphisms,
 * minimum-remaining-values ordering, and injectivity / surjectivity pruning for {@code monic} /
 * {@code epic} / {@code iso} components. Without monic, epic, iso or initial constraints, {@link
 * #count} factorises over the connected components of the elements of \(F\) and multiplies the
 * counts.
 *
 * <p>Order: results come in the deterministic order of the search (lexicographic in the chosen
 * variables); the same inputs always give the same sequence. There is deliberately no call that
 * returns an arbitrary one of several transformations under a name suggesting uniqueness.
 */
public final class NatSearch {

    private NatSearch() {}

    /**
     * Constraints of a search.
     *
     * @param monic objects whose component must be injective
     * @param epic objects whose component must be surjective
     * @param iso objects whose component must be bijective
     * @param initial a partial assignment: object to an array of length \(|F(X)|\) whose
     *     non-negative entries fix \(\alpha_X(x)\) (−1 leaves it free)
     * @param take stop after this many results (&gt; 0)
     * @param max fail with {@link IllegalStateException} if more than this many results exist (&ge;
     *     0)
     */
    public record Constraints(
            Set<Integer> monic,
            Set<Integer> epic,
            Set<Integer> iso,
            Map<Integer, int[]> initial,
            OptionalLong take,
            OptionalLong max) {

        /**
         * Validates and copies.
         *
         * @param monic objects with injective components
         * @param epic objects with surjective components
         * @param iso objects with bijective components
         * @param initial the partial assignment
         * @param take result limit
         * @param max failure threshold
         * @throws IllegalArgumentException if both take and max are set, or they are out of range
         */
        public Constraints {
            monic = Set.copyOf(new TreeSet<>(Objects.requireNonNull(monic, "monic")));
            epic = Set.copyOf(new TreeSet<>(Objects.requireNonNull(epic, "epic")));
            iso = Set.copyOf(new TreeSet<>(Objects.requireNonNull(iso, "iso")));
            Map<Integer, int[]> copy = new TreeMap<>();
            for (Map.Entry<Integer, int[]> e :
                    Objects.requireNonNull(initial, "initial").entrySet()) {
                copy.put(
                        Objects.requireNonNull(e.getKey(), "initial key"),
                        Objects.requireNonNull(e.getValue(), "initial value").clone());
            }
            initial = java.util.Collections.unmodifiableMap(copy);
            Objects.requireNonNull(take, "take");
            Objects.requireNonNull(max, "max");
            if (take.isPresent() && max.isPresent()) {
                throw new IllegalArgumentException(
                        "take and max are exclusive; got take="
                                + take.getAsLong()
                                + ", max="
                                + max.getAsLong());
            }
            if (take.isPresent() && !(take.getAsLong() > 0)) {
                throw new IllegalArgumentException("take (" + take.getAsLong() + ") must be > 0");
            }
            if (max.isPresent() && max.getAsLong() < 0) {
                throw new IllegalArgumentException("max (" + max.getAsLong() + ") must be >= 0");
            }
        }

        /**
         * No constraints.
         *
         * @return the empty constraints
         */
        public static Constraints none() {
            return new Constraints(
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Map.of(),
                    OptionalLong.empty(),
                    OptionalLong.empty());
        }

        /**
         * Bijective components at every object of a category with {@code objects} objects.
         *
         * @param objects the object count
         * @return iso constraints everywhere
         */
        public static Constraints isoEverywhere(int objects) {
            return none().withIso(java.util.stream.IntStream.range(0, objects).toArray());
        }

        /**
         * Adds monic objects.
         *
         * @param objects the objects
         * @return new constraints
         */
        public Constraints withMonic(int... objects) {
            return new Constraints(union(monic, objects), epic, iso, initial, take, max);
        }

        /**
         * Adds epic objects.
         *
         * @param objects the objects
         * @return new constraints
         */
        public Constraints withEpic(int... objects) {
            return new Constraints(monic, union(epic, objects), iso, initial, take, max);
        }

        /**
         * Adds iso objects.
         *
         * @param objects the objects
         * @return new constraints
         */
        public Constraints withIso(int... objects) {
            return new Constraints(monic, epic, union(iso, objects), initial, take, max);
        }

        /**
         * Fixes part of one component.
         *
         * @param object the object
         * @param partial the values, −1 for free
         * @return new constraints
         */
        public Constraints withInitial(int object, int... partial) {
            Map<Integer, int[]> m = new TreeMap<>(initial);
            m.put(object, partial.clone());
            return new Constraints(monic, epic, iso, m, take, max);
        }

        /**
         * Stops after {@code k} results.
         *
         * @param k the limit, &gt; 0
         * @return new constraints
         */
        public Constraints withTake(long k) {
            return new Constraints(
                    monic, epic, iso, initial, OptionalLong.of(k), OptionalLong.empty());
        }

        /**
         * Fails if more than {@code k} results exist.
         *
         * @param k the threshold, &ge; 0
         * @return new constraints
         */
        public Constraints withMax(long k) {
            return new Constraints(
                    monic, epic, iso, initial, OptionalLong.empty(), OptionalLong.of(k));
        }

        private static Set<Integer> union(Set<Integer> s, int... more) {
            Set<Integer> r = new TreeSet<>(s);
            for (int x : more) {
                r.add(x);
            }
            return r;
        }

        boolean isLocal() {
            return monic.isEmpty() && epic.isEmpty() && iso.isEmpty() && initial.isEmpty();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Constraints)) {
                return false;
            }
            Constraints c = (Constraints) o;
            if (!monic.equals(c.monic)
                    || !epic.equals(c.epic)
                    || !iso.equals(c.iso)
                    || !take.equals(c.take)
                    || !max.equals(c.max)
                    || !initial.keySet().equals(c.initial.keySet())) {
                return false;
            }
            for (Map.Entry<Integer, int[]> e : initial.entrySet()) {
                if (!Arrays.equals(e.getValue(), c.initial.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return Objects.hash(monic, epic, iso, take, max, initial.keySet());
        }

        @Override
        public String toString() {
            return "Constraints[monic="
                    + monic
                    + ", epic="
                    + epic
                    + ", iso="
                    + iso
                    + ", initial="
                    + initial.keySet()
                    + ", take="
                    + take
                    + ", max="
                    + max
                    + "]";
        }
    }

    /**
     * The first natural transformation in search order, if any.
     *
     * @param f the source \(F\)
     * @param g the target \(G\)
     * @param c the constraints ({@code take}/{@code max} are honoured: {@code max} may throw)
     * @return the first transformation, or empty
     * @throws IllegalArgumentException if {@code f} and {@code g} differ in domain or variance, or
     *     a constraint names an object out of range or has a wrong length
     * @throws IllegalStateException if {@code max} is set and exceeded
     */
    public static Optional<NaturalTransformation> any(SetFunctor f, SetFunctor g, Constraints c) {
        return all(f, g, c).findFirst();
    }

    /**
     * Whether exactly one natural transformation satisfies the constraints.
     *
     * @param f the source \(F\)
     * @param g the target \(G\)
     * @param c the constraints ({@code take} and {@code max} are ignored: two results decide)
     * @return none, one (with it), or several (with the first two)
     * @throws IllegalArgumentException as {@link #any}
     */
    public static UniqueResult unique(SetFunctor f, SetFunctor g, Constraints c) {
        Constraints plain =
                new Constraints(
                        c.monic(),
                        c.epic(),
                        c.iso(),
                        c.initial(),
                        OptionalLong.empty(),
                        OptionalLong.empty());
        Iterator<NaturalTransformation> it = all(f, g, plain).iterator();
        if (!it.hasNext()) {
            return new UniqueResult.None();
        }
        NaturalTransformation first = it.next();
        if (!it.hasNext()) {
            return new UniqueResult.One(first);
        }
        return new UniqueResult.Several(first, it.next());
    }

    /**
     * All natural transformations, lazily, in search order.
     *
     * @param f the source \(F\)
     * @param g the target \(G\)
     * @param c the constraints
     * @return the stream (with {@code max}, consuming beyond {@code max} elements throws {@link
     *     IllegalStateException})
     * @throws IllegalArgumentException as {@link #any}
     */
    public static Stream<NaturalTransformation> all(SetFunctor f, SetFunctor g, Constraints c) {
        NatSearchEngine engine = new NatSearchEngine(check(f, g, c), g, c);
        Iterator<NaturalTransformation> it =
                new Iterator<>() {
                    private long produced;

                    @Override
                    public boolean hasNext() {
                        if (c.take().isPresent() && produced >= c.take().getAsLong()) {
                            return false;
                        }
                        boolean more = engine.hasNext();
                        if (more && c.max().isPresent() && produced >= c.max().getAsLong()) {
                            throw new IllegalStateException(
                                    String.format(
                                            Locale.ROOT,
                                            "more than max (%d) natural transformations",
                                            c.max().getAsLong()));
                        }
                        return more;
                    }

                    @Override
                    public NaturalTransformation next() {
                        if (!hasNext()) {
                            throw new java.util.NoSuchElementException(
                                    "no further natural transformation");
                        }
                        produced++;
                        return NaturalTransformation.trusted(f, g, engine.next());
                    }
                };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(
                        it, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
                false);
    }

    /**
     * The number of natural transformations satisfying the constraints (at most {@code take}).
     *
     * @param f the source \(F\)
     * @param g the target \(G\)
     * @param c the constraints
     * @return the count
     * @throws IllegalArgumentException as {@link #any}
     * @throws IllegalStateException if {@code max} is set and exceeded
     * @throws ArithmeticException if the count overflows a {@code long}
     */
    public static long count(SetFunctor f, SetFunctor g, Constraints c) {
        NatSearchEngine engine = new NatSearchEngine(check(f, g, c), g, c);
        long cap =
                c.take().isPresent()
                        ? c.take().getAsLong()
                        : c.max().isPresent() ? c.max().getAsLong() + 1 : Long.MAX_VALUE;
        long n;
        if (c.isLocal()) {
            n = 1;
            for (boolean[] component : engine.components()) {
                engine.restrictTo(component);
                long k = engine.countUpTo(cap);
                n = Math.multiplyExact(n, k);
                if (n == 0) {
                    break;
                }
            }
            n = Math.min(n, cap);
        } else {
            n = engine.countUpTo(cap);
        }
        if (c.max().isPresent() && n > c.max().getAsLong()) {
            throw new IllegalStateException(
                    String.format(
                            Locale.ROOT,
                            "more than max (%d) natural transformations",
                            c.max().getAsLong()));
        }
        return n;
    }

    private static SetFunctor check(SetFunctor f, SetFunctor g, Constraints c) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(c, "c");
        if (f.variance() != g.variance()) {
            throw new IllegalArgumentException(
                    "variance of f (" + f.variance() + ") differs from g (" + g.variance() + ")");
        }
        if (!f.domain().equals(g.domain())) {
            throw new IllegalArgumentException("f and g have different domain categories");
        }
        int k = f.domain().objectCount();
        for (Set<Integer> s : java.util.List.of(c.monic(), c.epic(), c.iso())) {
            for (int x : s) {
                if (x < 0 || x >= k) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "constraint object (%d) out of range [0, %d)",
                                    x,
                                    k));
                }
            }
        }
        for (Map.Entry<Integer, int[]> e : c.initial().entrySet()) {
            int x = e.getKey();
            if (x < 0 || x >= k) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT, "initial object (%d) out of range [0, %d)", x, k));
            }
            int[] p = e.getValue();
            if (p.length != f.size(x)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "initial[%d] has length %d, expected |F(%d)| = %d",
                                x,
                                p.length,
                                x,
                                f.size(x)));
            }
            for (int v : p) {
                if (v < -1 || v >= g.size(x)) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "initial[%d] value %d outside [-1, %d)",
                                    x,
                                    v,
                                    g.size(x)));
                }
            }
        }
        return f;
    }
}
