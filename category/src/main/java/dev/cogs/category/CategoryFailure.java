package dev.cogs.category;

/**
 * One violated rule of the category axioms (docs/category.md §2.2), with its witnesses.
 *
 * <p>The checks run in this order: indices, identity typing, composites, units, associativity
 * (associativity only when typing is sound). Morphisms are named by index; {@code g∘f} means "f, then g".
 */
public sealed interface CategoryFailure {

    /**
     * An index outside its range.
     *
     * @param what which array: {@code "dom"}, {@code "cod"}, {@code "identity"} or {@code "compose"}
     * @param index the position in that array ({@code g * n + f} for {@code "compose"})
     * @param value the offending value
     */
    record IndexOutOfRange(String what, int index, int value) implements CategoryFailure {
    }

    /**
     * The identity of an object is not an endomorphism of it.
     *
     * @param object the object X whose {@code id_X} is not X → X
     */
    record IdentityTyping(int object) implements CategoryFailure {
    }

    /**
     * A composable pair (cod f = dom g) without a composite.
     *
     * @param g the second morphism
     * @param f the first morphism
     */
    record MissingComposite(int g, int f) implements CategoryFailure {
    }

    /**
     * A composite given for a pair that is not composable.
     *
     * @param g the second morphism
     * @param f the first morphism
     */
    record SpuriousComposite(int g, int f) implements CategoryFailure {
    }

    /**
     * A composite {@code h = g∘f} that is not a morphism dom f → cod g.
     *
     * @param g the second morphism
     * @param f the first morphism
     * @param h the recorded composite
     */
    record CompositeTyping(int g, int f, int h) implements CategoryFailure {
    }

    /**
     * {@code id_{cod f} ∘ f ≠ f}.
     *
     * @param f the witness
     */
    record LeftUnit(int f) implements CategoryFailure {
    }

    /**
     * {@code f ∘ id_{dom f} ≠ f}.
     *
     * @param f the witness
     */
    record RightUnit(int f) implements CategoryFailure {
    }

    /**
     * {@code (h∘g)∘f ≠ h∘(g∘f)}.
     *
     * @param h the last morphism
     * @param g the middle morphism
     * @param f the first morphism
     */
    record Associativity(int h, int g, int f) implements CategoryFailure {
    }
}
