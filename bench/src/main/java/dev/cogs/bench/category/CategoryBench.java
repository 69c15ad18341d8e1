package dev.cogs.bench.category;

import dev.cogs.category.Budget;
import dev.cogs.category.Categories;
import dev.cogs.category.Constructions;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Functors;
import dev.cogs.category.limits.Limits;
import dev.cogs.category.presentation.FreeCategories;
import dev.cogs.category.sets.NatSearch;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.yoneda.Representability;
import dev.cogs.category.yoneda.Yoneda;
import dev.cogs.testkit.category.NatOracle;
import dev.cogs.testkit.category.RandomPresheaves;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * The {@code cogs bench category} workload: functor counts, natural-transformation counts and
 * representability decisions on categories with up to ~50 morphisms and presheaves with fibres up
 * to ~10 elements. The peer is the brute-force enumeration of all component families \(\prod_X
 * |G(X)|^{|F(X)|}\) with a naturality check ({@code NatOracle} of the test kit {@code
 * cogs-testkit}), run only when that space has at most {@code bruteLimit} points.
 */
public final class CategoryBench {

    private CategoryBench() {}

    /**
     * One timed operation.
     *
     * @param category the category's name
     * @param morphisms its morphism count
     * @param operation what was computed
     * @param maxFibre the largest fibre involved (0 for functor counts)
     * @param result the computed number (a count, or 1/0 for representable)
     * @param millis the median wall time over the repetitions, in milliseconds
     * @param bruteSpace log10 of the brute-force search space (NaN when not applicable)
     * @param bruteMillis the brute-force peer's time, or −1 when not run
     */
    public record Row(
            String category,
            int morphisms,
            String operation,
            int maxFibre,
            long result,
            double millis,
            double bruteSpace,
            double bruteMillis) {}

    /**
     * The benchmark's categories: name and category.
     *
     * @param name the name
     * @param category the category
     */
    record Case(String name, FiniteCategory category) {}

    static List<Case> cases(long seed) {
        List<Case> out = new ArrayList<>();
        int[][] z4 = new int[4][4];
        int[][] act = new int[4][12];
        for (int g = 0; g < 4; g++) {
            for (int h = 0; h < 4; h++) {
                z4[g][h] = (g + h) % 4;
            }
            for (int s = 0; s < 12; s++) {
                act[g][s] = (s / 4) * 4 + (s % 4 + g) % 4;
            }
        }
        out.add(new Case("Z4 acting freely on 12 images", Categories.actionGroupoid(z4, 0, act)));
        out.add(new Case("chain 0<1<...<8", Categories.chain(9)));
        out.add(
                new Case(
                        "chain 4 x BZ4",
                        Constructions.product(Categories.chain(4), Categories.cyclicGroup(4))));
        out.add(
                new Case(
                        "BZ12 x 2",
                        Constructions.product(
                                Categories.cyclicGroup(12), Categories.walkingArrow())));
        out.add(new Case("free on a random DAG", randomFree(new SplittableRandom(seed))));
        return out;
    }

    private static FiniteCategory randomFree(SplittableRandom rnd) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int k = 7;
            List<int[]> edges = new ArrayList<>();
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    if (rnd.nextInt(3) == 0) {
                        edges.add(new int[] {a, b});
                    }
                }
            }
            int[] s = edges.stream().mapToInt(e -> e[0]).toArray();
            int[] t = edges.stream().mapToInt(e -> e[1]).toArray();
            try {
                FiniteCategory c = FreeCategories.onAcyclicGraph(k, s, t, new Budget(50, 1, 1));
                if (c.morphismCount() >= 30) {
                    return c;
                }
            } catch (IllegalArgumentException tooMany) {
                // more than 50 paths: draw again
            }
        }
        return Categories.chain(9);
    }

    /**
     * Runs the benchmark.
     *
     * @param seed the seed of the random presheaves and DAG
     * @param repetitions timing repetitions per operation (the median is reported)
     * @param bruteLimit the largest brute-force space the peer enumerates
     * @return the rows
     */
    public static List<Row> run(long seed, int repetitions, long bruteLimit) {
        List<Row> rows = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(seed);
        FiniteCategory bz4 = Categories.cyclicGroup(4);
        FiniteCategory three = Categories.chain(3);
        for (Case cs : cases(seed)) {
            FiniteCategory c = cs.category();
            int n = c.morphismCount();
            rows.add(
                    time(
                            cs.name(),
                            n,
                            "|Fun(3, C)|",
                            0,
                            repetitions,
                            () -> Functors.count(three, c)));
            rows.add(
                    time(
                            cs.name(),
                            n,
                            "|Fun(C, BZ4)|",
                            0,
                            repetitions,
                            () -> Functors.count(c, bz4)));
            // F has fibres of at most 5 elements; G = F + F' with F' another such presheaf, so that
            // Nat(F, G) is never empty and fibres stay at most 10.
            SetFunctor f =
                    RandomPresheaves.quotientOfRepresentables(
                            c, 1 + rnd.nextInt(4), rnd.nextInt(4), 5, rnd);
            SetFunctor g =
                    Limits.coproduct(
                                    f,
                                    RandomPresheaves.quotientOfRepresentables(
                                            c, 1 + rnd.nextInt(5), rnd.nextInt(3), 5, rnd))
                            .object();
            int fib = Math.max(maxFibre(f), maxFibre(g));
            NatSearch.Constraints none = NatSearch.Constraints.none();
            Row nat =
                    time(
                            cs.name(),
                            n,
                            "|Nat(F, G)|",
                            fib,
                            repetitions,
                            () -> NatSearch.count(f, g, none));
            rows.add(withBrute(nat, f, g, bruteLimit));
            rows.add(
                    time(
                            cs.name(),
                            n,
                            "|Nat(G, G)| (monic)",
                            fib,
                            repetitions,
                            () -> NatSearch.count(g, g, none.withMonic(range(c.objectCount())))));
            rows.add(
                    time(
                            cs.name(),
                            n,
                            "F representable?",
                            fib,
                            repetitions,
                            () -> Representability.isRepresentable(f) ? 1 : 0));
            rows.add(
                    time(
                            cs.name(),
                            n,
                            "G representable?",
                            fib,
                            repetitions,
                            () -> Representability.isRepresentable(g) ? 1 : 0));
            int a = rnd.nextInt(c.objectCount());
            SetFunctor h = Yoneda.representable(c, a);
            rows.add(
                    time(
                            cs.name(),
                            n,
                            "all universal elements of h_" + a,
                            maxFibre(h),
                            repetitions,
                            () -> Representability.all(h).size()));
        }
        return rows;
    }

    private static int[] range(int k) {
        int[] r = new int[k];
        for (int i = 0; i < k; i++) {
            r[i] = i;
        }
        return r;
    }

    private static int maxFibre(SetFunctor f) {
        return Arrays.stream(f.sizes()).max().orElse(0);
    }

    private static Row time(String name, int n, String op, int fibre, int reps, LongSupplier work) {
        double[] ms = new double[reps];
        long result = 0;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            result = work.getAsLong();
            ms[r] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Row(name, n, op, fibre, result, ms[reps / 2], Double.NaN, -1);
    }

    private static Row withBrute(Row row, SetFunctor f, SetFunctor g, long limit) {
        double space = NatOracle.log10Space(f, g);
        if (!(space <= Math.log10(limit))) {
            return new Row(
                    row.category(),
                    row.morphisms(),
                    row.operation(),
                    row.maxFibre(),
                    row.result(),
                    row.millis(),
                    space,
                    -1);
        }
        long t0 = System.nanoTime();
        long count = NatOracle.count(f, g);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (count != row.result()) {
            throw new IllegalStateException(
                    String.format(
                            Locale.ROOT,
                            "brute force found %d natural transformations, the search %d",
                            count,
                            row.result()));
        }
        return new Row(
                row.category(),
                row.morphisms(),
                row.operation(),
                row.maxFibre(),
                row.result(),
                row.millis(),
                space,
                ms);
    }

    /**
     * The rows as a text table.
     *
     * @param rows the rows
     * @return the table
     */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(
                String.format(
                        Locale.ROOT,
                        "%-32s %4s  %-34s %5s %14s %10s %9s %12s %9s%n",
                        "category",
                        "|Mor|",
                        "operation",
                        "fibre",
                        "result",
                        "time ms",
                        "log10 BF",
                        "BF peer ms",
                        "BF/search"));
        for (Row r : rows) {
            sb.append(
                    String.format(
                            Locale.ROOT,
                            "%-32s %4d  %-34s %5d %14d %10.3f %9s %12s %9s%n",
                            r.category(),
                            r.morphisms(),
                            r.operation(),
                            r.maxFibre(),
                            r.result(),
                            r.millis(),
                            Double.isNaN(r.bruteSpace())
                                    ? ""
                                    : Double.isInfinite(r.bruteSpace())
                                            ? "empty"
                                            : String.format(Locale.ROOT, "%.1f", r.bruteSpace()),
                            r.bruteMillis() < 0
                                    ? (Double.isNaN(r.bruteSpace()) ? "" : "skipped")
                                    : String.format(Locale.ROOT, "%.3f", r.bruteMillis()),
                            r.bruteMillis() < 0
                                    ? ""
                                    : String.format(
                                            Locale.ROOT, "%.3gx", r.bruteMillis() / r.millis())));
        }
        double worst = rows.stream().mapToDouble(Row::millis).max().orElse(0);
        sb.append(
                String.format(
                        Locale.ROOT,
                        "slowest operation: %.3f ms (goal: each under 1000 ms) -> %s%n",
                        worst,
                        worst < 1000 ? "met" : "NOT met"));
        return sb.toString();
    }
}
