package dev.cogs.algebra.weights;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.AbelianDecomposition;
import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.algebra.group.GroupHomomorphism;
import dev.cogs.testkit.weights.WeightGenerators;
import org.junit.jupiter.api.Test;

/**
 * \(\mathbb{Z}_{15} \cong \mathbb{Z}_3 \times \mathbb{Z}_5\) (docs/cogs-math.md §14.1): a net over
 * \(\mathbb{Z}_{15}\) carried across the explicit isomorphism φ (U'[j, φ(g)] = U[j, g], W'[φ(c), j]
 * = W[c, j]) computes the same function up to relabelling, so its losses are equal, and its Fourier
 * coefficient at the character χ' of \(\mathbb{Z}_3 \times \mathbb{Z}_5\) is the one at the matched
 * character χ = χ'∘φ of \(\mathbb{Z}_{15}\); so every sum potential agrees under the matching. (The
 * analysis is compared in the nets module.)
 */
class CyclicIsomorphismTest {

    static final FiniteGroup Z15 = FiniteGroups.parse("Z15");
    static final FiniteGroup Z3XZ5 = FiniteGroups.parse("Z3xZ5");

    /**
     * Moves real weights across an isomorphism phi: G -> H (input and output indices relabelled).
     */
    static RealWeights carry(RealWeights w, GroupHomomorphism phi) {
        int n = w.d();
        int q = w.order();
        double[] ua = new double[q * n];
        double[] ub = new double[q * n];
        double[] ww = new double[n * q];
        for (int j = 0; j < q; j++) {
            for (int g = 0; g < n; g++) {
                ua[j * n + phi.apply(g)] = w.ua(j, g);
                ub[j * n + phi.apply(g)] = w.ub(j, g);
                ww[phi.apply(g) * q + j] = w.w(g, j);
            }
        }
        return RealWeights.ofFlat(n, q, ua, ub, ww);
    }

    /** match[χ'] = χ with χ'(φ(g)) = χ(g) for all g, found by comparing exact phases. */
    static int[] matching(CharacterGroup source, CharacterGroup target, GroupHomomorphism phi) {
        int n = source.size();
        int[] match = new int[n];
        for (int ct = 0; ct < n; ct++) {
            match[ct] = -1;
            for (int cs = 0; cs < n && match[ct] < 0; cs++) {
                boolean same = true;
                for (int g = 0; g < n && same; g++) {
                    same =
                            (long) target.phase(ct, phi.apply(g)) * source.exponent()
                                    == (long) source.phase(cs, g) * target.exponent();
                }
                if (same) {
                    match[ct] = cs;
                }
            }
        }
        return match;
    }

    @Test
    void lossesAndPotentialsAgreeAcrossTheIsomorphism() {
        GroupHomomorphism phi =
                AbelianDecomposition.of(Z15)
                        .isomorphismTo(AbelianDecomposition.of(Z3XZ5))
                        .orElseThrow();
        CharacterGroup c15 = CharacterGroup.of(Z15);
        CharacterGroup c35 = CharacterGroup.of(Z3XZ5);
        int[] match = matching(c15, c35, phi);
        qt().withExamples(60)
                .forAll(
                        integers().between(1, 6).flatMap(q -> WeightGenerators.realWeights(15, q)),
                        integers().between(1, 14),
                        integers().between(1, 14))
                .check(
                        (w, k1, k2) -> {
                            RealWeights v = carry(w, phi);
                            GroupNet z = GroupNet.fromReal(c15, w);
                            GroupNet y = GroupNet.fromReal(c35, v);
                            double loss = GroupTask.loss(Z15, w);
                            // the same sums in another order: rounding only (1e-12 relative)
                            boolean losses =
                                    Math.abs(GroupTask.loss(Z3XZ5, v) - loss) <= 1e-12 * loss
                                            && Math.abs(AbelianLoss.residualForm(y) - loss)
                                                    <= 1e-12 * loss
                                            && Math.abs(AbelianLoss.residualForm(z) - loss)
                                                    <= 1e-12 * loss;
                            int k = c35.multiply(k1, k2);
                            Complex r35 = AbelianSumPotentials.abc(c35, k1, k2, k).valueAt(y);
                            Complex r15 =
                                    AbelianSumPotentials.abc(c15, match[k1], match[k2], match[k])
                                            .valueAt(z);
                            Complex p35 =
                                    AbelianSumPotentials.ppc(Part.A, c35, k1, c35.conjugate(k1), k)
                                            .valueAt(y);
                            Complex p15 =
                                    AbelianSumPotentials.ppc(
                                                    Part.A,
                                                    c15,
                                                    match[k1],
                                                    c15.conjugate(match[k1]),
                                                    match[k])
                                            .valueAt(z);
                            return losses
                                    && r35.subtract(r15).abs() <= 1e-14
                                    && p35.subtract(p15).abs() <= 1e-14
                                    && match[c35.multiply(k1, k2)]
                                            == c15.multiply(match[k1], match[k2]);
                        });
    }
}
