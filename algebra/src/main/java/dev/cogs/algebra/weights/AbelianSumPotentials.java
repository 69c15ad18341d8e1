package dev.cogs.algebra.weights;

import dev.cogs.algebra.group.CharacterGroup;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Factories of the sum potentials over a finite abelian group that enter the loss
 * (docs/cogs-math.md §14.2), with characters given by their index in the {@link CharacterGroup};
 * all in code units.
 */
public final class AbelianSumPotentials {

    /**
     * Names of {@link #perCharacter}'s potentials at a character of order ≥ 3 (as docs/cogs-math.md
     * §3.5).
     */
    public static final List<String> COMPLEX_NAMES =
            List.of("abc", "^abc", "a^bc", "ab^c", "a^ac", "b^bc", "aac", "bbc", "^a^ac", "^b^bc");

    /**
     * Names of {@link #perCharacter}'s potentials at a character of order 2 (docs/cogs-math.md
     * §14.3).
     */
    public static final List<String> REAL_NAMES = List.of("abc", "aac", "bbc");

    private AbelianSumPotentials() {}

    static void checkSame(CharacterGroup characters, GroupNet z, Object what) {
        if (z.characters() != characters
                && !z.characters().decomposition().equals(characters.decomposition())) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "net is over the characters of %s but %s is over those of %s",
                            z.group().name(),
                            what,
                            characters.decomposition().group().name()));
        }
    }

    /**
     * The "abc" potential \(r_{\chi_1\chi_2\chi} = \sum_j A_{\chi_1 j}B_{\chi_2 j}C_{\chi j}\).
     *
     * @param characters the character group
     * @param k1 a-character
     * @param k2 b-character
     * @param k output character
     * @return the potential
     * @throws IllegalArgumentException if a character is out of range or \(|G| &lt; 3\)
     */
    public static AbelianSumPotential abc(CharacterGroup characters, int k1, int k2, int k) {
        return new AbelianSumPotential(
                characters,
                List.of(
                        new SumPotential.Factor(Part.A, k1),
                        new SumPotential.Factor(Part.B, k2),
                        new SumPotential.Factor(Part.C, k)));
    }

    /**
     * The "ppc" potential \(r_{p,\chi_1,\chi_2,\chi} = \sum_j Z^{(p)}_{\chi_1 j} Z^{(p)}_{\chi_2 j}
     * C_{\chi j}\).
     *
     * @param p {@link Part#A} or {@link Part#B}
     * @param characters the character group
     * @param k1 first character
     * @param k2 second character
     * @param k output character
     * @return the potential
     * @throws IllegalArgumentException if p is C, a character is out of range or \(|G| &lt; 3\)
     */
    public static AbelianSumPotential ppc(
            Part p, CharacterGroup characters, int k1, int k2, int k) {
        Objects.requireNonNull(p, "p");
        if (p == Part.C) {
            throw new IllegalArgumentException(
                    "part (C) must be A or B for a ppc potential r_{p,k1,k2,k}");
        }
        return new AbelianSumPotential(
                characters,
                List.of(
                        new SumPotential.Factor(p, k1),
                        new SumPotential.Factor(p, k2),
                        new SumPotential.Factor(Part.C, k)));
    }

    /**
     * The grouped potential \(R_p(\mu,\chi)\) (additive, not multiplicative).
     *
     * @param p {@link Part#A} or {@link Part#B}
     * @param characters the character group
     * @param m total input character μ
     * @param k output character χ
     * @return the grouped potential
     * @throws IllegalArgumentException if p is C or a character is out of range
     */
    public static AbelianGroupedPotential grouped(Part p, CharacterGroup characters, int m, int k) {
        return new AbelianGroupedPotential(characters, p, m, k);
    }

    /**
     * The per-character potentials at a non-trivial character χ (docs/cogs-math.md §14.3).
     *
     * <p>At a character of order ≥ 3 (\(\chi \ne \overline\chi\)) these are the ten of
     * docs/cogs-math.md §3.5 with −k read as \(\overline\chi\), in the order of {@link
     * #COMPLEX_NAMES}. At a character of order 2 the "^" entries coincide with the plain ones and
     * three remain, {@link #REAL_NAMES}: abc (must be 1/(2n)) and aac, bbc (their sum, plus the
     * bias from other groups, must vanish: the R_n condition).
     *
     * @param characters the character group
     * @param k a non-trivial character
     * @return the potentials
     * @throws IllegalArgumentException if k is trivial or out of range
     */
    public static List<AbelianSumPotential> perCharacter(CharacterGroup characters, int k) {
        Objects.requireNonNull(characters, "characters");
        GroupNet.checkNonTrivial(characters, k);
        int mk = characters.conjugate(k);
        if (mk == k) {
            return List.of(
                    abc(characters, k, k, k),
                    ppc(Part.A, characters, k, k, k),
                    ppc(Part.B, characters, k, k, k));
        }
        return List.of(
                abc(characters, k, k, k),
                abc(characters, mk, k, k),
                abc(characters, k, mk, k),
                abc(characters, k, k, mk),
                ppc(Part.A, characters, k, mk, k),
                ppc(Part.B, characters, k, mk, k),
                ppc(Part.A, characters, k, k, k),
                ppc(Part.B, characters, k, k, k),
                ppc(Part.A, characters, mk, mk, k),
                ppc(Part.B, characters, mk, mk, k));
    }

    /**
     * The names of {@link #perCharacter(CharacterGroup, int)}'s potentials at χ.
     *
     * @param characters the character group
     * @param k a non-trivial character
     * @return {@link #COMPLEX_NAMES} or {@link #REAL_NAMES}
     * @throws IllegalArgumentException if k is trivial or out of range
     */
    public static List<String> perCharacterNames(CharacterGroup characters, int k) {
        Objects.requireNonNull(characters, "characters");
        GroupNet.checkNonTrivial(characters, k);
        return characters.conjugate(k) == k ? REAL_NAMES : COMPLEX_NAMES;
    }
}
