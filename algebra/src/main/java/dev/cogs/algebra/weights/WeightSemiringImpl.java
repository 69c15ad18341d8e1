package dev.cogs.algebra.weights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The weight semiring over a fixed d; immutable. */
final class WeightSemiringImpl implements WeightSemiring {

    private final int d;
    private final double tolerance;
    private final FourierNet zero;
    private final FourierNet one;

    WeightSemiringImpl(int d, double tolerance) {
        RealWeights.checkD(d);
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException(
                    "tolerance (" + tolerance + ") must be finite and >= 0");
        }
        this.d = d;
        this.tolerance = tolerance;
        this.zero = FourierNet.empty(d);
        this.one = FourierNet.one(d);
    }

    @Override
    public int d() {
        return d;
    }

    @Override
    public double tolerance() {
        return tolerance;
    }

    @Override
    public FourierNet zero() {
        return zero;
    }

    @Override
    public FourierNet one() {
        return one;
    }

    private void check(FourierNet z, String name) {
        Objects.requireNonNull(z, name);
        if (z.d() != d) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s has d = %d but this weight semiring is over Z_%d; operands must share d",
                            name,
                            z.d(),
                            d));
        }
    }

    @Override
    public FourierNet add(FourierNet a, FourierNet b) {
        check(a, "a");
        check(b, "b");
        return concat(List.of(a, b));
    }

    @Override
    public FourierNet sum(Iterable<FourierNet> terms) {
        Objects.requireNonNull(terms, "terms");
        List<FourierNet> list = new ArrayList<>();
        int i = 0;
        for (FourierNet z : terms) {
            check(z, "terms[" + i + "]");
            list.add(z);
            i++;
        }
        return concat(list);
    }

    private FourierNet concat(List<FourierNet> list) {
        long total = 0;
        for (FourierNet z : list) {
            total += z.order();
        }
        if (3L * d * total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "order of the sum (" + total + ") is too large to store");
        }
        int q = (int) total;
        double[] re = new double[3 * d * q];
        double[] im = new double[3 * d * q];
        int offset = 0;
        for (FourierNet z : list) {
            int qz = z.order();
            double[] zr = z.reRaw();
            double[] zi = z.imRaw();
            for (int pk = 0; pk < 3 * d; pk++) {
                System.arraycopy(zr, pk * qz, re, pk * q + offset, qz);
                System.arraycopy(zi, pk * qz, im, pk * q + offset, qz);
            }
            offset += qz;
        }
        return FourierNet.wrap(d, q, re, im);
    }

    @Override
    public FourierNet multiply(FourierNet a, FourierNet b) {
        check(a, "a");
        check(b, "b");
        int q1 = a.order();
        int q2 = b.order();
        long qq = (long) q1 * q2;
        if (3L * d * qq > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "order of the product (" + q1 + " x " + q2 + ") is too large to store");
        }
        int q = (int) qq;
        double[] re = new double[3 * d * q];
        double[] im = new double[3 * d * q];
        double[] ar = a.reRaw();
        double[] ai = a.imRaw();
        double[] br = b.reRaw();
        double[] bi = b.imRaw();
        for (int pk = 0; pk < 3 * d; pk++) {
            int out = pk * q;
            for (int j1 = 0; j1 < q1; j1++) {
                double xr = ar[pk * q1 + j1];
                double xi = ai[pk * q1 + j1];
                int base = pk * q2;
                for (int j2 = 0; j2 < q2; j2++) {
                    double yr = br[base + j2];
                    double yi = bi[base + j2];
                    re[out] = xr * yr - xi * yi;
                    im[out] = xr * yi + xi * yr;
                    out++;
                }
            }
        }
        return FourierNet.wrap(d, q, re, im);
    }

    @Override
    public FourierNet power(FourierNet z, int n) {
        check(z, "z");
        if (n < 0) {
            throw new IllegalArgumentException("exponent n (" + n + ") must be >= 0");
        }
        FourierNet result = one;
        for (int i = 0; i < n; i++) {
            result = multiply(result, z);
        }
        return result;
    }

    @Override
    public boolean isZero(FourierNet a) {
        check(a, "a");
        return a.order() == 0;
    }

    @Override
    public boolean equivalent(FourierNet a, FourierNet b) {
        return nodeMatching(a, b).isPresent();
    }

    @Override
    public Optional<int[]> nodeMatching(FourierNet a, FourierNet b) {
        check(a, "a");
        check(b, "b");
        if (a.order() != b.order()) {
            return Optional.empty();
        }
        int q = a.order();
        double bound = tolerance * Math.max(1.0, Math.max(a.maxModulus(), b.maxModulus()));
        // Candidate edges: node i of a is within tolerance of node j of b.  A cheap necessary test
        // on
        // sorted keys prunes the quadratic comparison; Kuhn's augmenting paths find a perfect
        // matching.
        double[] ka = keys(a);
        double[] kb = keys(b);
        double keySlack = 3.0 * d * 2.0 * bound * 1.0000001;
        Integer[] orderB = new Integer[q];
        for (int j = 0; j < q; j++) {
            orderB[j] = j;
        }
        Arrays.sort(orderB, (x, y) -> Double.compare(kb[x], kb[y]));
        double[] sortedKeys = new double[q];
        for (int t = 0; t < q; t++) {
            sortedKeys[t] = kb[orderB[t]];
        }
        int[][] adj = new int[q][];
        for (int i = 0; i < q; i++) {
            int lo = lowerBound(sortedKeys, ka[i] - keySlack);
            List<Integer> cand = new ArrayList<>();
            for (int t = lo; t < q && sortedKeys[t] <= ka[i] + keySlack; t++) {
                int j = orderB[t];
                if (nodesClose(a, i, b, j, bound)) {
                    cand.add(j);
                }
            }
            if (cand.isEmpty()) {
                return Optional.empty();
            }
            adj[i] = cand.stream().mapToInt(Integer::intValue).toArray();
        }
        int[] matchB = new int[q];
        Arrays.fill(matchB, -1);
        for (int i = 0; i < q; i++) {
            boolean[] seen = new boolean[q];
            if (!augment(i, adj, matchB, seen)) {
                return Optional.empty();
            }
        }
        int[] pi = new int[q];
        for (int j = 0; j < q; j++) {
            pi[matchB[j]] = j;
        }
        return Optional.of(pi);
    }

    private static boolean augment(int i, int[][] adj, int[] matchB, boolean[] seen) {
        for (int j : adj[i]) {
            if (seen[j]) {
                continue;
            }
            seen[j] = true;
            if (matchB[j] < 0 || augment(matchB[j], adj, matchB, seen)) {
                matchB[j] = i;
                return true;
            }
        }
        return false;
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Sum of real and imaginary parts of a node: differs by at most 2·3d·bound between close nodes.
     */
    private double[] keys(FourierNet z) {
        int q = z.order();
        double[] k = new double[q];
        double[] re = z.reRaw();
        double[] im = z.imRaw();
        for (int pk = 0; pk < 3 * d; pk++) {
            for (int j = 0; j < q; j++) {
                k[j] += re[pk * q + j] + im[pk * q + j];
            }
        }
        return k;
    }

    private boolean nodesClose(FourierNet a, int i, FourierNet b, int j, double bound) {
        int qa = a.order();
        double[] ar = a.reRaw();
        double[] ai = a.imRaw();
        double[] br = b.reRaw();
        double[] bi = b.imRaw();
        for (int pk = 0; pk < 3 * d; pk++) {
            double dr = ar[pk * qa + i] - br[pk * qa + j];
            double di = ai[pk * qa + i] - bi[pk * qa + j];
            if (!(Moduli.of(dr, di) <= bound)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WeightSemiringImpl)) {
            return false;
        }
        WeightSemiringImpl w = (WeightSemiringImpl) o;
        return d == w.d && Double.compare(tolerance, w.tolerance) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * d + Double.hashCode(tolerance);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "WeightSemiring[d=%d, tolerance=%s]", d, tolerance);
    }
}
