package dev.cogs.nets.analysis;

/** What one frequency group turned out to be (docs/cogs-math.md §9 steps 3–6). */
public enum SolutionKind {
    /** z_{ν=i} * z_ξ (order 4): factor types (4c, xi). */
    NU_I_XI("z_{nu=i}*z_xi"),
    /** z_ν * z_syn (order 6): factor types (nu, syn). */
    NU_SYN("z_nu*z_syn"),
    /** z_{ν=i} * z_{syn,αβ} (order 6): factor types (4c, syn-ab) or (4c, syn) (α = β = 1). */
    NU_I_SYN_AB("z_{nu=i}*z_{syn,ab}"),
    /** A factorable group of size 4 or 6 whose factor types match none of the constructions. */
    OTHER("other"),
    /** A group of size 4 or 6 whose err exceeds the factorability bound. */
    NON_FACTORABLE("non-factorable"),
    /** A group whose size is neither 4 nor 6 (not analysed). */
    NOT_4_6("not 4/6");

    private final String label;

    SolutionKind(String label) {
        this.label = label;
    }

    /**
     * A short ASCII name, e.g. {@code "z_nu*z_syn"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Whether this kind is one of the three named constructions.
     *
     * @return true for {@link #NU_I_XI}, {@link #NU_SYN}, {@link #NU_I_SYN_AB}
     */
    public boolean isConstruction() {
        return this == NU_I_XI || this == NU_SYN || this == NU_I_SYN_AB;
    }
}
