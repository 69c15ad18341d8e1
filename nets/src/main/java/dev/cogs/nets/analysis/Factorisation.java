package dev.cogs.nets.analysis;

import java.util.List;
import java.util.Objects;

/**
 * The factorisation of one order-4 or order-6 group (docs/cogs-math.md §9 step 4): the chosen
 * column order, the columns whose a- and b-entries were negated, the residual err = ‖R −
 * rowmean(R)‖_F and the two classified factors (an order-2 factor [1, rowmean(R)] and an order-h
 * factor S1 with rows divided by their first entries).
 *
 * <p>Non-finite values: if a ratio in the pipeline divides by zero, err is reported as +∞ (the
 * group is then non-factorable); the factors' entries may then be non-finite and their types are
 * "unknown".
 *
 * @param columnOrder the group's node indices in the chosen order (first half S1, second half S2)
 * @param flipped node indices whose a- and b-entries were negated by the 0.2 sign test
 * @param err the factorisation residual, ≥ 0 or +∞
 * @param errBound the factorability bound 0.1·√(3 q_k)
 * @param first the order-2 factor
 * @param second the order-h factor
 */
public record Factorisation(
        List<Integer> columnOrder,
        List<Integer> flipped,
        double err,
        double errBound,
        Factor first,
        Factor second) {

    /**
     * Validates and copies.
     *
     * @param columnOrder the group's node indices in the chosen order (first half S1, second half
     *     S2)
     * @param flipped node indices whose a- and b-entries were negated by the 0.2 sign test
     * @param err the factorisation residual, ≥ 0 or +∞
     * @param errBound the factorability bound 0.1·√(3 q_k)
     * @param first the order-2 factor
     * @param second the order-h factor
     * @throws IllegalArgumentException if err is NaN or negative
     */
    public Factorisation {
        columnOrder = List.copyOf(columnOrder);
        flipped = List.copyOf(flipped);
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (!(err >= 0)) {
            throw new IllegalArgumentException("err (" + err + ") must be >= 0");
        }
    }

    /**
     * Whether err is within the bound (docs/cogs-math.md §9 step 4d).
     *
     * @return err ≤ errBound
     */
    public boolean factorable() {
        return err <= errBound;
    }

    /**
     * The two factor types ordered by lexicographic comparison of their labels (docs/cogs-math.md
     * §9 step 5).
     *
     * @return the sorted pair
     */
    public List<FactorType> types() {
        FactorType x = first.type();
        FactorType y = second.type();
        return x.label().compareTo(y.label()) <= 0 ? List.of(x, y) : List.of(y, x);
    }
}
