package dev.cogs.algebra.weights;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.Fields;
import dev.cogs.algebra.Homomorphism;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A sum potential (docs/cogs-math.md §3.1): a monomial in one node's Fourier coefficients, summed
 * over nodes, \(r(z) = \sum_j \prod_{(p,k)\in\mathrm{idx}(r)} z_{pkj}\), in code units.
 *
 * <p>Every sum potential is a semiring homomorphism from the {@link WeightSemiring} to
 * \(\mathbb{C}\) (docs/cogs-math.md §4): \(r(z_1+z_2) = r(z_1)+r(z_2)\), \(r(z_1*z_2) =
 * r(z_1)\,r(z_2)\), \(r(1) = 1\), \(r(0) = 0\). Hence multiplication unions zero sets and addition
 * intersects them.
 *
 * <p>Instances are immutable records; build them with {@link SumPotentials}.
 *
 * @param d the group size
 * @param factors the monomial's factors (p, k), at least one
 */
public record SumPotential(int d, List<Factor> factors) {

    /**
     * One factor \(z_{pk}\) of the monomial.
     *
     * @param part the part p
     * @param k the frequency in [0, d)
     */
    public record Factor(Part part, int k) {

        /**
         * Validates the factor (the range of k is checked against Z_d by {@link SumPotential}).
         *
         * @param part see the record description
         * @param k see the record description
         * @throws NullPointerException if part is null
         */
        public Factor {
            Objects.requireNonNull(part, "part");
        }

        @Override
        public String toString() {
            return part.name().toLowerCase(Locale.ROOT) + k;
        }
    }

    /**
     * Validates and copies the factor list.
     *
     * @param d see the record description
     * @param factors see the record description
     * @throws IllegalArgumentException if d &lt; 3, there are no factors, or a frequency is outside
     *     Z_d
     */
    public SumPotential {
        RealWeights.checkD(d);
        Objects.requireNonNull(factors, "factors");
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("a sum potential needs at least one factor");
        }
        for (Factor f : factors) {
            FourierNet.checkFrequency(d, f.k(), "k");
        }
    }

    /**
     * The value \(r(z)\).
     *
     * @param z a net over the same d
     * @return \(\sum_j \prod_{(p,k)} z_{pkj}\)
     * @throws IllegalArgumentException if z has a different d
     */
    public Complex valueAt(FourierNet z) {
        Objects.requireNonNull(z, "z");
        if (z.d() != d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "net has d = %d but the sum potential %s is over Z_%d",
                            z.d(),
                            this,
                            d));
        }
        int q = z.order();
        double[] re = z.reRaw();
        double[] im = z.imRaw();
        int n = factors.size();
        int[] offsets = new int[n];
        for (int t = 0; t < n; t++) {
            offsets[t] = (factors.get(t).part().ordinal() * d + factors.get(t).k()) * q;
        }
        double sr = 0;
        double si = 0;
        for (int j = 0; j < q; j++) {
            double pr = re[offsets[0] + j];
            double pi = im[offsets[0] + j];
            for (int t = 1; t < n; t++) {
                double xr = re[offsets[t] + j];
                double xi = im[offsets[t] + j];
                double nr = pr * xr - pi * xi;
                pi = pr * xi + pi * xr;
                pr = nr;
            }
            sr += pr;
            si += pi;
        }
        return Complex.of(sr, si);
    }

    /**
     * This sum potential as a semiring homomorphism from {@code WeightSemiring.over(d)} to {@link
     * Fields#complex()}.
     *
     * @return the homomorphism \(z \mapsto r(z)\), named after the potential
     */
    public Homomorphism<FourierNet, Complex> asHomomorphism() {
        return Homomorphism.of(toString(), WeightSemiring.over(d), Fields.complex(), this::valueAt);
    }

    /**
     * The value in paper units, \(\tilde r = 2d\cdot r\) (docs/cogs-math.md §2).
     *
     * @param z a net over the same d
     * @return \(2d\,r(z)\)
     * @throws IllegalArgumentException if z has a different d
     */
    public Complex paperValueAt(FourierNet z) {
        return valueAt(z).multiply(2.0 * d);
    }

    @Override
    public String toString() {
        return "r[" + factors.stream().map(Factor::toString).collect(Collectors.joining(" ")) + "]";
    }
}
