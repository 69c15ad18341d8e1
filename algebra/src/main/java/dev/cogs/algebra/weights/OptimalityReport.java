package dev.cogs.algebra.weights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a net is from the global optimum, per constraint class of docs/cogs-math.md §3.4, with
 * the residual that violates most ({@link Violation#worst()}, empty for a class that holds
 * exactly). Every residual is public through {@link #residuals(FourierNet)}; {@link Verification}
 * lists every violated one. All values are in code units and derived from the residuals
 * \(T_k(m_1,m_2)\) of docs/cogs-math.md §3.2 (k ≠ 0), so that \(\ell = 0\) iff every violation is
 * 0:
 *
 * <ul>
 *   <li>{@link ConstraintClass#R_G} (target, "1-set"): \(|r_{kkk} - \frac1{2d}| = |T_k(k,k)|/2\);
 *   <li>{@link ConstraintClass#R_C} (cross terms): \(|r_{m_1m_2k}| = |T_k(m_1,m_2)|/2\), \(m_1,m_2
 *       \ne 0\), \((m_1,m_2) \ne (k,k)\);
 *   <li>{@link ConstraintClass#R_STAR}: \(|T_k(m,0)| = |R_a(m,k) + 2r_{m0k}|\) and \(|T_k(0,m)| =
 *       |R_b(m,k) + 2r_{0mk}|\), \(m \ne 0\) (the \(2r\) terms vanish for zero-mean input weights);
 *   <li>{@link ConstraintClass#R_N} (bias): \(|T_k(0,0)| = |R_a(0,k) + R_b(0,k) + 2r_{00k}|\).
 * </ul>
 *
 * Each class also reports its share of the loss, \(d\sum|T|^2\) over its entries; the shares add up
 * to {@link #loss()}. Cost: as {@link CogsLoss#residualForm} (O(q) for single-frequency nets; at
 * most O(d³ + d²q) plus the support work).
 *
 * @param d the group size
 * @param loss the full-dataset loss, \(d\sum_{k\ne0}\sum|T_k|^2\)
 * @param target the R_g violation
 * @param cross the R_c violation
 * @param star the R_* violation
 * @param bias the R_n violation
 */
public record OptimalityReport(
        int d, double loss, Violation target, Violation cross, Violation star, Violation bias) {

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
     * One non-zero loss residual \(T_k(m_1,m_2)\) of docs/cogs-math.md §3.2, k ≠ 0, with its
     * constraint class and its violation in the units of the report.
     *
     * @param k the output frequency, in [1, d)
     * @param m1 the a-frequency, in [0, d)
     * @param m2 the b-frequency, in [0, d)
     * @param re the real part of \(T_k(m_1,m_2)\)
     * @param im the imaginary part
     */
    public record Residual(int k, int m1, int m2, double re, double im) {

        /**
         * Validates the indices.
         *
         * @param k the output frequency, in [1, d)
         * @param m1 the a-frequency
         * @param m2 the b-frequency
         * @param re the real part
         * @param im the imaginary part
         * @throws IllegalArgumentException if k &lt; 1 or an index is negative
         */
        public Residual {
            if (k < 1 || m1 < 0 || m2 < 0) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "residual indices (k %d, m1 %d, m2 %d) must be k >= 1, m1, m2 >= 0",
                                k,
                                m1,
                                m2));
            }
        }

        /**
         * The constraint class the residual belongs to (docs/cogs-math.md §3.4): R_g for (k, k),
         * R_c for other pairs with both frequencies non-zero, R_* when exactly one is 0, R_n for
         * (0, 0).
         *
         * @return the class
         */
        public ConstraintClass constraint() {
            if (m1 != 0 && m2 != 0) {
                return m1 == k && m2 == k ? ConstraintClass.R_G : ConstraintClass.R_C;
            }
            return m1 != 0 || m2 != 0 ? ConstraintClass.R_STAR : ConstraintClass.R_N;
        }

        /**
         * The violation in code units: \(|T|/2\) for R_g and R_c (a deviation of \(r_{m_1m_2k}\)),
         * \(|T|\) for R_* and R_n.
         *
         * @return the violation, ≥ 0
         */
        public double violation() {
            double v = Math.hypot(re, im);
            return m1 != 0 && m2 != 0 ? 0.5 * v : v;
        }

        /**
         * The residual's share of the loss, \(d|T|^2\); the shares of all residuals add up to the
         * loss.
         *
         * @param d the group size
         * @return the share
         */
        public double lossShare(int d) {
            return d * (re * re + im * im);
        }

        /**
         * A readable name of the constraint, e.g. {@code r_{3,5,1}} (R_g, R_c), {@code R_a(2,1)}
         * for \(T_1(2,0)\), {@code R_b(2,1)} for \(T_1(0,2)\), {@code R_n(1)} for \(T_1(0,0)\).
         *
         * @return the name
         */
        public String index() {
            switch (constraint()) {
                case R_STAR:
                    return m2 == 0
                            ? String.format(Locale.ROOT, "R_a(%d,%d)", m1, k)
                            : String.format(Locale.ROOT, "R_b(%d,%d)", m2, k);
                case R_N:
                    return String.format(Locale.ROOT, "R_n(%d)", k);
                default:
                    return String.format(Locale.ROOT, "r_{%d,%d,%d}", m1, m2, k);
            }
        }

        private int compareIndex(Residual o) {
            if (k != o.k) {
                return Integer.compare(k, o.k);
            }
            return m1 != o.m1 ? Integer.compare(m1, o.m1) : Integer.compare(m2, o.m2);
        }
    }

    /**
     * The largest violation of one constraint class.
     *
     * @param constraint the class
     * @param max the largest violation (0 if the class is satisfied exactly)
     * @param worst the residual that violates most (the first in (k, m1, m2) order on ties); empty
     *     when {@code max} is 0
     * @param lossShare this class's share of the loss, \(d\sum|T|^2\) over its entries
     */
    public record Violation(
            ConstraintClass constraint, double max, Optional<Residual> worst, double lossShare) {

        /**
         * Validates the record.
         *
         * @param constraint see the record description
         * @param max see the record description
         * @param worst see the record description
         * @param lossShare see the record description
         * @throws IllegalArgumentException if max or lossShare is negative or NaN, or {@code worst}
         *     is absent for a positive max or belongs to another class
         */
        public Violation {
            Objects.requireNonNull(constraint, "constraint");
            Objects.requireNonNull(worst, "worst");
            if (!(max >= 0) || !(lossShare >= 0)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "max (%s) and lossShare (%s) must be >= 0",
                                max,
                                lossShare));
            }
            if (worst.isPresent() != (max > 0)
                    || worst.isPresent() && worst.get().constraint() != constraint) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "worst residual %s does not fit class %s with max %s",
                                worst,
                                constraint,
                                max));
            }
        }

        /**
         * A readable name of the worst entry, e.g. {@code r_{3,5,1}} or {@code R_a(2,1)} (see
         * {@link Residual#index()}), or {@code -} when the class is satisfied exactly.
         *
         * @return the index description
         */
        public String index() {
            return worst.map(Residual::index).orElse("-");
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
        return from(z.d(), residuals(z));
    }

    /**
     * Every non-zero residual \(T_k(m_1,m_2)\), k ≠ 0, of a net (docs/cogs-math.md §3.2), in (k,
     * m1, m2) order. Residuals not listed are exactly 0; the loss is \(d\sum|T|^2\) over the list.
     * There are at most \(d^2(d-1)\) of them (every one for a generic trained net), O(q) for
     * single-frequency nets.
     *
     * <p>Cost: as {@link CogsLoss#residualForm}, plus sorting the list.
     *
     * @param z a net
     * @return the residuals, an unmodifiable list
     */
    public static List<Residual> residuals(FourierNet z) {
        Objects.requireNonNull(z, "z");
        List<Residual> out = new ArrayList<>();
        Residuals.visit(
                z,
                (k, m1, m2, re, im) -> {
                    if (re != 0 || im != 0) {
                        out.add(new Residual(k, m1, m2, re, im));
                    }
                });
        out.sort(Residual::compareIndex);
        return Collections.unmodifiableList(out);
    }

    /**
     * The report of the residuals a source visits (package-private): \(\mathbb{Z}_d\) or, with
     * character indices for k, m₁, m₂ and d = |G|, a finite abelian group (docs/cogs-math.md
     * §14.2). The visited residuals are sorted into (k, m1, m2) order first, so ties are broken as
     * for \(\mathbb{Z}_d\).
     */
    static OptimalityReport collect(
            int d, java.util.function.Consumer<Residuals.Visitor> residuals) {
        return from(d, gather(residuals));
    }

    /** The non-zero residuals a source visits, sorted into (k, m1, m2) order (package-private). */
    static List<Residual> gather(java.util.function.Consumer<Residuals.Visitor> residuals) {
        List<Residual> out = new ArrayList<>();
        residuals.accept(
                (k, m1, m2, re, im) -> {
                    if (re != 0 || im != 0) {
                        out.add(new Residual(k, m1, m2, re, im));
                    }
                });
        out.sort(Residual::compareIndex);
        return Collections.unmodifiableList(out);
    }

    /**
     * The report of a net from its residuals.
     *
     * @param d the group size
     * @param residuals the non-zero residuals in (k, m1, m2) order (see {@link
     *     #residuals(FourierNet)})
     * @return the report
     */
    static OptimalityReport from(int d, List<Residual> residuals) {
        double[] max = new double[4];
        double[] share = new double[4];
        Residual[] arg = new Residual[4];
        for (Residual r : residuals) {
            int cls = r.constraint().ordinal();
            double v = r.violation();
            share[cls] += r.lossShare(d);
            // strict ">" keeps the first in (k, m1, m2) order on ties
            if (v > max[cls]) {
                max[cls] = v;
                arg[cls] = r;
            }
        }
        ConstraintClass[] classes = ConstraintClass.values();
        Violation[] out = new Violation[4];
        double loss = 0;
        for (int c = 0; c < 4; c++) {
            out[c] = new Violation(classes[c], max[c], Optional.ofNullable(arg[c]), share[c]);
            loss += share[c];
        }
        return new OptimalityReport(d, loss, out[0], out[1], out[2], out[3]);
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
