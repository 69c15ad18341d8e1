package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis of one frequency group G_k (docs/cogs-math.md §9 steps 3–5).
 *
 * <p>This record is immutable.
 *
 * @param frequency k in 1..(d−1)/2
 * @param nodes the group's node indices in increasing order
 * @param factorisation present iff the group has 4 or 6 nodes
 * @param kind the classification
 */
public record GroupAnalysis(int frequency, List<Integer> nodes, Optional<Factorisation> factorisation,
        SolutionKind kind) {

    /**
     * Validates and copies.
     *
     * @param frequency k in 1..(d−1)/2
     * @param nodes the group's node indices in increasing order
     * @param factorisation present iff the group has 4 or 6 nodes
     * @param kind the classification
     * @throws IllegalArgumentException if the factorisation's presence contradicts the group size or kind
     */
    public GroupAnalysis {
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(factorisation, "factorisation");
        Objects.requireNonNull(kind, "kind");
        boolean analysed = nodes.size() == 4 || nodes.size() == 6;
        if (analysed != factorisation.isPresent() || analysed == (kind == SolutionKind.NOT_4_6)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "group at k = %d of size %d with kind %s and factorisation %s is inconsistent", frequency,
                    nodes.size(), kind, factorisation.isPresent() ? "present" : "absent"));
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
     * ξ of a z_{ν=i} * z_ξ group.
     *
     * @return ξ = a₂ of the xi factor, empty for other kinds
     */
    public Optional<Complex> xi() {
        return kind == SolutionKind.NU_I_XI ? factorOf(FactorType.ORDER_2_XI).map(f -> f.parameters().get(0))
                : Optional.empty();
    }

    /**
     * ν of a z_ν * z_syn group.
     *
     * @return ν = a₂ of the nu factor, empty for other kinds
     */
    public Optional<Complex> nu() {
        return kind == SolutionKind.NU_SYN ? factorOf(FactorType.ORDER_2_NU).map(f -> f.parameters().get(0))
                : Optional.empty();
    }

    /**
     * α of a z_{ν=i} * z_{syn,αβ} group (1 for plain z_syn).
     *
     * @return α, empty for other kinds
     */
    public Optional<Complex> alpha() {
        return synAbParameter(0);
    }

    /**
     * β of a z_{ν=i} * z_{syn,αβ} group as the authors compute it, a₂/ω₃ (1 for plain z_syn); see
     * {@link Factor}.
     *
     * @return β, empty for other kinds
     */
    public Optional<Complex> beta() {
        return synAbParameter(1);
    }

    private Optional<Complex> synAbParameter(int i) {
        if (kind != SolutionKind.NU_I_SYN_AB) {
            return Optional.empty();
        }
        Optional<Factor> ab = factorOf(FactorType.ORDER_3_SYN_AB);
        return Optional.of(ab.map(f -> f.parameters().get(i)).orElse(Complex.ONE));
    }
}
