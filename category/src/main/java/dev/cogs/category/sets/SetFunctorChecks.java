package dev.cogs.category.sets;

import dev.cogs.category.FiniteCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Validation of raw set-functor data (docs/category.md §2.5); stateless. */
final class SetFunctorChecks {

    private SetFunctorChecks() {}

    /**
     * All failures of the data, in the order: sizes, action shapes and ranges, identities,
     * composition. Later stages run only when the earlier ones pass, since they read the arrays.
     */
    static List<SetFunctorFailure> failures(
            FiniteCategory c, Variance v, int[] sizes, int[][] actions) {
        List<SetFunctorFailure> out = new ArrayList<>();
        for (int x = 0; x < sizes.length; x++) {
            if (sizes[x] < 0) {
                out.add(new SetFunctorFailure.NegativeSize(x, sizes[x]));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        int n = c.morphismCount();
        List<SetFunctorFailure> missing = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            int[] a = actions[m];
            if (a == null) {
                missing.add(new SetFunctorFailure.MissingAction(m));
                continue;
            }
            int from = v.from(c.dom(m), c.cod(m));
            int to = v.to(c.dom(m), c.cod(m));
            if (a.length != sizes[from]) {
                out.add(new SetFunctorFailure.ActionLength(m, sizes[from], a.length));
                continue;
            }
            for (int e = 0; e < a.length; e++) {
                if (a[e] < 0 || a[e] >= sizes[to]) {
                    out.add(new SetFunctorFailure.ActionOutOfRange(m, e, a[e], sizes[to]));
                }
            }
        }
        // Missing actions are derived from given ones only when those have sound shapes, so a shape
        // failure would otherwise also report every composite as missing.
        if (!out.isEmpty() || !missing.isEmpty()) {
            return out.isEmpty() ? missing : out;
        }
        for (int x = 0; x < sizes.length; x++) {
            int id = c.identity(x);
            int[] a = actions[id];
            for (int e = 0; e < a.length; e++) {
                if (a[e] != e) {
                    out.add(new SetFunctorFailure.IdentityNotPreserved(x, id, e, a[e]));
                }
            }
        }
        for (int f = 0; f < n; f++) {
            for (int g = 0; g < n; g++) {
                if (c.dom(g) != c.cod(f)) {
                    continue;
                }
                int h = c.compose(g, f);
                int[] ah = actions[h];
                int[] af = actions[f];
                int[] ag = actions[g];
                for (int e = 0; e < ah.length; e++) {
                    int viaFactors = v == Variance.CONTRAVARIANT ? af[ag[e]] : ag[af[e]];
                    if (ah[e] != viaFactors) {
                        out.add(
                                new SetFunctorFailure.CompositionNotPreserved(
                                        g, f, h, e, ah[e], viaFactors));
                    }
                }
            }
        }
        return out;
    }

    /** The message of a checked factory: the first few failures and the total count. */
    static String message(
            String what,
            List<? extends Object> failures,
            java.util.function.Function<Object, String> describe) {
        StringBuilder sb =
                new StringBuilder(what).append(": ").append(failures.size()).append(" failure");
        if (failures.size() != 1) {
            sb.append('s');
        }
        int shown = Math.min(5, failures.size());
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? ": " : "; ").append(describe.apply(failures.get(i)));
        }
        if (shown < failures.size()) {
            sb.append(String.format(Locale.ROOT, "; ... (%d more)", failures.size() - shown));
        }
        return sb.toString();
    }
}
