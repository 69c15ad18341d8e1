package dev.cogs.nets.analysis;

/**
 * The type of one factor of a factorised group (docs/cogs-math.md §9 step 5), with the authors'
 * names.
 *
 * <p>Pairs of types are ordered by lexicographic comparison of {@link #label()}, not by enum order.
 */
public enum FactorType {
    /** z_{ν=i}: second column c₂ ≈ 1 and a₂ ≈ ±i. */
    ORDER_2_4C("order-2-4c"),
    /** z_ν: second column with a₂ + b₂ ≈ 0; parameter ν = a₂. */
    ORDER_2_NU("order-2-nu"),
    /** z_ξ: second column with c₂ ≈ ±i; parameter ξ = a₂. */
    ORDER_2_XI("order-2-xi"),
    /** An order-2 factor of none of the above types. */
    ORDER_2_UNKNOWN("order-2-unknown"),
    /** z_syn: columns ≈ (1,1,1), ω₃(1,1,1), ω̄₃(1,1,1). */
    ORDER_3_SYN("order-3-syn"),
    /** z_{syn,αβ}: c-row ≈ (1, ω₃, ω̄₃); parameters (a₁/ω₃, a₂/ω₃). */
    ORDER_3_SYN_AB("order-3-syn-ab"),
    /** An order-3 factor of none of the above types. */
    ORDER_3_UNKNOWN("order-3-unknown");

    private final String label;

    FactorType(String label) {
        this.label = label;
    }

    /**
     * The authors' name of the type, e.g. {@code "order-2-xi"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
