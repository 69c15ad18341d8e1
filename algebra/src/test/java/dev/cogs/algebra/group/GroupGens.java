package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Shared test support of the group package: the built-in groups of the acceptance suite, small
 * groups for property tests, relabelling, and an independent (brute-force) group-axiom checker.
 */
final class GroupGens {

    private GroupGens() {}

    /**
     * Every built-in group of order at most 120 of the acceptance suite: cyclic Z1..Z120, products
     * of cyclic groups, D1..D60 (orders 2..120), S3, S4, S5, A4, A5, Q8 and a few mixed products.
     */
    static List<String> acceptanceNames() {
        List<String> names = new ArrayList<>();
        IntStream.rangeClosed(1, 120).forEach(n -> names.add("Z" + n));
        names.addAll(
                List.of(
                        "Z3xZ5",
                        "Z5xZ5",
                        "Z3xZ3xZ3",
                        "Z7xZ11",
                        "Z2xZ2",
                        "Z2xZ2xZ2",
                        "Z2xZ4",
                        "Z4xZ6",
                        "Z2xZ6xZ6",
                        "Z2xZ2xZ2xZ2"));
        IntStream.rangeClosed(1, 60).forEach(n -> names.add("D" + n));
        names.addAll(
                List.of(
                        "S1", "S2", "S3", "S4", "S5", "A1", "A2", "A3", "A4", "A5", "Q8", "S3xZ2",
                        "Q8xZ3", "D4xZ2", "A4xZ2", "S3xS3"));
        return names;
    }

    /** Small groups of both kinds, for property tests that must stay fast. */
    static final List<String> SMALL =
            List.of(
                    "Z1",
                    "Z2",
                    "Z6",
                    "Z12",
                    "Z2xZ2",
                    "Z2xZ4",
                    "Z3xZ3",
                    "Z2xZ2xZ3",
                    "D3",
                    "D4",
                    "D5",
                    "D6",
                    "S3",
                    "S4",
                    "A4",
                    "Q8",
                    "S3xZ2",
                    "Q8xZ2");

    /** Small abelian groups for decomposition properties. */
    static final List<String> SMALL_ABELIAN =
            List.of(
                    "Z1",
                    "Z2",
                    "Z8",
                    "Z12",
                    "Z15",
                    "Z2xZ2",
                    "Z2xZ4",
                    "Z4xZ4",
                    "Z3xZ3",
                    "Z2xZ6",
                    "Z6xZ10",
                    "Z2xZ2xZ2",
                    "Z2xZ4xZ8",
                    "Z3xZ9",
                    "Z4xZ6xZ9");

    static Gen<FiniteGroup> smallGroups() {
        List<FiniteGroup> groups =
                SMALL.stream().map(FiniteGroups::parse).collect(Collectors.toList());
        return Generate.pick(groups).describedAs(FiniteGroup::name);
    }

    static Gen<FiniteGroup> smallAbelianGroups() {
        List<FiniteGroup> groups =
                SMALL_ABELIAN.stream().map(FiniteGroups::parse).collect(Collectors.toList());
        return Generate.pick(groups).describedAs(FiniteGroup::name);
    }

    static Stream<String> acceptance() {
        return acceptanceNames().stream();
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates), from a seed. */
    static int[] permutation(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] p = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** The table of g carried through the bijection sigma: element a becomes sigma[a]. */
    static int[][] relabel(int[][] table, int[] sigma) {
        int n = table.length;
        int[][] t = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                t[sigma[a]][sigma[b]] = sigma[table[a][b]];
            }
        }
        return t;
    }

    /**
     * The group g relabelled by sigma, through the checked factory (labels follow their elements).
     */
    static FiniteGroup relabelled(FiniteGroup g, int[] sigma) {
        int n = g.order();
        String[] labels = new String[n];
        for (int a = 0; a < n; a++) {
            labels[sigma[a]] = g.label(a);
        }
        return FiniteGroup.of(g.name() + "'", relabel(g.table(), sigma), List.of(labels));
    }

    /**
     * Brute-force group check written independently of {@link FiniteGroup#failures(int[][])}:
     * closed, some e is a two-sided identity, every a has a two-sided inverse, associative.
     */
    static boolean isGroupBruteForce(int[][] t) {
        int n = t.length;
        for (int[] row : t) {
            for (int v : row) {
                if (v < 0 || v >= n) {
                    return false;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                for (int c = 0; c < n; c++) {
                    if (t[t[a][b]][c] != t[a][t[b][c]]) {
                        return false;
                    }
                }
            }
        }
        Integer identity = null;
        for (int e = 0; e < n && identity == null; e++) {
            final int ee = e;
            if (IntStream.range(0, n).allMatch(a -> t[ee][a] == a && t[a][ee] == a)) {
                identity = e;
            }
        }
        if (identity == null) {
            return false;
        }
        final int e = identity;
        return IntStream.range(0, n)
                .allMatch(a -> IntStream.range(0, n).anyMatch(b -> t[a][b] == e && t[b][a] == e));
    }
}
