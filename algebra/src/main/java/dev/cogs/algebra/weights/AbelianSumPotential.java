package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.Fields;
import dev.cogs.algebra.Homomorphism;
import dev.cogs.algebra.group.CharacterGroup;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sum potential over a finite abelian group (docs/cogs-math.md §14.2): a monomial in one node's
 * Fourier coefficients at characters of \(\hat G\), summed over the nodes, \(r(z) = \sum_j
 * \prod_{(p,\chi)\in\mathrm{idx}(r)} z_{p\chi j}\), in code units.
 *
 * <p>As over \(\mathbb{Z}_d\) (docs/cogs-math.md §4.3) every sum potential is a semiring
 * homomorphism from the {@link AbelianWeightSemiring} to \(\mathbb{C}\): \(r(z_1+z_2) =
 * r(z_1)+r(z_2)\), \(r(z_1*z_2) = r(z_1)\,r(z_2)\), \(r(1) = 1\), \(r(0) = 0\). The value is
 * computed by the \(\mathbb{Z}_n\) code ({@link SumPotential}) on the character-indexed
 * coefficients, so over \(\mathbb{Z}_d\) it agrees with {@link SumPotential} bit for bit.
 *
 * <p>Instances are immutable; build them with {@link AbelianSumPotentials}. Equality compares the
 * characters by identity.
 *
 * @param characters the character group \(\hat G\), \(|G| \ge 3\)
 * @param factors the monomial's factors (p, χ) with χ a character index, at least one
 */
public record AbelianSumPotential(CharacterGroup characters, List<SumPotential.Factor> factors) {

    /**
     * Validates and copies the factor list.
     *
     * @param characters see the record description
     * @param factors see the record description
     * @throws IllegalArgumentException if \(|G| &lt; 3\), there are no factors, or a character is
     *     out of range
     */
    public AbelianSumPotential {
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(factors, "factors");
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("a sum potential needs at least one factor");
        }
        if (characters.size() < 3) {
            throw new IllegalArgumentException(
                    "group order (" + characters.size() + ") must be >= 3");
        }
        for (SumPotential.Factor f : factors) {
            GroupNet.checkCharacter(characters, f.k(), "k");
        }
    }

    /**
     * The value \(r(z)\).
     *
     * @param z a net over the same characters
     * @return \(\sum_j \prod_{(p,\chi)} z_{p\chi j}\)
     * @throws IllegalArgumentException if z is over other characters
     */
    public Complex valueAt(GroupNet z) {
        Objects.requireNonNull(z, "z");
        AbelianSumPotentials.checkSame(characters, z, this);
        return new SumPotential(characters.size(), factors).valueAt(z.storage());
    }

    /**
     * The value in paper units, \(\tilde r = 2n\cdot r\) (docs/cogs-math.md §2 with d = n).
     *
     * @param z a net over the same characters
     * @return \(2n\,r(z)\)
     * @throws IllegalArgumentException if z is over other characters
     */
    public Complex paperValueAt(GroupNet z) {
        return valueAt(z).multiply(2.0 * characters.size());
    }

    /**
     * This sum potential as a semiring homomorphism from {@code
     * AbelianWeightSemiring.over(characters)} to {@link Fields#complex()}.
     *
     * @return the homomorphism \(z \mapsto r(z)\), named after the potential
     */
    public Homomorphism<GroupNet, Complex> asHomomorphism() {
        return Homomorphism.of(
                toString(),
                AbelianWeightSemiring.over(characters),
                Fields.complex(),
                this::valueAt);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "r[%s]",
                factors.stream()
                        .map(SumPotential.Factor::toString)
                        .collect(Collectors.joining(" ")));
    }
}
