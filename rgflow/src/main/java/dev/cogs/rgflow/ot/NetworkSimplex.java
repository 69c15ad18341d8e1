package dev.cogs.rgflow.ot;

import dev.cogs.rgflow.linalg.Vectors;
import java.util.Arrays;

/**
 * Primal network simplex for the transportation problem on the complete bipartite graph (sources
 * {@code 0..n−1}, sinks {@code n..n+m−1}, arc {@code e = i·m + j} from source {@code i} to sink {@code j}).
 *
 * <p>Design (after the LEMON/POT network simplex, re-derived here): spanning-tree basis stored as parent /
 * predecessor-arc / depth / preorder thread arrays rooted at an artificial root; block-search pivoting over the
 * {@code n·m} arcs with block size {@code ⌈√(nm)⌉}; the leaving arc chosen by the strongly-feasible rule
 * (last blocking arc on the cycle oriented from the join node), which prevents cycling on degenerate
 * pivots; the artificial star basis (every node joined to an extra root by an arc carrying its supply, cost
 * 0 for sources and {@code 2·max|C| + 1} for sinks, which exceeds the cost of any direct arc, so on the
 * complete bipartite graph no optimal flow uses the root). Arc flows live on the tree nodes
 * ({@code predFlow[u]} is the flow on the arc joining {@code u} to its parent), so memory is
 * {@code O(n + m)} beyond the cost matrix, and tree membership of arc {@code (i,j)} is
 * {@code pred[i] == e || pred[n+j] == e}. Potentials satisfy {@code C_ij + π_i − π_{n+j} = 0} on tree arcs;
 * an arc enters when its reduced cost is below {@code −1e-12·max|C|}.
 *
 * <p>Not thread-safe; one instance solves one problem.
 */
final class NetworkSimplex {

    private final int n;
    private final int m;
    private final int nodes;
    private final int root;
    private final int artificialBase;
    private final double[] cost;
    private final double[] supply;
    private final double tolerance;
    private final double maxCostForArt;

    private final int[] parent;
    private final int[] pred;
    private final int[] depth;
    private final int[] thread;
    private final int[] revThread;
    private final double[] pi;
    private final double[] predFlow;

    private final int[] scratchA;
    private final int[] scratchB;
    private final int[] firstChild;
    private final int[] nextSibling;

    private final int blockSize;
    private static final int CHUNK = 32;
    private final int chunkCount;
    private final int chunkStride;
    private int nextResidue;
    private int nextChunk;
    private int enterRow;
    private int enterCol;
    private double enterReducedCost;

    NetworkSimplex(int n, int m, double[] cost, double[] a, double[] b) {
        if ((long) n * m + n + m + 1 >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("transport problem " + n + "x" + m + " is too large for int arc ids");
        }
        this.n = n;
        this.m = m;
        this.nodes = n + m + 1;
        this.root = n + m;
        this.artificialBase = n * m;
        this.cost = cost;
        this.supply = new double[nodes];
        this.maxCostForArt = Vectors.maxAbs(cost);
        System.arraycopy(a, 0, supply, 0, n);
        for (int j = 0; j < m; j++) {
            supply[n + j] = -b[j];
        }
        this.tolerance = 1e-12 * Math.max(maxCostForArt, Double.MIN_NORMAL);
        parent = new int[nodes];
        pred = new int[nodes];
        depth = new int[nodes];
        thread = new int[nodes];
        revThread = new int[nodes];
        pi = new double[nodes];
        predFlow = new double[nodes];
        scratchA = new int[nodes];
        scratchB = new int[nodes];
        firstChild = new int[nodes];
        nextSibling = new int[nodes];
        blockSize = (int) Math.max(10, Math.ceil(Math.sqrt((double) n * m)));
        chunkCount = (int) ((((long) n * m) + CHUNK - 1) / CHUNK);
        chunkStride = (int) Math.max(1, Math.min(chunkCount, Math.round((double) chunkCount * CHUNK / blockSize)));
        artificialBasis();
    }

    /** Star basis: every node joined to the root by an artificial arc carrying its supply (LEMON-style). */
    private void artificialBasis() {
        double art = 2 * maxCostForArt + 1;
        parent[root] = -1;
        pred[root] = -1;
        depth[root] = 0;
        pi[root] = 0;
        int prev = root;
        for (int u = 0; u < root; u++) {
            parent[u] = root;
            pred[u] = artificialBase + u;
            depth[u] = 1;
            if (u < n) {
                pi[u] = 0;
                predFlow[u] = supply[u];
            } else {
                pi[u] = art;
                predFlow[u] = -supply[u];
            }
            thread[prev] = u;
            revThread[u] = prev;
            prev = u;
        }
        thread[prev] = root;
        revThread[root] = prev;
    }

    /**
     * Runs pivots until no arc has a negative reduced cost or the cap is reached.
     *
     * @return the number of pivots; negative (−pivots − 1) if the cap was reached
     */
    long run(long maxIterations) {
        long it = 0;
        while (findEnteringArc()) {
            if (it >= maxIterations) {
                return -it - 1;
            }
            pivot();
            it++;
        }
        return it;
    }

    /** Flow on every tree arc: {@code out[u]} for the arc between node {@code u ≠ 0} and its parent. */
    int collectFlows(int[] rowsOut, int[] colsOut, double[] flowsOut) {
        int k = 0;
        for (int u = 0; u < nodes; u++) {
            int e = pred[u];
            if (e < 0 || e >= artificialBase) {
                continue;
            }
            rowsOut[k] = e / m;
            colsOut[k] = e % m;
            flowsOut[k] = Math.max(0.0, predFlow[u]);
            k++;
        }
        return k;
    }

    /** Source potentials {@code f_i = −π_i} (dual of the row constraints). */
    double[] sourcePotentials() {
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = -pi[i];
        }
        return f;
    }

    /** Sink potentials {@code g_j = π_{n+j}}. */
    double[] sinkPotentials() {
        return Arrays.copyOfRange(pi, n, n + m);
    }

    // ---------------------------------------------------------------- pricing

    /**
     * Block search over a mixed arc order: the arcs are cut into chunks of {@value #CHUNK} consecutive arcs
     * (one cache line of costs) and chunks are visited with stride {@code chunkStride ≈ √(nm)/CHUNK}, so
     * a block samples the whole cost matrix instead of one row (the idea of LEMON's arc mixing) while memory
     * is still read a cache line at a time. Within the first block that has an arc with negative reduced
     * cost, the most negative one enters.
     */
    private boolean findEnteringArc() {
        final double[] c = cost;
        final double[] p = pi;
        final int off = n;
        final int mm = m;
        final long total = (long) n * m;
        double min = -tolerance;
        int best = -1;
        int r = nextResidue;
        int q = nextChunk;
        int budget = blockSize;
        long scanned = 0;
        while (scanned < total) {
            int e0 = q * CHUNK;
            int e1 = (int) Math.min(total, (long) e0 + CHUNK);
            int i = e0 / mm;
            int j = e0 - i * mm;
            if (j + (e1 - e0) <= mm) {
                // the chunk lies in one row: no wrap test in the hot loop
                double pii = p[i];
                int shift = off + j - e0;
                for (int e = e0; e < e1; e++) {
                    double rc = c[e] + pii - p[shift + e];
                    if (rc < min && pred[i] != e && pred[shift + e] != e) {
                        min = rc;
                        best = e;
                    }
                }
            } else {
                for (int e = e0; e < e1; e++) {
                    double rc = c[e] + p[i] - p[off + j];
                    if (rc < min && pred[i] != e && pred[off + j] != e) {
                        min = rc;
                        best = e;
                    }
                    if (++j == mm) {
                        j = 0;
                        i++;
                    }
                }
            }
            int len = e1 - e0;
            scanned += len;
            budget -= len;
            q += chunkStride;
            if (q >= chunkCount) {
                r = r + 1 == chunkStride ? 0 : r + 1;
                q = r;
            }
            if (budget <= 0) {
                if (best >= 0) {
                    break;
                }
                budget = blockSize;
            }
        }
        if (best < 0) {
            return false;
        }
        nextResidue = r;
        nextChunk = q;
        enterRow = best / mm;
        enterCol = best - enterRow * mm;
        enterReducedCost = min;
        return true;
    }

    // ---------------------------------------------------------------- pivot

    private void pivot() {
        final int s = enterRow;
        final int t = n + enterCol;
        final int arc = enterRow * m + enterCol;
        int u = s;
        int v = t;
        while (u != v) {
            if (depth[u] >= depth[v]) {
                u = parent[u];
            } else {
                v = parent[v];
            }
        }
        final int join = u;
        // Leaving arc: blocking arcs are those whose flow decreases around the cycle s -> t -> join -> s.
        double delta = Double.POSITIVE_INFINITY;
        int uOut = -1;
        boolean onSourceSide = false;
        for (int w = s; w != join; w = parent[w]) {
            if (w < n && predFlow[w] < delta) {
                delta = predFlow[w];
                uOut = w;
                onSourceSide = true;
            }
        }
        for (int w = t; w != join; w = parent[w]) {
            if (w >= n && predFlow[w] <= delta) {
                delta = predFlow[w];
                uOut = w;
                onSourceSide = false;
            }
        }
        if (delta > 0) {
            for (int w = s; w != join; w = parent[w]) {
                predFlow[w] += w < n ? -delta : delta;
            }
            for (int w = t; w != join; w = parent[w]) {
                predFlow[w] += w >= n ? -delta : delta;
            }
        }
        final int uIn = onSourceSide ? s : t;
        final int vIn = onSourceSide ? t : s;
        final double shift = onSourceSide ? -enterReducedCost : enterReducedCost;

        // Cut the thread segment of the subtree rooted at uOut (old preorder, old depths).
        int[] seg = scratchA;
        int k = 0;
        int dOut = depth[uOut];
        int w = uOut;
        do {
            seg[k++] = w;
            w = thread[w];
        } while (depth[w] > dOut);
        int before = revThread[uOut];
        thread[before] = w;
        revThread[w] = before;

        // Reverse the stem uIn -> uOut and hang it under vIn through the entering arc.
        int node = uIn;
        int newParent = vIn;
        int newPred = arc;
        double newFlow = Math.max(delta, 0.0);
        while (true) {
            int oldParent = parent[node];
            int oldPred = pred[node];
            double oldFlow = predFlow[node];
            parent[node] = newParent;
            pred[node] = newPred;
            predFlow[node] = newFlow;
            if (node == uOut) {
                break;
            }
            newParent = node;
            newPred = oldPred;
            newFlow = oldFlow;
            node = oldParent;
        }

        // New preorder of the moved subtree, depths and potentials.
        for (int q = 0; q < k; q++) {
            firstChild[seg[q]] = -1;
        }
        for (int q = 0; q < k; q++) {
            int x = seg[q];
            if (x != uIn) {
                int px = parent[x];
                nextSibling[x] = firstChild[px];
                firstChild[px] = x;
            }
        }
        int[] out = scratchB;
        int len = 0;
        int top = 0;
        // `seg` is free now: reuse it as the DFS stack.
        seg[top++] = uIn;
        depth[uIn] = depth[vIn] + 1;
        while (top > 0) {
            int x = seg[--top];
            out[len++] = x;
            pi[x] += shift;
            int dx = depth[x] + 1;
            for (int ch = firstChild[x]; ch != -1; ch = nextSibling[ch]) {
                depth[ch] = dx;
                seg[top++] = ch;
            }
        }
        int after = thread[vIn];
        int prev = vIn;
        for (int q = 0; q < len; q++) {
            int x = out[q];
            thread[prev] = x;
            revThread[x] = prev;
            prev = x;
        }
        thread[prev] = after;
        revThread[after] = prev;
    }
}
