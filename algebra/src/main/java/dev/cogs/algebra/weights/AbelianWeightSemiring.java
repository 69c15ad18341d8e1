package dev.cogs.algebra.weights;

import dev.cogs.algebra.Semiring;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import java.util.Optional;

/**
 * The CoGS weight semiring over a finite abelian group \(G\) (docs/cogs-math.md §14.1, §4): the
 * structure object on {@link GroupNet}s over one character group \(\hat G\).
 *
 * <ul>
 *   <li>{@link #add} concatenates hidden nodes, ord(z₁ + z₂) = ord z₁ + ord z₂; {@link #zero()} is
 *       the empty net.
 *   <li>{@link #multiply} is the per-part, per-character Khatri–Rao product \((z_1 *
 *       z_2)_{p\chi,(j_1,j_2)} = z_{1,p\chi j_1} z_{2,p\chi j_2}\), node \((j_1,j_2)\) at index
 *       \(j_1 q_2 + j_2\); {@link #one()} is the single node of ones.
 * </ul>
 *
 * <p>Neither operation adds characters, so the laws and their proofs are those of the
 * \(\mathbb{Z}_d\) semiring ({@link WeightSemiring}), with the same tolerance semantics of {@link
 * #equivalent} (node permutation, relative tolerance {@link #tolerance()}); the operations are
 * computed by the \(\mathbb{Z}_n\) code on the character-indexed coefficients, so for \(G =
 * \mathbb{Z}_d\) they agree with {@link WeightSemiring} bit for bit. Operands must have the same
 * characters (the same decomposition of the same group).
 *
 * <p>Instances are immutable and thread-safe.
 */
public interface AbelianWeightSemiring extends Semiring<GroupNet> {

    /**
     * The weight semiring over \(\hat G\) with {@link WeightSemiring#DEFAULT_TOLERANCE}.
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @return the semiring
     * @throws IllegalArgumentException if \(|G| &lt; 3\)
     */
    static AbelianWeightSemiring over(CharacterGroup characters) {
        return over(characters, WeightSemiring.DEFAULT_TOLERANCE);
    }

    /**
     * The weight semiring over the characters of an abelian group ({@code
     * CharacterGroup.of(group)}).
     *
     * @param group an abelian group of order at least 3
     * @return the semiring
     * @throws IllegalArgumentException if the group is not abelian or has order &lt; 3
     */
    static AbelianWeightSemiring over(FiniteGroup group) {
        return over(CharacterGroup.of(group));
    }

    /**
     * The weight semiring over \(\hat G\) with a stated equivalence tolerance.
     *
     * @param characters the character group, \(|G| \ge 3\)
     * @param tolerance relative tolerance of {@link #equivalent}, finite and at least 0
     * @return the semiring
     * @throws IllegalArgumentException if \(|G| &lt; 3\) or the tolerance is negative, infinite or
     *     NaN
     */
    static AbelianWeightSemiring over(CharacterGroup characters, double tolerance) {
        return new AbelianWeightSemiringImpl(characters, tolerance);
    }

    /**
     * The character group.
     *
     * @return \(\hat G\)
     */
    CharacterGroup characters();

    /**
     * The relative tolerance of {@link #equivalent}.
     *
     * @return the tolerance
     */
    double tolerance();

    /**
     * Sum of several elements (concatenation of all their nodes, in order).
     *
     * @param terms the summands
     * @return their sum, {@link #zero()} if there are none
     * @throws IllegalArgumentException if a term has other characters
     */
    GroupNet sum(Iterable<GroupNet> terms);

    /**
     * A node bijection witnessing {@link #equivalent}, if one exists.
     *
     * @param a an element
     * @param b an element
     * @return \(\pi\) with node j of a matching node \(\pi[j]\) of b, or empty
     * @throws IllegalArgumentException if an operand has other characters
     */
    Optional<int[]> nodeMatching(GroupNet a, GroupNet b);
}
