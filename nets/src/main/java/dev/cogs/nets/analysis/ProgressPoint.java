package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The progress measures of the grokking literature at one epoch of a run (docs/cogs-math.md §13):
 * everything needed for the restricted and excluded loss of any key-frequency set (Nanda et al.,
 * arXiv:2301.05217), the Gini coefficient and IPR of each layer's Fourier spectrum (Nanda et al.;
 * Gromov, arXiv:2301.02679), the total weight norm, the normalised margin (Morwani et al.,
 * arXiv:2311.07568) and |r_{a,k,1−k,k}| per frequency (the CoGS paper's Fig. 3, arXiv:2410.01779).
 *
 * <p>All losses are on the full dataset (all d² pairs); potentials are in paper units r̃ = 2d·r.
 *
 * <p>This record is immutable.
 *
 * @param epoch the epoch (weights after that many optimiser steps)
 * @param d the group size
 * @param loss the projected MSE ℓ on all d² pairs (docs/cogs-math.md §1), evaluated in data space
 * @param accuracy the accuracy on all d² pairs
 * @param diagonal ρ_k = 2d·r_{kkk} for k = 1..(d−1)/2 (list index k − 1; → 1 at a global optimum)
 * @param spectrumA the spectral concentration of U_a
 * @param spectrumB the spectral concentration of U_b
 * @param spectrumC the spectral concentration of W
 * @param weightNorm the total weight norm ‖θ‖₂ = (‖U_a‖² + ‖U_b‖² + ‖W‖²)^{1/2} (Frobenius norms)
 * @param l23Cubed ‖θ‖_{2,3}³ = Σ_j ‖θ_j‖₂³ ({@link Margins#l23Cubed})
 * @param balancedL23Cubed the same after rescaling every node to its smallest norm ({@link
 *     Margins#balancedL23Cubed})
 * @param margin the margin γ(θ) on all d² pairs ({@link Margins#margin})
 * @param biasM1 |2d·r_{a,k,1−k,k}| = 2d·|Σ_j A_{kj} A_{1−k,j} C_{kj}| for k = 1..(d−1)/2 (list
 *     index k − 1)
 */
public record ProgressPoint(
        int epoch,
        int d,
        double loss,
        double accuracy,
        List<Complex> diagonal,
        SpectralConcentration spectrumA,
        SpectralConcentration spectrumB,
        SpectralConcentration spectrumC,
        double weightNorm,
        double l23Cubed,
        double balancedL23Cubed,
        double margin,
        List<Double> biasM1) {

    /**
     * Validates and copies.
     *
     * @param epoch the epoch
     * @param d the group size
     * @param loss ℓ on all d² pairs
     * @param accuracy the accuracy on all d² pairs
     * @param diagonal ρ_k, k = 1..(d−1)/2
     * @param spectrumA the spectral concentration of U_a
     * @param spectrumB the spectral concentration of U_b
     * @param spectrumC the spectral concentration of W
     * @param weightNorm ‖θ‖₂
     * @param l23Cubed ‖θ‖_{2,3}³
     * @param balancedL23Cubed the balanced ‖θ‖_{2,3}³
     * @param margin γ(θ)
     * @param biasM1 |2d·r_{a,k,1−k,k}|, k = 1..(d−1)/2
     * @throws IllegalArgumentException if the epoch is negative, d &lt; 3, a list does not have
     *     (d−1)/2 entries or the accuracy is outside [0, 1]
     */
    public ProgressPoint {
        Objects.requireNonNull(spectrumA, "spectrumA");
        Objects.requireNonNull(spectrumB, "spectrumB");
        Objects.requireNonNull(spectrumC, "spectrumC");
        diagonal = List.copyOf(diagonal);
        biasM1 = List.copyOf(biasM1);
        if (epoch < 0 || d < 3) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT, "epoch (%d) must be >= 0 and d (%d) >= 3", epoch, d));
        }
        if (diagonal.size() != (d - 1) / 2 || biasM1.size() != (d - 1) / 2) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "diagonal (%d) and biasM1 (%d) must have " + "(d-1)/2 = %d entries",
                            diagonal.size(),
                            biasM1.size(),
                            (d - 1) / 2));
        }
        if (!(accuracy >= 0 && accuracy <= 1)) {
            throw new IllegalArgumentException("accuracy (" + accuracy + ") must be in [0, 1]");
        }
    }

    /**
     * Computes every measure of a net. O(d³·q) (the outputs on all pairs dominate).
     *
     * @param epoch the epoch label
     * @param w the net
     * @return the point
     */
    public static ProgressPoint of(int epoch, RealWeights w) {
        Objects.requireNonNull(w, "w");
        return of(epoch, w, FourierNet.fromReal(w));
    }

    /**
     * Computes every measure of a net whose Fourier transform is already known.
     *
     * @param epoch the epoch label
     * @param w the net
     * @param z {@code FourierNet.fromReal(w)}
     * @return the point
     * @throws IllegalArgumentException if {@code z} and {@code w} differ in d or q
     */
    public static ProgressPoint of(int epoch, RealWeights w, FourierNet z) {
        Objects.requireNonNull(w, "w");
        Objects.requireNonNull(z, "z");
        if (z.d() != w.d() || z.order() != w.order()) {
            throw new IllegalArgumentException("z and w describe different nets");
        }
        Logits l = Logits.of(w);
        return new ProgressPoint(
                epoch,
                w.d(),
                l.loss(),
                l.accuracy(),
                KeyFrequencyLoss.diagonal(z),
                SpectralConcentration.of(z, Part.A),
                SpectralConcentration.of(z, Part.B),
                SpectralConcentration.of(z, Part.C),
                Math.sqrt(w.normSquared()),
                Margins.l23Cubed(w),
                Margins.balancedL23Cubed(w),
                l.margin(),
                biasM1(z));
    }

    /** |2d Σ_j A_{kj} A_{1−k,j} C_{kj}| for k = 1..(d−1)/2. */
    static List<Double> biasM1(FourierNet z) {
        int d = z.d();
        int q = z.order();
        double[] re = z.reFlat();
        double[] im = z.imFlat();
        int pa = Part.A.ordinal() * d * q;
        int pc = Part.C.ordinal() * d * q;
        List<Double> out = new ArrayList<>((d - 1) / 2);
        for (int k = 1; k <= (d - 1) / 2; k++) {
            int k2 = Math.floorMod(1 - k, d);
            double sRe = 0;
            double sIm = 0;
            for (int j = 0; j < q; j++) {
                int a = pa + k * q + j;
                int a2 = pa + k2 * q + j;
                int c = pc + k * q + j;
                double aaRe = re[a] * re[a2] - im[a] * im[a2];
                double aaIm = re[a] * im[a2] + im[a] * re[a2];
                sRe += aaRe * re[c] - aaIm * im[c];
                sIm += aaRe * im[c] + aaIm * re[c];
            }
            out.add(2.0 * d * Math.hypot(sRe, sIm));
        }
        return List.copyOf(out);
    }

    /**
     * The restricted and excluded loss of a key-frequency set ({@link
     * KeyFrequencyLoss#fromPotentials}).
     *
     * @param keys the key frequencies, in 1..(d−1)/2
     * @return the two losses
     * @throws IllegalArgumentException if a key is out of range
     */
    public KeyFrequencyLoss keyFrequencyLoss(Set<Integer> keys) {
        return KeyFrequencyLoss.fromPotentials(d, loss, diagonal, keys);
    }

    /**
     * γ(θ)/‖θ‖_{2,3}³.
     *
     * <p>Non-finite values: NaN for the zero net.
     *
     * @return the normalised margin
     */
    public double normalisedMargin() {
        return margin / l23Cubed;
    }

    /**
     * γ(θ) over the balanced ‖θ‖_{2,3}³: the normalised margin after rescaling every node to its
     * smallest norm.
     *
     * <p>Non-finite values: NaN for the zero net.
     *
     * @return the balanced normalised margin
     */
    public double balancedNormalisedMargin() {
        return margin / balancedL23Cubed;
    }

    /**
     * The normalised margin as a fraction of its maximum {@link Margins#maximum(int)}: 1 for z_F6,
     * below 1 otherwise.
     *
     * @return normalisedMargin / γ*(d)
     */
    public double marginRatio() {
        return normalisedMargin() / Margins.maximum(d);
    }
}
