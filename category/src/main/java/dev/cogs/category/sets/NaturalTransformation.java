package dev.cogs.category.sets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A natural transformation \(\alpha: F \Rightarrow G\) between set-valued functors of the same
 * variance on the same finite category.
 *
 * <p>Data: one component \(\alpha_X: F(X) \to G(X)\) per object, as an int array. Naturality: for
 * every morphism \(m\) whose action reads the fibre of \(a\) and lands in the fibre of \(b\),
 * \(\alpha_b \circ F(m) = G(m) \circ \alpha_a\). The check runs on the category's generating set
 * ({@link dev.cogs.category.FiniteCategory#generators()}): squares of composites follow from those
 * of their factors, and identities are natural trivially.
 *
 * <p>Instances are immutable and always natural: {@link #of} validates.
 */
public final class NaturalTransformation {

    private final SetFunctor source;
    private final SetFunctor target;
    private final int[][] components;

    private NaturalTransformation(SetFunctor source, SetFunctor target, int[][] components) {
        this.source = source;
        this.target = target;
        this.components = components;
    }

    static NaturalTransformation trusted(SetFunctor source, SetFunctor target, int[][] components) {
        return new NaturalTransformation(source, target, components);
    }

    /**
     * A validated natural transformation built exactly from its components (copied).
     *
     * @param source \(F\)
     * @param target \(G\)
     * @param components per object \(X\), the array \(\alpha_X\) of length \(|F(X)|\)
     * @return the transformation
     * @throws IllegalArgumentException if a shape is wrong or a naturality square fails; the
     *     message lists the first failures
     */
    public static NaturalTransformation of(
            SetFunctor source, SetFunctor target, int[][] components) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(components, "components");
        int[][] copy = new int[components.length][];
        for (int x = 0; x < components.length; x++) {
            copy[x] = Objects.requireNonNull(components[x], "components[" + x + "]").clone();
        }
        List<NaturalityFailure> failures = failures(source, target, copy);
        if (!failures.isEmpty()) {
            throw new IllegalArgumentException(
                    SetFunctorChecks.message(
                            "not natural",
                            failures,
                            f -> ((NaturalityFailure) f).describe(source.domain().labels())));
        }
        return new NaturalTransformation(source, target, copy);
    }

    /**
     * The failures of candidate components, without building (docs/category.md §2.1, §2.6).
     *
     * @param source \(F\)
     * @param target \(G\)
     * @param components per object, the candidate component
     * @return the failures: shape and range first, then every failing naturality square of a
     *     generator
     */
    public static List<NaturalityFailure> failures(
            SetFunctor source, SetFunctor target, int[][] components) {
        List<NaturalityFailure> out = new ArrayList<>();
        if (source.variance() != target.variance()) {
            out.add(
                    new NaturalityFailure.Incompatible(
                            "variance " + source.variance() + " vs " + target.variance()));
            return out;
        }
        if (!source.domain().equals(target.domain())) {
            out.add(new NaturalityFailure.Incompatible("different domain categories"));
            return out;
        }
        int k = source.domain().objectCount();
        if (components.length != k) {
            out.add(
                    new NaturalityFailure.Incompatible(
                            String.format(
                                    Locale.ROOT,
                                    "%d components for %d objects",
                                    components.length,
                                    k)));
            return out;
        }
        for (int x = 0; x < k; x++) {
            int[] a = components[x];
            if (a.length != source.size(x)) {
                out.add(new NaturalityFailure.ComponentLength(x, source.size(x), a.length));
                continue;
            }
            for (int e = 0; e < a.length; e++) {
                if (a[e] < 0 || a[e] >= target.size(x)) {
                    out.add(new NaturalityFailure.ComponentOutOfRange(x, e, a[e], target.size(x)));
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        dev.cogs.category.IntSeq generators = source.domain().generators();
        for (int i = 0; i < generators.size(); i++) {
            int m = generators.get(i);
            int a = source.from(m);
            int b = source.to(m);
            int[] fm = source.actionView(m);
            int[] gm = target.actionView(m);
            for (int e = 0; e < fm.length; e++) {
                int left = components[b][fm[e]];
                int right = gm[components[a][e]];
                if (left != right) {
                    out.add(new NaturalityFailure.NotNatural(m, e, left, right));
                }
            }
        }
        return out;
    }

    /**
     * The identity transformation of {@code f}.
     *
     * @param f the functor
     * @return \(\mathrm{id}_F\)
     */
    public static NaturalTransformation identity(SetFunctor f) {
        int[][] comps = new int[f.domain().objectCount()][];
        for (int x = 0; x < comps.length; x++) {
            comps[x] = new int[f.size(x)];
            for (int e = 0; e < comps[x].length; e++) {
                comps[x][e] = e;
            }
        }
        return new NaturalTransformation(f, f, comps);
    }

    /**
     * The source functor \(F\).
     *
     * @return the source
     */
    public SetFunctor source() {
        return source;
    }

    /**
     * The target functor \(G\).
     *
     * @return the target
     */
    public SetFunctor target() {
        return target;
    }

    /**
     * One value of one component.
     *
     * @param object \(X\)
     * @param element \(x \in F(X)\)
     * @return \(\alpha_X(x) \in G(X)\)
     */
    public int component(int object, int element) {
        return components[object][element];
    }

    /**
     * One whole component (a copy).
     *
     * @param object \(X\)
     * @return \(\alpha_X\) as an array
     */
    public int[] component(int object) {
        return components[object].clone();
    }

    /**
     * Re-checks naturality; always empty for instances (they are validated at construction).
     *
     * @return the failures
     */
    public List<NaturalityFailure> failures() {
        return failures(source, target, components);
    }

    /**
     * Whether {@link #failures()} is empty.
     *
     * @return true for every instance
     */
    public boolean isNatural() {
        return failures().isEmpty();
    }

    /**
     * Vertical composite in diagrammatic order, "this, then {@code next}": \((\beta \cdot \alpha)_X
     * = \beta_X \circ \alpha_X\). The same transformation as {@link #compose(NaturalTransformation,
     * NaturalTransformation) compose(next, this)}.
     *
     * @param next \(\beta: G \Rightarrow H\)
     * @return \(\beta \cdot \alpha: F \Rightarrow H\)
     * @throws IllegalArgumentException if {@code next}'s source is not this transformation's target
     */
    public NaturalTransformation andThen(NaturalTransformation next) {
        Objects.requireNonNull(next, "next");
        if (!next.source.equals(target)) {
            throw new IllegalArgumentException(
                    "andThen: next's source " + next.source + " is not this target " + target);
        }
        int[][] comps = new int[components.length][];
        for (int x = 0; x < comps.length; x++) {
            comps[x] = new int[components[x].length];
            for (int e = 0; e < comps[x].length; e++) {
                comps[x][e] = next.components[x][components[x][e]];
            }
        }
        return new NaturalTransformation(source, next.target, comps);
    }

    /**
     * The vertical composite \(\beta \cdot \alpha\) ("α, then β"), in the order of {@link
     * dev.cogs.category.FiniteCategory#compose(int, int)}: {@code compose(beta, alpha)} equals
     * {@code alpha.andThen(beta)}.
     *
     * @param beta the second transformation \(\beta: G \Rightarrow H\)
     * @param alpha the first transformation \(\alpha: F \Rightarrow G\)
     * @return \(\beta \cdot \alpha: F \Rightarrow H\), with components \(\beta_X \circ \alpha_X\)
     * @throws IllegalArgumentException if {@code beta}'s source is not {@code alpha}'s target
     */
    public static NaturalTransformation compose(
            NaturalTransformation beta, NaturalTransformation alpha) {
        Objects.requireNonNull(beta, "beta");
        return Objects.requireNonNull(alpha, "alpha").andThen(beta);
    }

    /**
     * Whether the component at {@code object} is injective.
     *
     * @param object \(X\)
     * @return whether \(\alpha_X\) is injective
     */
    public boolean isMonicAt(int object) {
        boolean[] seen = new boolean[target.size(object)];
        for (int v : components[object]) {
            if (seen[v]) {
                return false;
            }
            seen[v] = true;
        }
        return true;
    }

    /**
     * Whether the component at {@code object} is surjective.
     *
     * @param object \(X\)
     * @return whether \(\alpha_X\) is surjective
     */
    public boolean isEpicAt(int object) {
        boolean[] seen = new boolean[target.size(object)];
        int count = 0;
        for (int v : components[object]) {
            if (!seen[v]) {
                seen[v] = true;
                count++;
            }
        }
        return count == seen.length;
    }

    /**
     * Whether every component is injective (a monomorphism of (co)presheaves).
     *
     * @return whether \(\alpha\) is monic
     */
    public boolean isMonic() {
        for (int x = 0; x < components.length; x++) {
            if (!isMonicAt(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every component is surjective (an epimorphism of (co)presheaves).
     *
     * @return whether \(\alpha\) is epic
     */
    public boolean isEpic() {
        for (int x = 0; x < components.length; x++) {
            if (!isEpicAt(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every component is bijective (a natural isomorphism).
     *
     * @return whether \(\alpha\) is an isomorphism
     */
    public boolean isIso() {
        return isMonic() && isEpic();
    }

    /**
     * The inverse of a natural isomorphism.
     *
     * @return \(\alpha^{-1}: G \Rightarrow F\)
     * @throws IllegalStateException if this is not an isomorphism
     */
    public NaturalTransformation inverse() {
        if (!isIso()) {
            throw new IllegalStateException("inverse: the transformation is not an isomorphism");
        }
        int[][] comps = new int[components.length][];
        for (int x = 0; x < comps.length; x++) {
            comps[x] = new int[components[x].length];
            for (int e = 0; e < comps[x].length; e++) {
                comps[x][components[x][e]] = e;
            }
        }
        return new NaturalTransformation(target, source, comps);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NaturalTransformation)) {
            return false;
        }
        NaturalTransformation other = (NaturalTransformation) o;
        return source.equals(other.source)
                && target.equals(other.target)
                && Arrays.deepEquals(components, other.components);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, target, Arrays.deepHashCode(components));
    }

    @Override
    public String toString() {
        return "NaturalTransformation" + Arrays.deepToString(components);
    }
}
