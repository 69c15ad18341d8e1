package dev.cogs.nets.analysis;

import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The columns of the factorisation table (docs/cogs-math.md §9 step 6), with the authors' names.
 *
 * <p>All but {@link #NON_46} are fractions (or residuals) that the paper prints ×100.
 */
public enum Statistic {
    /** sol_4_4cxi: share of z_{ν=i}*z_ξ among factorable groups. */
    SOL_4_4CXI("sol_4_4cxi", true, RunStatistics::solNuIXi),
    /** sol_6_nusyn: share of z_ν*z_syn. */
    SOL_6_NUSYN("sol_6_nusyn", true, RunStatistics::solNuSyn),
    /** sol_6_4csynab: share of z_{ν=i}*z_{syn,αβ}. */
    SOL_6_4CSYNAB("sol_6_4csynab", true, RunStatistics::solNuISynAb),
    /** sol_others: remainder among factorable groups. */
    SOL_OTHERS("sol_others", true, RunStatistics::solOthers),
    /** 1nonfact_4: non-factorable share of order-4 groups. */
    NONFACT_4("1nonfact_4", true, RunStatistics::nonFactorable4),
    /** 1nonfact_6: non-factorable share of order-6 groups. */
    NONFACT_6("1nonfact_6", true, RunStatistics::nonFactorable6),
    /** err_4: mean err of factorable order-4 groups. */
    ERR_4("err_4", true, RunStatistics::err4),
    /** err_6: mean err of factorable order-6 groups. */
    ERR_6("err_6", true, RunStatistics::err6),
    /** 0_non_46: number of frequencies whose group is neither of size 4 nor 6. */
    NON_46("0_non_46", false, s -> OptionalDouble.of(s.non46())),
    /** matched fraction 1 − sol_others. */
    MATCHED("matched", true, RunStatistics::matched);

    private final String label;
    private final boolean percent;
    private final Function<RunStatistics, OptionalDouble> extractor;

    Statistic(String label, boolean percent, Function<RunStatistics, OptionalDouble> extractor) {
        this.label = label;
        this.percent = percent;
        this.extractor = extractor;
    }

    /**
     * The authors' column name.
     *
     * @return the label, e.g. {@code "sol_4_4cxi"}
     */
    public String label() {
        return label;
    }

    /**
     * Whether the paper prints the value ×100.
     *
     * @return true for all but {@link #NON_46}
     */
    public boolean percent() {
        return percent;
    }

    /**
     * The value of this statistic for one run.
     *
     * @param run the run
     * @return the value, empty where undefined
     */
    public OptionalDouble of(RunStatistics run) {
        return extractor.apply(run);
    }
}
