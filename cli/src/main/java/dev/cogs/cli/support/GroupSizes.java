package dev.cogs.cli.support;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule every command applies to the group size d of the Z_d path: d odd and at least 3. The
 * Z_d analysis pairs each frequency k with d − k; an even d has the unpaired real frequency k =
 * d/2, which only the group path covers ({@code --group Z<d>}, all characters including those of
 * order 2). Every command refuses an even d with the same message.
 */
public final class GroupSizes {

    private GroupSizes() {}

    /**
     * Checks a group size of the Z_d path.
     *
     * @param what the option or file that gave it, e.g. {@code --d}
     * @param d the size
     * @return {@code d}
     * @throws UsageError if d is even or below 3 (the message is the same in every command)
     */
    public static int requireOdd(String what, int d) {
        if (d < 3) {
            throw new UsageError(
                    what, String.format(Locale.ROOT, "d = %d: the group size must be >= 3", d));
        }
        if (d % 2 == 0) {
            throw new UsageError(
                    what,
                    String.format(
                            Locale.ROOT,
                            "d = %d is even: the Z_d path needs an odd d (k = d/2 = %d would be an"
                                    + " unpaired real frequency); use --group Z%d for the group"
                                    + " path over all characters",
                            d,
                            d / 2,
                            d));
        }
        return d;
    }

    /**
     * Checks a list of group sizes: each odd and at least 3, none listed twice.
     *
     * @param what the option
     * @param ds the sizes
     * @return {@code ds}
     * @throws UsageError on an even, small or repeated size
     */
    public static List<Integer> requireOddDistinct(String what, List<Integer> ds) {
        if (ds.isEmpty()) {
            throw new UsageError(what, "no group size given");
        }
        Set<Integer> seen = new HashSet<>();
        for (int d : ds) {
            requireOdd(what, d);
            if (!seen.add(d)) {
                throw new UsageError(
                        what,
                        "d = "
                                + d
                                + " is listed twice (it would count its runs twice); give each once");
            }
        }
        return ds;
    }
}
