package dev.cogs.category;

import dev.cogs.category.internal.Buckets;
import java.util.ArrayList;
import java.util.List;

/** The axiom check of docs/category.md §2.2 on raw arrays. Stateless. */
final class Axioms {

    static final int DEFAULT_MAX_FAILURES = 100;

    private Axioms() {}

    /** Collects at most {@code max} failures and counts all of them. */
    private static final class Sink {
        final List<CategoryFailure> list = new ArrayList<>();
        final int max;
        long total;

        Sink(int max) {
            this.max = max;
        }

        void add(CategoryFailure f) {
            total++;
            if (list.size() < max) {
                list.add(f);
            }
        }
    }

    /** Checks a composition table; {@code comp[g * n + f]} is g∘f or -1. */
    static AxiomReport check(int k, int n, int[] dom, int[] cod, int[] id, int[] comp, int max) {
        Sink s = new Sink(max);
        ranges(s, k, n, dom, cod, id, comp);
        if (s.total > 0) {
            return new AxiomReport(s.list, s.total);
        }
        return laws(s, k, n, dom, cod, id, comp);
    }

    /**
     * Only the first stage of {@link #check}: every index in range (so that a table can be stored).
     */
    static AxiomReport checkRanges(
            int k, int n, int[] dom, int[] cod, int[] id, int[] comp, int max) {
        Sink s = new Sink(max);
        ranges(s, k, n, dom, cod, id, comp);
        return new AxiomReport(s.list, s.total);
    }

    private static void ranges(Sink s, int k, int n, int[] dom, int[] cod, int[] id, int[] comp) {
        for (int m = 0; m < n; m++) {
            if (dom[m] < 0 || dom[m] >= k) {
                s.add(new CategoryFailure.IndexOutOfRange("dom", m, dom[m]));
            }
            if (cod[m] < 0 || cod[m] >= k) {
                s.add(new CategoryFailure.IndexOutOfRange("cod", m, cod[m]));
            }
        }
        for (int x = 0; x < k; x++) {
            if (id[x] < 0 || id[x] >= n) {
                s.add(new CategoryFailure.IndexOutOfRange("identity", x, id[x]));
            }
        }
        for (int i = 0; i < comp.length; i++) {
            if (comp[i] < -1 || comp[i] >= n) {
                s.add(new CategoryFailure.IndexOutOfRange("compose", i, comp[i]));
            }
        }
    }

    private static AxiomReport laws(
            Sink s, int k, int n, int[] dom, int[] cod, int[] id, int[] comp) {
        boolean identitiesOk = true;
        for (int x = 0; x < k; x++) {
            if (dom[id[x]] != x || cod[id[x]] != x) {
                s.add(new CategoryFailure.IdentityTyping(x));
                identitiesOk = false;
            }
        }
        boolean typingOk = identitiesOk;
        for (int g = 0; g < n; g++) {
            for (int f = 0; f < n; f++) {
                int h = comp[g * n + f];
                boolean composable = cod[f] == dom[g];
                if (composable && h < 0) {
                    s.add(new CategoryFailure.MissingComposite(g, f));
                    typingOk = false;
                } else if (!composable && h >= 0) {
                    s.add(new CategoryFailure.SpuriousComposite(g, f));
                    typingOk = false;
                } else if (composable && (dom[h] != dom[f] || cod[h] != cod[g])) {
                    s.add(new CategoryFailure.CompositeTyping(g, f, h));
                    typingOk = false;
                }
            }
        }
        if (identitiesOk) {
            for (int f = 0; f < n; f++) {
                int left = comp[id[cod[f]] * n + f];
                if (left >= 0 && left != f) {
                    s.add(new CategoryFailure.LeftUnit(f));
                }
                int right = comp[f * n + id[dom[f]]];
                if (right >= 0 && right != f) {
                    s.add(new CategoryFailure.RightUnit(f));
                }
            }
        }
        if (typingOk) {
            int[][] byDom = Buckets.byKey(k, n, dom);
            for (int f = 0; f < n; f++) {
                for (int g : byDom[cod[f]]) {
                    int gf = comp[g * n + f];
                    for (int h : byDom[cod[g]]) {
                        if (comp[comp[h * n + g] * n + f] != comp[h * n + gf]) {
                            s.add(new CategoryFailure.Associativity(h, g, f));
                        }
                    }
                }
            }
        }
        return new AxiomReport(s.list, s.total);
    }

    /**
     * Reads any implementation into arrays, recording exceptions from compose as missing entries.
     */
    static AxiomReport check(FiniteCategory c, int max) {
        int k = c.objectCount();
        int n = c.morphismCount();
        int[] dom = new int[n];
        int[] cod = new int[n];
        int[] id = new int[k];
        for (int m = 0; m < n; m++) {
            dom[m] = c.dom(m);
            cod[m] = c.cod(m);
        }
        for (int x = 0; x < k; x++) {
            id[x] = c.identity(x);
        }
        int[] comp = new int[Math.multiplyExact(n, n)];
        for (int g = 0; g < n; g++) {
            for (int f = 0; f < n; f++) {
                int h;
                try {
                    h = c.compose(g, f);
                } catch (IllegalArgumentException e) {
                    h = -1;
                }
                comp[g * n + f] = h;
            }
        }
        return check(k, n, dom, cod, id, comp, max);
    }

    /** Throws an IllegalArgumentException listing the first failures, if any, named by index. */
    static void require(AxiomReport r, String what) {
        require(r, what, Labels.none());
    }

    /**
     * Throws an IllegalArgumentException listing the first failures, if any, named by the labels.
     */
    static void require(AxiomReport r, String what, Labels labels) {
        if (!r.isCategory()) {
            StringBuilder sb = new StringBuilder();
            for (CategoryFailure f : r.failures().subList(0, Math.min(5, r.failures().size()))) {
                sb.append(sb.length() == 0 ? "" : "; ").append(f.describe(labels));
            }
            throw new IllegalArgumentException(
                    what
                            + " is not a category: "
                            + r.totalCount()
                            + " axiom failure(s), first: "
                            + sb);
        }
    }
}
