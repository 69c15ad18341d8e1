package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One classified factor of a factorised group (docs/cogs-math.md §9 step 5): a 3 × h block (rows a,
 * b, c) after the cube-root column normalisation (every column has a·b·c = 1, principal branch),
 * and for h = 3 after the sign and conjugation fixes, together with its type and fitted parameters.
 *
 * <p>Parameters by type: {@link FactorType#ORDER_2_XI} → [ξ = a₂]; {@link FactorType#ORDER_2_NU} →
 * [ν = a₂]; {@link FactorType#ORDER_2_4C} → [a₂ (≈ ±i)]; {@link FactorType#ORDER_3_SYN_AB} → [α =
 * a₁/ω₃, β = a₂/ω₃] — the second divides by ω₃, not ω̄₃, a quirk of the authors' code kept for
 * comparability (docs/cogs-math.md §12.13; for an exact z_{syn,αβ} it returns β·ω₃); other types →
 * []. Parameters are determined only up to the symmetries the pipeline does not fix (which half of
 * the group becomes S1, which pairing of nodes wins among exactly tied ones, the sign symmetry,
 * global conjugation): ν ↦ ±ν^{±1}·ω₃^m; ξ ↦ i^m·ξ^{±1} (z_{ν=i}'s columns share c = 1, so a
 * "diagonal" pairing ties with the straight one); each of α, β up to a fourth root of unity and a
 * common re-basing. Statistics of arg ξ, arg ν, arg α, arg β (the paper's Fig. 5) are read modulo
 * these. {@link GroupAnalysis#construction()} returns the parameters in the canonical form of
 * docs/cogs-math.md §9.9 (with β corrected), and {@link GroupConstruction} compares them up to
 * these symmetries.
 *
 * <p>This record is immutable.
 *
 * @param type the type
 * @param a the a-row, length h (first entry 1)
 * @param b the b-row
 * @param c the c-row
 * @param parameters the fitted parameters (see above)
 */
public record Factor(
        FactorType type,
        List<Complex> a,
        List<Complex> b,
        List<Complex> c,
        List<Complex> parameters) {

    /**
     * Validates and copies.
     *
     * @param type the type
     * @param a the a-row, length h (first entry 1)
     * @param b the b-row
     * @param c the c-row
     * @param parameters the fitted parameters (see above)
     * @throws IllegalArgumentException if the rows differ in length
     */
    public Factor {
        Objects.requireNonNull(type, "type");
        a = List.copyOf(a);
        b = List.copyOf(b);
        c = List.copyOf(c);
        parameters = List.copyOf(parameters);
        if (b.size() != a.size() || c.size() != a.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "factor rows have lengths %d, %d, %d; they must be equal",
                            a.size(),
                            b.size(),
                            c.size()));
        }
    }

    /**
     * The order (number of columns) h.
     *
     * @return h
     */
    public int order() {
        return a.size();
    }
}
