package dev.cogs.algebra.weights;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How far a net is from the global optimum, per constraint class of docs/cogs-math.md §3.4, with the index that
 * violates most. All values are in code units and derived from the residuals \(T_k(m_1,m_2)\) of
 * docs/cogs-math.md §3.2 (k ≠ 0), so that \(\ell = 0\) iff every violation is 0:
 * <ul>
 *   <li>{@link ConstraintClass#R_G} (target, "1-set"): \(|r_{kkk} - \frac1{2d}| = |T_k(k,k)|/2\);</li>
 *   <li>{@link ConstraintClass#R_C} (cross terms): \(|r_{m_1m_2k}| = |T_k(m_1,m_2)|/2\), \(m_1,m_2 \ne 0\),
 *       \((m_1,m_2) \ne (k,k)\);</li>
 *   <li>{@link ConstraintClass#R_STAR}: \(|T_k(m,0)| = |R_a(m,k) + 2r_{m0k}|\) and \(|T_k(0,m)| =
 *       |R_b(m,k) + 2r_{0mk}|\), \(m \ne 0\) (the \(2r\) terms vanish for zero-mean input weights);</li>
 *   <li>{@link ConstraintClass#R_N} (bias): \(|T_k(0,0)| = |R_a(0,k) + R_b(0,k) + 2r_{00k}|\).</li>
 * </ul>
 * Each class also reports its share of the loss, \(d\sum|T|^2\) over its entries; the shares add up to
 * {@link #loss()}. Cost: as {@link CogsLoss#residualForm} (O(q) for single-frequency nets; at most
 * O(d³ + d²q) plus the support work).
 *
 * @param d the group size
 * @param loss the full-dataset loss, \(d\sum_{k\ne0}\sum|T_k|^2\)
 * @param target the R_g violation
 * @param cross the R_c violation
 * @param star the R_* violation
 * @param bias the R_n violation
 */
public record OptimalityReport(int d, double loss, Violation target, Violation cross, Violation star,
        Violation bias) {

    /** The constraint classes of docs/cogs-math.md §3.4. */
    public enum ConstraintClass {
        /** Target ("1-set"): \(r_{kkk} = 1/(2d)\). */
        R_G("R_g"),
        /** Cross terms: \(r_{k_1k_2k} = 0\), \((k_1,k_2) \ne (k,k)\). */
        R_C("R_c"),
        /** Grouped quadratic terms: \(R_p(m,k) = 0\), m ≠ 0. */
        R_STAR("R_*"),
        /** Bias (constant output): \(R_a(0,k) + R_b(0,k) = 0\). */
        R_N("R_n");

        private final String label;

        ConstraintClass(String label) {
            this.label = label;
        }

        /**
         * the documented name of the class: {@code R_g}, {@code R_c}, {@code R_*} or {@code R_n}.
         *
         * @return the label
         */
        public String label() {
            return label;
        }
    }

    /**
     * The largest violation of one constraint class.
     *
     * @param constraint the class
     * @param max the largest violation (0 if the class is satisfied exactly)
     * @param k output frequency of the worst entry (−1 if {@code max} is 0)
     * @param m1 a-frequency of the worst residual \(T_k(m_1,m_2)\) (−1 if {@code max} is 0)
     * @param m2 b-frequency of the worst residual (−1 if {@code max} is 0)
     * @param lossShare this class's share of the loss, \(d\sum|T|^2\) over its entries
     */
    public record Violation(ConstraintClass constraint, double max, int k, int m1, int m2, double lossShare) {

        /**
         * Validates the record.
         *
         * @param constraint see the record description
         * @param max see the record description
         * @param k see the record description
         * @param m1 see the record description
         * @param m2 see the record description
         * @param lossShare see the record description
         * @throws IllegalArgumentException if max or lossShare is negative or NaN
         */
        public Violation {
            Objects.requireNonNull(constraint, "constraint");
            if (!(max >= 0) || !(lossShare >= 0)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "max (%s) and lossShare (%s) must be >= 0", max, lossShare));
            }
        }

        /**
         * A readable name of the worst entry, e.g. {@code r_{3,5,1}} or {@code R_a(2,1)}.
         *
         * @return the index description
         */
        public String index() {
            if (k < 0) {
                return "-";
            }
            switch (constraint) {
                case R_STAR:
                    return m2 == 0 ? String.format(Locale.ROOT, "R_a(%d,%d)", m1, k)
                            : String.format(Locale.ROOT, "R_b(%d,%d)", m2, k);
                case R_N:
                    return String.format(Locale.ROOT, "R_n(%d)", k);
                default:
                    return String.format(Locale.ROOT, "r_{%d,%d,%d}", m1, m2, k);
            }
        }
    }

    /**
     * Validates the record.
     *
     * @param d see the record description
     * @param loss see the record description
     * @param target see the record description
     * @param cross see the record description
     * @param star see the record description
     * @param bias see the record description
     * @throws IllegalArgumentException if the loss is negative or NaN
     */
    public OptimalityReport {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cross, "cross");
        Objects.requireNonNull(star, "star");
        Objects.requireNonNull(bias, "bias");
        if (!(loss >= 0)) {
            throw new IllegalArgumentException("loss (" + loss + ") must be >= 0");
        }
    }

    /**
     * Computes the report of a net.
     *
     * @param z a net
     * @return its optimality report
     */
    public static OptimalityReport of(FourierNet z) {
        Objects.requireNonNull(z, "z");
        return collect(z.d(), v -> Residuals.visit(z, v));
    }

    /**
     * The report of the residuals a source visits (package-private): \(\mathbb{Z}_d\) or, with character
     * indices for k, m₁, m₂ and d = |G|, a finite abelian group (docs/cogs-math.md §14.2).
     */
    static OptimalityReport collect(int d, java.util.function.Consumer<Residuals.Visitor> residuals) {
        double[] max = new double[4];
        double[] share = new double[4];
        int[][] arg = new int[4][];
        for (int c = 0; c < 4; c++) {
            arg[c] = new int[] {-1, -1, -1};
        }
        residuals.accept((k, m1, m2, re, im) -> {
            double sq = re * re + im * im;
            int cls;
            double v = Math.sqrt(sq);
            if (m1 != 0 && m2 != 0) {
                cls = (m1 == k && m2 == k) ? 0 : 1;
                v *= 0.5;
            } else if (m1 != 0 || m2 != 0) {
                cls = 2;
            } else {
                cls = 3;
            }
            share[cls] += sq;
            if (v > 0 && (v > max[cls] || (v == max[cls] && before(k, m1, m2, arg[cls])))) {
                max[cls] = v;
                arg[cls] = new int[] {k, m1, m2};
            }
        });
        ConstraintClass[] classes = ConstraintClass.values();
        Violation[] out = new Violation[4];
        double loss = 0;
        for (int c = 0; c < 4; c++) {
            out[c] = new Violation(classes[c], max[c], arg[c][0], arg[c][1], arg[c][2], d * share[c]);
            loss += d * share[c];
        }
        return new OptimalityReport(d, loss, out[0], out[1], out[2], out[3]);
    }

    private static boolean before(int k, int m1, int m2, int[] other) {
        if (other[0] < 0) {
            return true;
        }
        if (k != other[0]) {
            return k < other[0];
        }
        if (m1 != other[1]) {
            return m1 < other[1];
        }
        return m2 < other[2];
    }

    /**
     * The four violations in the order R_g, R_c, R_*, R_n.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        return List.of(target, cross, star, bias);
    }

    /**
     * The largest violation over all classes.
     *
     * @return the maximum of the four {@link Violation#max()} values
     */
    public double maxViolation() {
        return Math.max(Math.max(target.max(), cross.max()), Math.max(star.max(), bias.max()));
    }

    /**
     * Whether every constraint holds within an absolute tolerance.
     *
     * @param tolerance absolute tolerance on every violation, at least 0
     * @return true if {@link #maxViolation()} ≤ tolerance
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     */
    public boolean isGlobalOptimum(double tolerance) {
        RealWeights.checkTolerance("tolerance", tolerance);
        return maxViolation() <= tolerance;
    }
}
