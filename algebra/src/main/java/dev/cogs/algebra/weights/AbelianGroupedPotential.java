package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.CharacterGroup;
import java.util.Locale;
import java.util.Objects;

/**
 * The grouped potential over a finite abelian group, \(R_p(\mu,\chi) = \sum_{\kappa\in\hat G}
 * r_{p,\kappa,\mu\bar\kappa,\chi}\), \(p \in \{a,b\}\) (docs/cogs-math.md §14.2; over
 * \(\mathbb{Z}_d\) it is {@link GroupedPotential}, \(\mu\bar\kappa\) being \(m - k'\)). Additive
 * but not multiplicative, like its \(\mathbb{Z}_d\) counterpart: \(R(1) = n\).
 *
 * <p>Immutable; equality compares the characters by identity.
 *
 * @param characters the character group, \(|G| \ge 3\)
 * @param part {@link Part#A} or {@link Part#B}
 * @param m the total input character μ
 * @param k the output character χ
 */
public record AbelianGroupedPotential(CharacterGroup characters, Part part, int m, int k) {

    /**
     * Validates the indices.
     *
     * @param characters see the record description
     * @param part see the record description
     * @param m see the record description
     * @param k see the record description
     * @throws IllegalArgumentException if part is C or a character is out of range
     */
    public AbelianGroupedPotential {
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(part, "part");
        if (part == Part.C) {
            throw new IllegalArgumentException(
                    "part (C) must be A or B for a grouped potential R_p(m,k)");
        }
        GroupNet.checkCharacter(characters, m, "m");
        GroupNet.checkCharacter(characters, k, "k");
    }

    /**
     * The value \(R_p(\mu,\chi)(z) = \sum_j C_{\chi j}\sum_\kappa Z_{\kappa j} Z_{\mu\bar\kappa,
     * j}\). Cost O(n·q).
     *
     * @param z a net over the same characters
     * @return the value
     * @throws IllegalArgumentException if z is over other characters
     */
    public Complex valueAt(GroupNet z) {
        Objects.requireNonNull(z, "z");
        AbelianSumPotentials.checkSame(characters, z, this);
        FrequencyArithmetic f = z.arithmetic();
        int d = characters.size();
        int q = z.order();
        double[] re = z.storage().reRaw();
        double[] im = z.storage().imRaw();
        int p = part.ordinal();
        double sr = 0;
        double si = 0;
        for (int j = 0; j < q; j++) {
            double cr = 0;
            double ci = 0;
            for (int k1 = 0; k1 < d; k1++) {
                int k2 = f.subtract(m, k1);
                int i1 = (p * d + k1) * q + j;
                int i2 = (p * d + k2) * q + j;
                cr += re[i1] * re[i2] - im[i1] * im[i2];
                ci += re[i1] * im[i2] + im[i1] * re[i2];
            }
            int ic = (2 * d + k) * q + j;
            sr += cr * re[ic] - ci * im[ic];
            si += cr * im[ic] + ci * re[ic];
        }
        return Complex.of(sr, si);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT, "R_%s(%d,%d)", part.name().toLowerCase(Locale.ROOT), m, k);
    }
}
