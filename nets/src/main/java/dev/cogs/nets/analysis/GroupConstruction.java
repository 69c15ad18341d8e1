package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One of the three per-frequency constructions the analysis names (docs/cogs-math.md §5.2, §9 step
 * 5) with its parameters, compared up to the symmetries the analysis cannot see (docs/cogs-math.md
 * §9.9):
 *
 * <ul>
 *   <li>z_{ν=i} * z_ξ ({@link SolutionKind#NU_I_XI}), parameter ξ ≠ 0, determined up to \(\xi
 *       \mapsto i^m \xi^{\pm1}\);
 *   <li>z_ν * z_syn ({@link SolutionKind#NU_SYN}), parameter ν ≠ 0, determined up to \(\nu \mapsto
 *       \zeta\,\nu^{\pm1}\) with ζ a sixth root of unity (that is ±ν^{±1}·ω₃^m);
 *   <li>z_{ν=i} * z_{syn,αβ} ({@link SolutionKind#NU_I_SYN_AB}), parameters α, β ≠ 0, determined as
 *       the set of ratios {1, α, β} up to re-basing (dividing the set by one of its elements), a
 *       fourth root of unity per element, complex conjugation of the whole set, and order.
 * </ul>
 *
 * <p><b>Canonical form</b> ({@link #canonical()}), the representative of each class that {@link
 * GroupAnalysis} returns: ξ with arg in [0, π/4]; ν with arg in [0, π/6]; in both cases the orbit
 * element with the smallest argument in [0, 2π), and on a tie (arguments 0 or at the upper end) the
 * one with the larger modulus. For (α, β): every re-basing and conjugation of {1, α, β} is reduced
 * element by element to arguments in [0, π/2) and its two non-unit entries sorted by (argument,
 * modulus); the canonical pair is the smallest of these six candidates by (arg α, |α|, arg β, |β|).
 * Arguments within 1e-12 of each other, and moduli within a relative 1e-12, count as equal, so that
 * exact ties (1/z and z̄ always share their argument, and are equal when |z| = 1) are decided by
 * the next key, not by rounding. The canonical form is a fundamental domain, so two parameters that
 * are close but lie on either side of its boundary get distant representatives; compare fitted
 * values with {@link #isEquivalent(GroupConstruction, double)}, which searches the whole orbit, not
 * with the canonical values.
 *
 * <p>Instances are immutable records.
 *
 * @param kind {@link SolutionKind#NU_I_XI}, {@link SolutionKind#NU_SYN} or {@link
 *     SolutionKind#NU_I_SYN_AB}
 * @param parameters [ξ], [ν] or [α, β], finite and non-zero
 */
public record GroupConstruction(SolutionKind kind, List<Complex> parameters) {

    private static final Complex[] FOURTH_ROOTS = {
        Complex.ONE, Complex.I, Complex.ONE.negate(), Complex.I.negate()
    };
    private static final Complex[] SIXTH_ROOTS = new Complex[6];
    private static final double TWO_PI = 2 * Math.PI;

    /**
     * Arguments closer than this (and moduli closer than this relative amount) count as equal, so
     * that ties are decided by the next key and not by rounding: the candidates 1/z and conj(z) of
     * the (α, β) form always have the same argument, and the same modulus too when |z| = 1.
     */
    private static final double ARGUMENT_TIE = 1e-12;

    static {
        for (int m = 0; m < 6; m++) {
            SIXTH_ROOTS[m] = Complex.polar(1, m * Math.PI / 3);
        }
    }

    /**
     * Validates and copies.
     *
     * @param kind the construction
     * @param parameters its parameters
     * @throws IllegalArgumentException if the kind is not one of the three constructions, the
     *     number of parameters does not fit it, or a parameter is zero or not finite
     */
    public GroupConstruction {
        Objects.requireNonNull(kind, "kind");
        parameters = List.copyOf(parameters);
        if (!kind.isConstruction()) {
            throw new IllegalArgumentException(
                    "kind (" + kind + ") is not one of the named constructions");
        }
        int expected = kind == SolutionKind.NU_I_SYN_AB ? 2 : 1;
        if (parameters.size() != expected) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s takes %d parameter(s), got %d",
                            kind.label(),
                            expected,
                            parameters.size()));
        }
        for (Complex p : parameters) {
            if (!(p.abs() > 0) || !Double.isFinite(p.re()) || !Double.isFinite(p.im())) {
                throw new IllegalArgumentException(
                        "parameter " + p + " must be finite and non-zero");
            }
        }
    }

    /**
     * z_{ν=i} * z_ξ.
     *
     * @param xi ξ, finite and non-zero
     * @return the construction
     */
    public static GroupConstruction nuIXi(Complex xi) {
        return new GroupConstruction(SolutionKind.NU_I_XI, List.of(xi));
    }

    /**
     * z_ν * z_syn.
     *
     * @param nu ν, finite and non-zero
     * @return the construction
     */
    public static GroupConstruction nuSyn(Complex nu) {
        return new GroupConstruction(SolutionKind.NU_SYN, List.of(nu));
    }

    /**
     * z_{ν=i} * z_{syn,αβ} (α = β = 1 for plain z_syn).
     *
     * @param alpha α, finite and non-zero
     * @param beta β, finite and non-zero
     * @return the construction
     */
    public static GroupConstruction nuISynAb(Complex alpha, Complex beta) {
        return new GroupConstruction(SolutionKind.NU_I_SYN_AB, List.of(alpha, beta));
    }

    /**
     * The canonical representative of this construction's symmetry class (see the class
     * description).
     *
     * @return the canonical form (equal to this one if it already is canonical)
     */
    public GroupConstruction canonical() {
        switch (kind) {
            case NU_I_XI:
                return nuIXi(smallestArgument(orbit(parameters.get(0), FOURTH_ROOTS)));
            case NU_SYN:
                return nuSyn(smallestArgument(orbit(parameters.get(0), SIXTH_ROOTS)));
            default:
                return canonicalSynAb();
        }
    }

    /**
     * Whether another construction is this one up to the symmetries: same kind, and some element of
     * this one's orbit is within {@code tolerance} of the other's parameters (the largest modulus
     * of the differences).
     *
     * @param other the other construction
     * @param tolerance the absolute tolerance, ≥ 0
     * @return true if they are equivalent within the tolerance
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     */
    public boolean isEquivalent(GroupConstruction other, double tolerance) {
        Objects.requireNonNull(other, "other");
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance (" + tolerance + ") must be >= 0");
        }
        if (kind != other.kind) {
            return false;
        }
        switch (kind) {
            case NU_I_XI:
                return near(
                        orbit(parameters.get(0), FOURTH_ROOTS), other.parameters.get(0), tolerance);
            case NU_SYN:
                return near(
                        orbit(parameters.get(0), SIXTH_ROOTS), other.parameters.get(0), tolerance);
            default:
                return synAbEquivalent(other, tolerance);
        }
    }

    /** {@code root·x} and {@code root/x} for every root. */
    private static List<Complex> orbit(Complex x, Complex[] roots) {
        List<Complex> out = new ArrayList<>();
        Complex inv = x.reciprocal();
        for (Complex r : roots) {
            out.add(r.multiply(x));
            out.add(r.multiply(inv));
        }
        return out;
    }

    private static boolean near(List<Complex> orbit, Complex y, double tolerance) {
        for (Complex x : orbit) {
            if (x.subtract(y).abs() <= tolerance) {
                return true;
            }
        }
        return false;
    }

    /** The argument in [0, 2π). */
    private static double argument(Complex x) {
        double a = x.arg();
        return a < 0 ? a + TWO_PI : a >= TWO_PI ? a - TWO_PI : a;
    }

    /** The element with the smallest argument in [0, 2π), the larger modulus on a tie. */
    private static Complex smallestArgument(List<Complex> xs) {
        Complex best = null;
        for (Complex x : xs) {
            if (best == null) {
                best = x;
                continue;
            }
            double d = argument(x) - argument(best);
            if (d < -ARGUMENT_TIE
                    || Math.abs(d) <= ARGUMENT_TIE && x.abs() > best.abs() * (1 + ARGUMENT_TIE)) {
                best = x;
            }
        }
        return best;
    }

    /** x times the fourth root of unity that brings its argument into [0, π/2). */
    private static Complex reduceByFourthRoot(Complex x) {
        return smallestArgument(
                List.of(
                        x,
                        x.multiply(FOURTH_ROOTS[1]),
                        x.multiply(FOURTH_ROOTS[2]),
                        x.multiply(FOURTH_ROOTS[3])));
    }

    /**
     * The ratio set {1, α, β} re-based on each element, conjugated or not: six triples starting
     * with 1.
     */
    private List<Complex[]> rebasings() {
        Complex[] set = {Complex.ONE, parameters.get(0), parameters.get(1)};
        List<Complex[]> out = new ArrayList<>();
        for (int base = 0; base < 3; base++) {
            for (boolean conj : new boolean[] {false, true}) {
                Complex[] t = new Complex[3];
                int at = 1;
                t[0] = Complex.ONE;
                for (int i = 0; i < 3; i++) {
                    if (i != base) {
                        Complex r = set[i].divide(set[base]);
                        t[at++] = conj ? r.conjugate() : r;
                    }
                }
                out.add(t);
            }
        }
        return out;
    }

    private GroupConstruction canonicalSynAb() {
        Complex[] best = null;
        for (Complex[] t : rebasings()) {
            Complex u = reduceByFourthRoot(t[1]);
            Complex v = reduceByFourthRoot(t[2]);
            if (compare(v, u) < 0) {
                Complex s = u;
                u = v;
                v = s;
            }
            Complex[] cand = {u, v};
            if (best == null
                    || compare(cand[0], best[0]) < 0
                    || compare(cand[0], best[0]) == 0 && compare(cand[1], best[1]) < 0) {
                best = cand;
            }
        }
        return nuISynAb(best[0], best[1]);
    }

    /** Order by argument in [0, 2π) (equal within {@link #ARGUMENT_TIE}), then by modulus. */
    private static int compare(Complex x, Complex y) {
        double d = argument(x) - argument(y);
        if (Math.abs(d) > ARGUMENT_TIE) {
            return d < 0 ? -1 : 1;
        }
        double m = x.abs() - y.abs();
        if (Math.abs(m) <= ARGUMENT_TIE * Math.max(x.abs(), y.abs())) {
            return 0;
        }
        return m < 0 ? -1 : 1;
    }

    private boolean synAbEquivalent(GroupConstruction other, double tolerance) {
        Complex[] target = {Complex.ONE, other.parameters.get(0), other.parameters.get(1)};
        int[][] perms = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (Complex[] t : rebasings()) {
            for (int[] p : perms) {
                boolean all = true;
                for (int i = 0; i < 3 && all; i++) {
                    all =
                            near(
                                    List.of(
                                            t[i],
                                            t[i].multiply(FOURTH_ROOTS[1]),
                                            t[i].multiply(FOURTH_ROOTS[2]),
                                            t[i].multiply(FOURTH_ROOTS[3])),
                                    target[p[i]],
                                    tolerance);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        switch (kind) {
            case NU_I_XI:
                return kind.label() + " (xi = " + parameters.get(0) + ")";
            case NU_SYN:
                return kind.label() + " (nu = " + parameters.get(0) + ")";
            default:
                return kind.label()
                        + " (alpha = "
                        + parameters.get(0)
                        + ", beta = "
                        + parameters.get(1)
                        + ")";
        }
    }
}
