package dev.cogs.category.sets;

import dev.cogs.category.FiniteCategory;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A functor from a finite category \(C\) to \(\mathbf{FinSet}\): a presheaf ({@link
 * Variance#CONTRAVARIANT}) or a copresheaf ({@link Variance#COVARIANT}).
 *
 * <p>Data (docs/category.md §2.1): a size \(|F(X)|\) per object, with \(F(X) = \{0, \dots,
 * |F(X)|-1\}\), and per morphism \(m\) an action array read from the fibre of {@link #from(int)}
 * into the fibre of {@link #to(int)}. For a presheaf and \(f: Y \to X\), \(F(f): F(X) \to F(Y)\)
 * and \(F(g \circ f) = F(f) \circ F(g)\); for a copresheaf \(T(g \circ f) = T(g) \circ T(f)\).
 *
 * <p>Instances are immutable and always satisfy the functor laws: every factory validates. Use
 * {@link Builder#failures()} to inspect the failures of bad data without throwing.
 */
public final class SetFunctor {

    private final FiniteCategory domain;
    private final Variance variance;
    private final int[] sizes;
    private final int[][] actions;
    private final int[] offsets;

    private SetFunctor(FiniteCategory domain, Variance variance, int[] sizes, int[][] actions) {
        this.domain = domain;
        this.variance = variance;
        this.sizes = sizes;
        this.actions = actions;
        this.offsets = new int[sizes.length + 1];
        for (int x = 0; x < sizes.length; x++) {
            offsets[x + 1] = offsets[x] + sizes[x];
        }
    }

    /**
     * A validated set-valued functor built exactly from its arguments (arrays are copied).
     *
     * @param c the domain category
     * @param v the variance
     * @param sizes the fibre size per object
     * @param actions per morphism, the action array (length = size of the fibre it reads)
     * @return the functor
     * @throws IllegalArgumentException if the shapes are wrong or a law fails; the message lists
     *     the first failures
     */
    public static SetFunctor of(FiniteCategory c, Variance v, int[] sizes, int[][] actions) {
        Objects.requireNonNull(actions, "actions");
        Builder b = builder(c, v).sizes(sizes);
        if (actions.length != c.morphismCount()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "actions: %d arrays for %d morphisms",
                            actions.length,
                            c.morphismCount()));
        }
        for (int m = 0; m < actions.length; m++) {
            b.action(m, Objects.requireNonNull(actions[m], "actions[" + m + "]"));
        }
        return b.build();
    }

    /**
     * A builder for a set-valued functor on {@code c}.
     *
     * @param c the domain category
     * @param v the variance
     * @return a fresh builder (all sizes 0, no actions)
     */
    public static Builder builder(FiniteCategory c, Variance v) {
        return new Builder(c, v);
    }

    /**
     * The constant functor with fibre \(\{0, \dots, size-1\}\) everywhere and identity actions.
     *
     * @param c the domain category
     * @param v the variance
     * @param size the fibre size
     * @return the constant functor
     * @throws IllegalArgumentException if {@code size < 0}
     */
    public static SetFunctor constant(FiniteCategory c, Variance v, int size) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(v, "v");
        if (size < 0) {
            throw new IllegalArgumentException("size (" + size + ") must be >= 0");
        }
        int[] sizes = new int[c.objectCount()];
        Arrays.fill(sizes, size);
        int[] identity = new int[size];
        for (int i = 0; i < size; i++) {
            identity[i] = i;
        }
        int[][] actions = new int[c.morphismCount()][];
        Arrays.fill(actions, identity);
        return new SetFunctor(c, v, sizes, actions);
    }

    /**
     * The terminal set-valued functor: one element everywhere (the "classification" task).
     *
     * @param c the domain category
     * @param v the variance
     * @return the terminal functor
     */
    public static SetFunctor terminal(FiniteCategory c, Variance v) {
        return constant(c, v, 1);
    }

    /**
     * The initial set-valued functor: empty everywhere.
     *
     * @param c the domain category
     * @param v the variance
     * @return the initial functor
     */
    public static SetFunctor initial(FiniteCategory c, Variance v) {
        return constant(c, v, 0);
    }

    /**
     * The domain category \(C\).
     *
     * @return the domain
     */
    public FiniteCategory domain() {
        return domain;
    }

    /**
     * The variance: presheaf or copresheaf.
     *
     * @return the variance
     */
    public Variance variance() {
        return variance;
    }

    /**
     * The fibre size \(|F(X)|\).
     *
     * @param object the object \(X\)
     * @return its fibre size
     */
    public int size(int object) {
        return sizes[object];
    }

    /**
     * All fibre sizes, indexed by object (a copy).
     *
     * @return the sizes
     */
    public int[] sizes() {
        return sizes.clone();
    }

    /**
     * The number of elements \(\sum_X |F(X)|\).
     *
     * @return the total size
     */
    public int totalSize() {
        return offsets[sizes.length];
    }

    /**
     * The global index of element {@code x} of \(F(X)\): elements are numbered object by object.
     *
     * @param object the object
     * @param element the element of its fibre
     * @return {@code offset(object) + element}
     */
    public int offset(int object, int element) {
        return offsets[object] + element;
    }

    /**
     * The image of one element under one morphism's action.
     *
     * @param morphism the morphism \(m\)
     * @param element an element of the fibre of {@link #from(int) from(m)}
     * @return \(F(m)(element)\), an element of the fibre of {@link #to(int) to(m)}
     */
    public int act(int morphism, int element) {
        return actions[morphism][element];
    }

    /**
     * The whole action of one morphism (a copy).
     *
     * @param morphism the morphism
     * @return the action array
     */
    public int[] action(int morphism) {
        return actions[morphism].clone();
    }

    /**
     * The object whose fibre the action of {@code morphism} reads: its codomain for a presheaf, its
     * domain for a copresheaf.
     *
     * @param morphism the morphism
     * @return the object acted on
     */
    public int from(int morphism) {
        return variance.from(domain.dom(morphism), domain.cod(morphism));
    }

    /**
     * The object whose fibre the action of {@code morphism} lands in.
     *
     * @param morphism the morphism
     * @return the target object of the action
     */
    public int to(int morphism) {
        return variance.to(domain.dom(morphism), domain.cod(morphism));
    }

    /**
     * Re-checks the functor laws (docs/category.md §2.5). Values built by this class's factories
     * always pass, so this is an audit; builders report failures before building through {@link
     * Builder#failures()}.
     *
     * @return the failures; empty for every instance
     */
    public List<SetFunctorFailure> failures() {
        return SetFunctorChecks.failures(domain, variance, sizes, actions);
    }

    /**
     * Whether {@link #failures()} is empty.
     *
     * @return true for every instance
     */
    public boolean isFunctor() {
        return failures().isEmpty();
    }

    int[] sizesView() {
        return sizes;
    }

    int[] actionView(int morphism) {
        return actions[morphism];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SetFunctor)) {
            return false;
        }
        SetFunctor other = (SetFunctor) o;
        return variance == other.variance
                && domain.equals(other.domain)
                && Arrays.equals(sizes, other.sizes)
                && Arrays.deepEquals(actions, other.actions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(variance, Arrays.hashCode(sizes), Arrays.deepHashCode(actions));
    }

    @Override
    public String toString() {
        return variance.noun() + " sizes=" + Arrays.toString(sizes);
    }

    /**
     * A mutable builder of a {@link SetFunctor}; not thread-safe.
     *
     * <p>Identities act as identities unless given. Actions may be given on a generating set only:
     * every missing action is derived from composites of given ones ("extended along words"), and
     * the validation then checks every composable pair, so a violated relation is reported as a
     * {@link SetFunctorFailure.CompositionNotPreserved} naming it.
     */
    public static final class Builder {
        private final FiniteCategory c;
        private final Variance v;
        private final int[] sizes;
        private final int[][] given;

        private Builder(FiniteCategory c, Variance v) {
            this.c = Objects.requireNonNull(c, "c");
            this.v = Objects.requireNonNull(v, "v");
            this.sizes = new int[c.objectCount()];
            this.given = new int[c.morphismCount()][];
        }

        /**
         * Sets one fibre size.
         *
         * @param object the object
         * @param size its fibre size (checked at build time)
         * @return this builder
         * @throws IllegalArgumentException if the object is out of range
         */
        public Builder size(int object, int size) {
            checkObject(object);
            sizes[object] = size;
            return this;
        }

        /**
         * Sets all fibre sizes.
         *
         * @param values the sizes, one per object
         * @return this builder
         * @throws IllegalArgumentException if the length differs from the object count
         */
        public Builder sizes(int... values) {
            Objects.requireNonNull(values, "values");
            if (values.length != sizes.length) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "sizes: %d values for %d objects",
                                values.length,
                                sizes.length));
            }
            System.arraycopy(values, 0, sizes, 0, values.length);
            return this;
        }

        /**
         * Sets the action of one morphism (copied).
         *
         * @param morphism the morphism
         * @param values the images of the elements of the fibre it reads
         * @return this builder
         * @throws IllegalArgumentException if the morphism is out of range
         */
        public Builder action(int morphism, int... values) {
            Objects.requireNonNull(values, "values");
            if (morphism < 0 || morphism >= given.length) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "morphism (%d) out of range [0, %d)",
                                morphism,
                                given.length));
            }
            given[morphism] = values.clone();
            return this;
        }

        /**
         * The failures of the data as given so far, after filling identities and composites.
         *
         * @return the failures (empty iff {@link #build()} succeeds)
         */
        public List<SetFunctorFailure> failures() {
            return SetFunctorChecks.failures(c, v, sizes, completed());
        }

        /**
         * Validates and builds.
         *
         * @return the functor
         * @throws IllegalArgumentException listing the first failures and their count
         */
        public SetFunctor build() {
            int[][] actions = completed();
            List<SetFunctorFailure> failures = SetFunctorChecks.failures(c, v, sizes, actions);
            if (!failures.isEmpty()) {
                throw new IllegalArgumentException(
                        SetFunctorChecks.message(
                                "not a " + v.noun(),
                                failures,
                                f -> ((SetFunctorFailure) f).describe(c.labels())));
            }
            return new SetFunctor(c, v, sizes.clone(), actions);
        }

        private void checkObject(int object) {
            if (object < 0 || object >= sizes.length) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "object (%d) out of range [0, %d)",
                                object,
                                sizes.length));
            }
        }

        /**
         * Copies the given actions, fills identities, then closes under composition with a
         * worklist.
         */
        private int[][] completed() {
            int n = given.length;
            int[][] a = new int[n][];
            for (int m = 0; m < n; m++) {
                a[m] = given[m] == null ? null : given[m].clone();
            }
            for (int x = 0; x < sizes.length; x++) {
                int id = c.identity(x);
                if (a[id] == null && sizes[x] >= 0) {
                    int[] ident = new int[sizes[x]];
                    for (int i = 0; i < ident.length; i++) {
                        ident[i] = i;
                    }
                    a[id] = ident;
                }
            }
            if (!shapesOk(a)) {
                return a;
            }
            ArrayDeque<Integer> work = new ArrayDeque<>();
            for (int m = 0; m < n; m++) {
                if (a[m] != null) {
                    work.add(m);
                }
            }
            while (!work.isEmpty()) {
                int p = work.poll();
                for (int q = 0; q < n; q++) {
                    if (a[q] == null) {
                        continue;
                    }
                    if (c.dom(p) == c.cod(q)) {
                        derive(a, p, q, work);
                    }
                    if (c.dom(q) == c.cod(p)) {
                        derive(a, q, p, work);
                    }
                }
            }
            return a;
        }

        private void derive(int[][] a, int g, int f, ArrayDeque<Integer> work) {
            int h = c.compose(g, f);
            if (a[h] != null) {
                return;
            }
            int[] af = a[f];
            int[] ag = a[g];
            int len = sizes[v.from(c.dom(h), c.cod(h))];
            int[] ah = new int[len];
            for (int e = 0; e < len; e++) {
                ah[e] = v == Variance.CONTRAVARIANT ? af[ag[e]] : ag[af[e]];
            }
            a[h] = ah;
            work.add(h);
        }

        /**
         * Derivation reads arrays, so it runs only when every given action has a sound shape and
         * range.
         */
        private boolean shapesOk(int[][] a) {
            for (int s : sizes) {
                if (s < 0) {
                    return false;
                }
            }
            for (int m = 0; m < a.length; m++) {
                if (a[m] == null) {
                    continue;
                }
                int from = v.from(c.dom(m), c.cod(m));
                int to = v.to(c.dom(m), c.cod(m));
                if (a[m].length != sizes[from]) {
                    return false;
                }
                for (int value : a[m]) {
                    if (value < 0 || value >= sizes[to]) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
