package dev.cogs.cli.groups;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.weights.OptimalityReport;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Printable names of characters: the coordinates k of \(\chi_k\) in the invariant-factor
 * decomposition ({@link CharacterGroup#coordinates(int)}), e.g. {@code (1,2)} over Z5 × Z5 or
 * {@code 7} over Z15.
 */
public final class CharacterLabels {

    private CharacterLabels() {}

    /**
     * The label of a character.
     *
     * @param ch the character group
     * @param chi a character index
     * @return its coordinates, bare for rank 1
     */
    public static String label(CharacterGroup ch, int chi) {
        int[] k = ch.coordinates(chi);
        if (k.length == 1) {
            return Integer.toString(k[0]);
        }
        return Arrays.stream(k)
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * The readable index of a violation whose k, m₁, m₂ are character indices (as {@link
     * OptimalityReport.Violation#index()}, with character labels).
     *
     * @param ch the character group
     * @param v the violation
     * @return e.g. {@code r_{(1,0),(1,0),(1,0)}} or {@code R_n((2,3))}; "-" if the class is
     *     satisfied exactly
     */
    public static String index(CharacterGroup ch, OptimalityReport.Violation v) {
        if (v.worst().isEmpty()) {
            return "-";
        }
        OptimalityReport.Residual r = v.worst().get();
        String k = label(ch, r.k());
        switch (v.constraint()) {
            case R_STAR:
                return r.m2() == 0
                        ? String.format(Locale.ROOT, "R_a(%s,%s)", label(ch, r.m1()), k)
                        : String.format(Locale.ROOT, "R_b(%s,%s)", label(ch, r.m2()), k);
            case R_N:
                return String.format(Locale.ROOT, "R_n(%s)", k);
            default:
                return String.format(
                        Locale.ROOT, "r_{%s,%s,%s}", label(ch, r.m1()), label(ch, r.m2()), k);
        }
    }
}
