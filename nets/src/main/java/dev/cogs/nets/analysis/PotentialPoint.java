package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sum potentials the paper plots along training (docs/cogs-math.md §7.3, Fig. 3), in paper
 * units r̃ = 2d·r, at one epoch.
 *
 * <ul>
 *   <li>diagonal = Σ_{k≠0} 2d·Re r_{kkk} (→ d − 1 at a global optimum, docs/cogs-math.md §11.A.12);
 *   <li>offDiagonal = Σ_{k≠0} Σ_{(k1,k2) ∈ Z_d², (k1,k2) ≠ (k,k)} 2d·Re r_{k1k2k} (→ 0), computed
 *       in O(dq) from Σ_{k1,k2} r_{k1k2k} = Σ_j (Σ_{k1} A_{k1j})(Σ_{k2} B_{k2j}) C_{kj};
 *   <li>perFrequency.get(k−1) = 2d·Re r_{kkk} for k = 1..(d−1)/2 (→ 1);
 *   <li>biasA.get(k−1) = |2d·r_{a,k,−k,k}| = |2d Σ_j A_{kj} A_{−k,j} C_{kj}| for k = 1..(d−1)/2
 *       (non-zero at order-4 frequencies, ≈ 0 at order-6 frequencies).
 * </ul>
 *
 * <p>This record is immutable.
 *
 * @param epoch the epoch (weights before that epoch's update)
 * @param diagonal Σ_{k≠0} 2d·Re r_{kkk}
 * @param offDiagonal the sum of all other 2d·Re r_{k1k2k}, k ≠ 0
 * @param perFrequency 2d·Re r_{kkk}, k = 1..(d−1)/2
 * @param biasA |2d·r_{a,k,−k,k}|, k = 1..(d−1)/2
 */
public record PotentialPoint(
        int epoch,
        double diagonal,
        double offDiagonal,
        List<Double> perFrequency,
        List<Double> biasA) {

    /**
     * Validates and copies.
     *
     * @param epoch the epoch (weights before that epoch's update)
     * @param diagonal Σ_{k≠0} 2d·Re r_{kkk}
     * @param offDiagonal the sum of all other 2d·Re r_{k1k2k}, k ≠ 0
     * @param perFrequency 2d·Re r_{kkk}, k = 1..(d−1)/2
     * @param biasA |2d·r_{a,k,−k,k}|, k = 1..(d−1)/2
     * @throws IllegalArgumentException if the epoch is negative or a value is not finite
     */
    public PotentialPoint {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch (" + epoch + ") must be >= 0");
        }
        perFrequency = List.copyOf(perFrequency);
        biasA = List.copyOf(biasA);
        if (!Double.isFinite(diagonal)
                || !Double.isFinite(offDiagonal)
                || !perFrequency.stream().allMatch(Double::isFinite)
                || !biasA.stream().allMatch(Double::isFinite)) {
            throw new IllegalArgumentException("potentials at epoch " + epoch + " must be finite");
        }
    }

    /**
     * Computes the potentials of a net, O(d·q).
     *
     * @param epoch the epoch label
     * @param z the net (finite by construction of {@link FourierNet})
     * @return the potentials
     */
    public static PotentialPoint of(int epoch, FourierNet z) {
        Objects.requireNonNull(z, "z");
        int d = z.d();
        int q = z.order();
        int n = (d - 1) / 2;
        double[] re = z.reFlat();
        double[] im = z.imFlat();
        int pa = Part.A.ordinal() * d * q;
        int pb = Part.B.ordinal() * d * q;
        int pc = Part.C.ordinal() * d * q;
        double twoD = 2.0 * d;
        double diagonal = 0;
        double[] perK = new double[d];
        for (int k = 1; k < d; k++) {
            double s = 0;
            for (int j = 0; j < q; j++) {
                int a = pa + k * q + j;
                int b = pb + k * q + j;
                int c = pc + k * q + j;
                // Re(a·b·c)
                double abRe = re[a] * re[b] - im[a] * im[b];
                double abIm = re[a] * im[b] + im[a] * re[b];
                s += abRe * re[c] - abIm * im[c];
            }
            perK[k] = twoD * s;
            diagonal += perK[k];
        }
        double all = 0;
        for (int j = 0; j < q; j++) {
            double saRe = 0;
            double saIm = 0;
            double sbRe = 0;
            double sbIm = 0;
            double scRe = 0;
            double scIm = 0;
            for (int k = 0; k < d; k++) {
                saRe += re[pa + k * q + j];
                saIm += im[pa + k * q + j];
                sbRe += re[pb + k * q + j];
                sbIm += im[pb + k * q + j];
                if (k != 0) {
                    scRe += re[pc + k * q + j];
                    scIm += im[pc + k * q + j];
                }
            }
            double abRe = saRe * sbRe - saIm * sbIm;
            double abIm = saRe * sbIm + saIm * sbRe;
            all += abRe * scRe - abIm * scIm;
        }
        List<Double> per = new ArrayList<>(n);
        List<Double> bias = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            per.add(perK[k]);
            double sRe = 0;
            double sIm = 0;
            int mk = d - k;
            for (int j = 0; j < q; j++) {
                int a = pa + k * q + j;
                int am = pa + mk * q + j;
                int c = pc + k * q + j;
                double aaRe = re[a] * re[am] - im[a] * im[am];
                double aaIm = re[a] * im[am] + im[a] * re[am];
                sRe += aaRe * re[c] - aaIm * im[c];
                sIm += aaRe * im[c] + aaIm * re[c];
            }
            bias.add(twoD * Math.hypot(sRe, sIm));
        }
        return new PotentialPoint(epoch, diagonal, twoD * all - diagonal, per, bias);
    }
}
