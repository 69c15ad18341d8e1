package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis of one frequency group G_k (docs/cogs-math.md §9 steps 3–5). The fitted parameters
 * of a named construction are returned in the canonical form of docs/cogs-math.md §9.9 ({@link
 * #construction()}, {@link #xi()}, {@link #nu()}, {@link #alpha()}, {@link #beta()}); {@link
 * #matches} compares them with a given construction up to the symmetries, and {@link
 * #authorsParameters()} keeps the authors' convention.
 *
 * <p>This record is immutable.
 *
 * @param frequency k in 1..(d−1)/2
 * @param nodes the group's node indices in increasing order
 * @param factorisation present iff the group has 4 or 6 nodes
 * @param kind the classification
 */
public record GroupAnalysis(
        int frequency,
        List<Integer> nodes,
        Optional<Factorisation> factorisation,
        SolutionKind kind) {

    /** ω̄₃ = e^{−2πi/3}: β = (a₂/ω₃)·ω̄₃ undoes the authors' division of a₂ by ω₃. */
    private static final Complex OMEGA3_BAR = Complex.of(-0.5, -Math.sqrt(3) / 2);

    /** ω₃ = e^{2πi/3}: the authors' a₂/ω₃ = β·ω₃ of a plain z_syn factor (α = β = 1). */
    private static final Complex OMEGA3 = OMEGA3_BAR.conjugate();

    /**
     * Validates and copies.
     *
     * @param frequency k in 1..(d−1)/2
     * @param nodes the group's node indices in increasing order
     * @param factorisation present iff the group has 4 or 6 nodes
     * @param kind the classification
     * @throws IllegalArgumentException if the factorisation's presence contradicts the group size
     *     or kind
     */
    public GroupAnalysis {
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(factorisation, "factorisation");
        Objects.requireNonNull(kind, "kind");
        boolean analysed = nodes.size() == 4 || nodes.size() == 6;
        if (analysed != factorisation.isPresent() || analysed == (kind == SolutionKind.NOT_4_6)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "group at k = %d of size %d with kind %s and factorisation %s is inconsistent",
                            frequency,
                            nodes.size(),
                            kind,
                            factorisation.isPresent() ? "present" : "absent"));
        }
    }

    /**
     * The group size q_k.
     *
     * @return the number of nodes
     */
    public int size() {
        return nodes.size();
    }

    private Optional<Factor> factorOf(FactorType type) {
        if (!kind.isConstruction()) {
            return Optional.empty();
        }
        Factorisation f = factorisation.orElseThrow();
        if (f.first().type() == type) {
            return Optional.of(f.first());
        }
        return f.second().type() == type ? Optional.of(f.second()) : Optional.empty();
    }

    /**
     * The fitted construction in canonical form (docs/cogs-math.md §9.9): the kind with ξ, ν or (α,
     * β) reduced to the documented representative of its symmetry class ({@link
     * GroupConstruction#canonical()}). For z_{ν=i} * z_{syn,αβ} the authors' second parameter a₂/ω₃
     * = β·ω₃ is first corrected to β (docs/cogs-math.md §12.13); a plain z_syn factor gives α = β =
     * 1.
     *
     * @return the construction, empty unless {@link #kind()} is one of the three named
     *     constructions (or if a fitted parameter is 0 or not finite)
     */
    public Optional<GroupConstruction> construction() {
        List<Complex> raw = authorsParameters();
        try {
            switch (kind) {
                case NU_I_XI:
                    return Optional.of(GroupConstruction.nuIXi(raw.get(0)).canonical());
                case NU_SYN:
                    return Optional.of(GroupConstruction.nuSyn(raw.get(0)).canonical());
                case NU_I_SYN_AB:
                    return Optional.of(
                            GroupConstruction.nuISynAb(raw.get(0), raw.get(1).multiply(OMEGA3_BAR))
                                    .canonical());
                default:
                    return Optional.empty();
            }
        } catch (IllegalArgumentException degenerate) {
            // a fitted parameter 0 or not finite: no construction to compare with
            return Optional.empty();
        }
    }

    /**
     * Whether the group is the given construction up to the symmetries of docs/cogs-math.md §9.9:
     * the same kind and parameters within {@code tolerance} of some representative of the fitted
     * class ({@link GroupConstruction#isEquivalent}).
     *
     * @param construction the expected construction, e.g. {@code GroupConstruction.nuSyn(nu)}
     * @param tolerance the absolute tolerance on the parameters, ≥ 0 (0.06 suits nets trained with
     *     the paper's setup, whose groups are noisy at the few-per-cent level)
     * @return true if the group matches
     * @throws IllegalArgumentException if the tolerance is negative or NaN
     */
    public boolean matches(GroupConstruction construction, double tolerance) {
        Objects.requireNonNull(construction, "construction");
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance (" + tolerance + ") must be >= 0");
        }
        return construction().map(c -> c.isEquivalent(construction, tolerance)).orElse(false);
    }

    /**
     * The fitted parameters in the authors' convention (docs/cogs-math.md §9 step 5, §12.13), as
     * the paper's Fig. 5 histograms them: [ξ] for z_{ν=i} * z_ξ, [ν] for z_ν * z_syn, [α, β·ω₃] for
     * z_{ν=i} * z_{syn,αβ} ([1, ω₃] for a plain z_syn factor, i.e. α = β = 1), each only up to the
     * symmetries of docs/cogs-math.md §9.9. Compare values through {@link #construction()} or
     * {@link #matches}.
     *
     * @return the parameters, empty unless the kind is one of the three named constructions
     */
    public List<Complex> authorsParameters() {
        switch (kind) {
            case NU_I_XI:
                return List.of(factorOf(FactorType.ORDER_2_XI).orElseThrow().parameters().get(0));
            case NU_SYN:
                return List.of(factorOf(FactorType.ORDER_2_NU).orElseThrow().parameters().get(0));
            case NU_I_SYN_AB:
                return factorOf(FactorType.ORDER_3_SYN_AB)
                        .map(Factor::parameters)
                        .orElse(List.of(Complex.ONE, OMEGA3));
            default:
                return List.of();
        }
    }

    /**
     * ξ of a z_{ν=i} * z_ξ group, in canonical form (arg ξ ∈ [0, π/4], docs/cogs-math.md §9.9).
     *
     * @return ξ, empty for other kinds
     */
    public Optional<Complex> xi() {
        return kind == SolutionKind.NU_I_XI
                ? construction().map(c -> c.parameters().get(0))
                : Optional.empty();
    }

    /**
     * ν of a z_ν * z_syn group, in canonical form (arg ν ∈ [0, π/6], docs/cogs-math.md §9.9).
     *
     * @return ν, empty for other kinds
     */
    public Optional<Complex> nu() {
        return kind == SolutionKind.NU_SYN
                ? construction().map(c -> c.parameters().get(0))
                : Optional.empty();
    }

    /**
     * α of a z_{ν=i} * z_{syn,αβ} group, in canonical form (docs/cogs-math.md §9.9; 1 for plain
     * z_syn).
     *
     * @return α, empty for other kinds
     */
    public Optional<Complex> alpha() {
        return kind == SolutionKind.NU_I_SYN_AB
                ? construction().map(c -> c.parameters().get(0))
                : Optional.empty();
    }

    /**
     * β of a z_{ν=i} * z_{syn,αβ} group, in canonical form (docs/cogs-math.md §9.9; 1 for plain
     * z_syn): the true β, not the authors' β·ω₃ (that one is in {@link #authorsParameters()}).
     *
     * @return β, empty for other kinds
     */
    public Optional<Complex> beta() {
        return kind == SolutionKind.NU_I_SYN_AB
                ? construction().map(c -> c.parameters().get(1))
                : Optional.empty();
    }
}
