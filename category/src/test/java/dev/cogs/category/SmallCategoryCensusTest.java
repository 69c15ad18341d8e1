package dev.cogs.category;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/category.md, "Numbers to reproduce" B: finite categories with n morphisms up to isomorphism,
 * by number of objects: n = 1: 1; n = 2: 2, 1; n = 3: 7, 3, 1. Every composition table is
 * enumerated, checked with {@link Categories#checkTable}, and the valid ones are classified by a
 * canonical form (the least encoding over all relabellings of objects and morphisms), which is
 * independent of the library's functor search.
 */
class SmallCategoryCensusTest {

    @Test
    void categoriesWithAtMostThreeMorphisms() {
        assertEquals(List.of(1L), census(1));
        assertEquals(List.of(2L, 1L), census(2));
        assertEquals(List.of(7L, 3L, 1L), census(3));
    }

    /** Isomorphism classes of categories with n morphisms, indexed by object count 1..n. */
    private static List<Long> census(int n) {
        List<Long> out = new java.util.ArrayList<>();
        for (int k = 1; k <= n; k++) {
            java.util.Map<String, FiniteCategory> classes = new java.util.HashMap<>();
            int extra = n - k;
            int[] dom = new int[n];
            int[] cod = new int[n];
            int[] id = new int[k];
            for (int x = 0; x < k; x++) {
                id[x] = x;
                dom[x] = x;
                cod[x] = x;
            }
            int typings = (int) Math.pow(k * k, extra);
            for (int t = 0; t < typings; t++) {
                int r = t;
                for (int m = k; m < n; m++) {
                    dom[m] = r % k;
                    r /= k;
                    cod[m] = r % k;
                    r /= k;
                }
                // free entries: composable pairs of non-identities; identity composites are forced
                List<int[]> free = new java.util.ArrayList<>();
                for (int g = k; g < n; g++) {
                    for (int f = k; f < n; f++) {
                        if (cod[f] == dom[g]) {
                            free.add(new int[] {g, f});
                        }
                    }
                }
                long tables = (long) Math.pow(n, free.size());
                for (long code = 0; code < tables; code++) {
                    int[][] comp = new int[n][n];
                    for (int[] row : comp) {
                        Arrays.fill(row, -1);
                    }
                    for (int m = 0; m < n; m++) {
                        comp[cod[m]][m] = m;
                        comp[m][dom[m]] = m;
                    }
                    long c = code;
                    for (int[] p : free) {
                        comp[p[0]][p[1]] = (int) (c % n);
                        c /= n;
                    }
                    if (Categories.checkTable(k, dom, cod, id, comp, 0).isCategory()) {
                        classes.putIfAbsent(
                                canonical(k, n, dom, cod, comp),
                                Categories.fromTable(k, dom, cod, id, comp));
                    }
                }
            }
            // the library's isomorphism search separates the classes and identifies each with
            // itself
            List<FiniteCategory> reps = new java.util.ArrayList<>(classes.values());
            for (int i = 0; i < reps.size(); i++) {
                for (int j = 0; j < reps.size(); j++) {
                    assertEquals(
                            i == j, Functors.isomorphism(reps.get(i), reps.get(j)).isPresent());
                }
            }
            out.add((long) classes.size());
        }
        return out;
    }

    private static String canonical(int k, int n, int[] dom, int[] cod, int[][] comp) {
        String best = null;
        for (int[] po : permutations(k)) {
            for (int[] pm : permutations(n)) {
                int[] enc = new int[2 * n + n * n];
                for (int m = 0; m < n; m++) {
                    enc[pm[m]] = po[dom[m]];
                    enc[n + pm[m]] = po[cod[m]];
                }
                for (int g = 0; g < n; g++) {
                    for (int f = 0; f < n; f++) {
                        enc[2 * n + pm[g] * n + pm[f]] = comp[g][f] < 0 ? -1 : pm[comp[g][f]];
                    }
                }
                String s = Arrays.toString(enc);
                if (best == null || s.compareTo(best) < 0) {
                    best = s;
                }
            }
        }
        return best;
    }

    private static List<int[]> permutations(int n) {
        List<int[]> out = new java.util.ArrayList<>();
        permute(new int[n], new boolean[n], 0, out);
        return out;
    }

    private static void permute(int[] p, boolean[] used, int i, List<int[]> out) {
        if (i == p.length) {
            out.add(p.clone());
            return;
        }
        for (int v = 0; v < p.length; v++) {
            if (!used[v]) {
                used[v] = true;
                p[i] = v;
                permute(p, used, i + 1, out);
                used[v] = false;
            }
        }
    }
}
