package dev.cogs.rgflow.ot;

import dev.cogs.rgflow.linalg.Vectors;
import java.util.Arrays;

/**
 * Primal network simplex for the transportation problem on the complete bipartite graph (sources
 * {@code 0..n−1}, sinks {@code n..n+m−1}, arc {@code e = i·m + j} from source {@code i} to sink
 * {@code j}); docs/rgflow.md §6.1.
 *
 * <p>Basis (after the LEMON/POT network simplex, re-derived here): a spanning tree rooted at an
 * artificial root, stored as parent / predecessor-arc / subtree-size / preorder-thread arrays,
 * started from the artificial star (every node joined to the root by an arc carrying its supply,
 * cost 0 for sources and {@code 2·max|C| + 1} for sinks, which exceeds the cost of any direct arc,
 * so on the complete bipartite graph no optimal flow uses the root). Arc flows live on the tree
 * nodes ({@code predFlow[u]} is the flow on the arc joining {@code u} to its parent), so memory is
 * {@code O(n + m)} beyond the cost matrix, and tree membership of arc {@code (i,j)} is {@code
 * pred[i] == e || pred[n+j] == e}. Potentials satisfy {@code C_ij + π_i − π_{n+j} = 0} on tree
 * arcs; an arc enters when its reduced cost is below {@code −1e-12·max|C|}. The leaving arc is
 * chosen by the strongly-feasible rule (last blocking arc on the cycle oriented from the join
 * node), which prevents cycling on degenerate pivots.
 *
 * <p>Pricing (about 60 % of the time at n = 2000, JFR samples): block search over a mixed arc
 * order. The arcs of each row are cut into chunks of {@value #CHUNK} (eight cache lines of costs)
 * and chunks are visited with a stride of about {@code √(nm)/}{@value #CHUNK}, so that a block of
 * {@code ⌈√(nm)⌉} arcs samples the whole matrix (the idea of LEMON's arc mixing: the most negative
 * arc of a sample of all rows is a far better pivot than the best of one row, which takes several
 * times more pivots) while memory is still read a few cache lines at a time. Each chunk is first
 * tested as a whole by {@link RowOps#anyReducedCostBelow} (SIMD when the Vector API module is
 * present), against the best reduced cost of the block so far; only a chunk that may hold a better
 * arc is rescanned arc by arc, with the same arithmetic. Within the first block that has an arc
 * with negative reduced cost, the most negative one enters.
 *
 * <p>Warm start ({@link #warmStart}, docs/rgflow.md §6.1.1): the star basis may carry the
 * potentials of approximate duals, and a shortlist of arcs is then priced first, by the same block
 * search over the list (blocks of {@code max(n, m)/}{@value #LIST_BLOCK_DIVISOR} entries); the
 * dense search over all arcs runs only when no listed arc has a negative reduced cost, so it still
 * decides that the basis is optimal.
 *
 * <p>Pivot (the rest of the time): the join is found by climbing from both ends of the entering
 * arc, the side with the smaller subtree first (an ancestor's subtree is strictly larger),
 * recording both paths; the leaving arc, the flow update and the subtree sizes then work on these
 * two arrays. The subtree cut off by the leaving arc is re-rooted at the entering arc's end and
 * spliced into the thread right after its new parent: its old preorder is walked once, the new
 * preorder is assembled from pieces of it (the block of each stem node around the block of the stem
 * node below), and one more pass writes the thread and shifts the potentials. No depths are kept,
 * so nothing else in the moved subtree is touched.
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

    /** Number of nodes in the subtree of each node (itself included). */
    private final int[] succNum;

    private final int[] thread;
    private final int[] revThread;
    private final double[] pi;
    private final double[] predFlow;

    private final int[] scratchA;
    private final int[] scratchB;
    private final int[] pathS;
    private final int[] pathT;
    private final int[] mark;
    private final int[] position;
    private int pivotStamp;

    /** Arcs per chunk of the pricing scan. */
    static final int CHUNK = 64;

    /** A block of the shortlist's pricing is {@code max(n, m)} divided by this. */
    static final int LIST_BLOCK_DIVISOR = 8;

    private final int blockSize;

    /** Chunks per row ({@code ⌈m / CHUNK⌉}) and in all. */
    private final int perRow;

    private final int chunkCount;

    /** Chunk stride of the scan, split as {@code strideRows · perRow + strideCols}. */
    private final int stride;

    private final int strideRows;
    private final int strideCols;
    private final RowOps ops;
    // scan cursor: residue class, chunk number, and its row and chunk column
    private int nextResidue;
    private int nextChunk;
    private int nextRow;
    private int nextCol;
    private int enterRow;
    private int enterCol;
    private double enterReducedCost;

    // the shortlist of a warm start (empty if none): arc, row, column and cost of each entry
    private int[] listArc = new int[0];
    private int[] listRow = new int[0];
    private int[] listCol = new int[0];
    private double[] listCost = new double[0];
    private int listCursor;
    private int listBlock;

    NetworkSimplex(int n, int m, double[] cost, double[] a, double[] b) {
        this(n, m, cost, a, b, RowOps.fastest());
    }

    /** With given pricing loops (tests check that both give the same pivots). */
    NetworkSimplex(int n, int m, double[] cost, double[] a, double[] b, RowOps ops) {
        if ((long) n * m + n + m + 1 >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "transport problem " + n + "x" + m + " is too large for int arc ids");
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
        succNum = new int[nodes];
        thread = new int[nodes];
        revThread = new int[nodes];
        pi = new double[nodes];
        predFlow = new double[nodes];
        scratchA = new int[nodes];
        scratchB = new int[nodes];
        pathS = new int[nodes];
        pathT = new int[nodes];
        mark = new int[nodes];
        position = new int[nodes];
        blockSize = (int) Math.max(10, Math.ceil(Math.sqrt((double) n * m)));
        perRow = (m + CHUNK - 1) / CHUNK;
        chunkCount = n * perRow;
        stride =
                (int)
                        Math.max(
                                1,
                                Math.min(
                                        chunkCount,
                                        Math.round((double) chunkCount * CHUNK / blockSize)));
        strideRows = stride / perRow;
        strideCols = stride % perRow;
        this.ops = ops;
        artificialBasis();
    }

    /**
     * Star basis: every node joined to the root by an artificial arc carrying its supply
     * (LEMON-style).
     */
    private void artificialBasis() {
        double art = 2 * maxCostForArt + 1;
        parent[root] = -1;
        pred[root] = -1;
        succNum[root] = nodes;
        pi[root] = 0;
        int prev = root;
        for (int u = 0; u < root; u++) {
            parent[u] = root;
            pred[u] = artificialBase + u;
            succNum[u] = 1;
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
     * Warm start (docs/rgflow.md §6.1.1): sets the potentials of the star basis from approximate
     * duals {@code f}, {@code g} and restricts the pricing to a shortlist of arcs until no arc of
     * it has a negative reduced cost, after which the dense block search takes over (and so
     * certifies optimality over all arcs, as without a warm start). Equivalent to the cold start on
     * the reduced costs {@code C'_ij = C_ij − f_i − g_j}, which differ from {@code C} by a constant
     * on the feasible plans: the artificial arcs get the costs that make the star basis carry these
     * potentials, {@code f_i} from source {@code i} to the root and {@code g_j + M'} from the root
     * to sink {@code j}, with {@code M' = 2·(max|C| + max|f| + max|g|) + 1 > max|C'|}, so that no
     * optimal flow uses the root. Call before {@link #run}.
     *
     * @param f approximate source duals, length {@code n}, finite
     * @param g approximate sink duals, length {@code m}, finite
     * @param rows rows of the shortlist's arcs, in the order they are priced
     * @param cols columns of the shortlist's arcs
     */
    void warmStart(double[] f, double[] g, int[] rows, int[] cols) {
        double art = 2 * (maxCostForArt + Vectors.maxAbs(f) + Vectors.maxAbs(g)) + 1;
        for (int i = 0; i < n; i++) {
            pi[i] = -f[i];
        }
        for (int j = 0; j < m; j++) {
            pi[n + j] = g[j] + art;
        }
        int size = rows.length;
        listArc = new int[size];
        listRow = rows.clone();
        listCol = cols.clone();
        listCost = new double[size];
        for (int q = 0; q < size; q++) {
            listArc[q] = rows[q] * m + cols[q];
            listCost[q] = cost[listArc[q]];
        }
        listCursor = 0;
        listBlock = Math.max(1, Math.min(size, Math.max(n, m) / LIST_BLOCK_DIVISOR));
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

    /**
     * Flow on every tree arc: {@code out[u]} for the arc between node {@code u ≠ 0} and its parent.
     */
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

    private boolean findEnteringArc() {
        return listArc.length > 0 && findInShortlist() || findInAllArcs();
    }

    /**
     * Block search over the shortlist (its entries in their given order, cyclically): the most
     * negative reduced cost of the first block that has one.
     */
    private boolean findInShortlist() {
        final double[] p = pi;
        final int off = n;
        final int size = listArc.length;
        double min = -tolerance;
        int best = -1;
        int q = listCursor;
        int budget = listBlock;
        for (int scanned = 0; scanned < size; scanned++) {
            int i = listRow[q];
            int jn = off + listCol[q];
            double rc = listCost[q] + p[i] - p[jn];
            if (rc < min && pred[i] != listArc[q] && pred[jn] != listArc[q]) {
                min = rc;
                best = q;
            }
            if (++q == size) {
                q = 0;
            }
            if (--budget == 0) {
                if (best >= 0) {
                    break;
                }
                budget = listBlock;
            }
        }
        if (best < 0) {
            return false;
        }
        listCursor = q;
        enterRow = listRow[best];
        enterCol = listCol[best];
        enterReducedCost = min;
        return true;
    }

    private boolean findInAllArcs() {
        final double[] c = cost;
        final double[] p = pi;
        final int off = n;
        final int mm = m;
        final long total = (long) n * m;
        double min = -tolerance;
        int bestRow = -1;
        int bestCol = -1;
        int r = nextResidue;
        int q = nextChunk;
        int i = nextRow;
        int cc = nextCol;
        int budget = blockSize;
        long scanned = 0;
        while (scanned < total) {
            int j0 = cc * CHUNK;
            int len = Math.min(CHUNK, mm - j0);
            int base = i * mm + j0;
            double pii = p[i];
            if (ops.anyReducedCostBelow(c, base, pii, p, off + j0, len, min)) {
                int shift = off - i * mm;
                for (int e = base, end = base + len; e < end; e++) {
                    double rc = c[e] + pii - p[shift + e];
                    if (rc < min && pred[i] != e && pred[shift + e] != e) {
                        min = rc;
                        bestRow = i;
                        bestCol = e - i * mm;
                    }
                }
            }
            scanned += len;
            budget -= len;
            // next chunk of the residue class, or the first chunk of the next class
            q += stride;
            if (q < chunkCount) {
                i += strideRows;
                cc += strideCols;
                if (cc >= perRow) {
                    cc -= perRow;
                    i++;
                }
            } else {
                r = r + 1 == stride ? 0 : r + 1;
                q = r;
                i = r / perRow;
                cc = r - i * perRow;
            }
            if (budget <= 0) {
                if (bestRow >= 0) {
                    break;
                }
                budget = blockSize;
            }
        }
        if (bestRow < 0) {
            return false;
        }
        nextResidue = r;
        nextChunk = q;
        nextRow = i;
        nextCol = cc;
        enterRow = bestRow;
        enterCol = bestCol;
        enterReducedCost = min;
        return true;
    }

    // ---------------------------------------------------------------- pivot

    private void pivot() {
        final int s = enterRow;
        final int t = n + enterCol;
        final int arc = enterRow * m + enterCol;
        final int[] par = parent;
        final int[] size = succNum;
        final double[] flow = predFlow;
        // Climb to the join, recording both paths: an ancestor's subtree is strictly larger, so the
        // smaller side
        // climbs. The cycle is then handled on these two arrays instead of chasing parent links
        // three times.
        final int[] ps = pathS;
        final int[] pt = pathT;
        int ls = 0;
        int lt = 0;
        int u = s;
        int v = t;
        while (u != v) {
            if (size[u] < size[v]) {
                ps[ls++] = u;
                u = par[u];
            } else {
                pt[lt++] = v;
                v = par[v];
            }
        }
        final int join = u;
        // Leaving arc: blocking arcs are those whose flow decreases around the cycle s -> t -> join
        // -> s (sources on
        // the path from s, sinks on the path from t); ties go to the last one met from the join
        // (strongly feasible).
        double delta = Double.POSITIVE_INFINITY;
        int outIndex = -1;
        boolean onSourceSide = false;
        for (int q = 0; q < ls; q++) {
            int w = ps[q];
            if (w < n && flow[w] < delta) {
                delta = flow[w];
                outIndex = q;
                onSourceSide = true;
            }
        }
        for (int q = 0; q < lt; q++) {
            int w = pt[q];
            if (w >= n && flow[w] <= delta) {
                delta = flow[w];
                outIndex = q;
                onSourceSide = false;
            }
        }
        if (delta > 0) {
            for (int q = 0; q < ls; q++) {
                int w = ps[q];
                flow[w] += w < n ? -delta : delta;
            }
            for (int q = 0; q < lt; q++) {
                int w = pt[q];
                flow[w] += w >= n ? -delta : delta;
            }
        }
        final int uIn = onSourceSide ? s : t;
        final int vIn = onSourceSide ? t : s;
        final double shift = onSourceSide ? -enterReducedCost : enterReducedCost;
        // the stem uIn = u_0, ..., u_k = uOut is the start of uIn's path; the rest of it leads to
        // the join
        final int[] stem = onSourceSide ? ps : pt;
        final int stemEnd = onSourceSide ? ls : lt;
        final int[] other = onSourceSide ? pt : ps;
        final int otherEnd = onSourceSide ? lt : ls;
        final int k = outIndex + 1;
        final int uOut = stem[outIndex];
        final int stamp = ++pivotStamp;
        for (int q = 0; q < k; q++) {
            mark[stem[q]] = stamp;
        }
        // Subtree sizes: the cut subtree leaves the path uOut -> join and joins the path vIn ->
        // join.
        final int moved = size[uOut];
        for (int q = k; q < stemEnd; q++) {
            size[stem[q]] -= moved;
        }
        for (int q = 0; q < otherEnd; q++) {
            size[other[q]] += moved;
        }

        // Old preorder of the cut subtree (positions of the stem nodes noted), then cut it out of
        // the thread.
        int[] walk = scratchA;
        int w = uOut;
        for (int q = 0; q < moved; q++) {
            walk[q] = w;
            if (mark[w] == stamp) {
                position[w] = q;
            }
            w = thread[w];
        }
        int before = revThread[uOut];
        thread[before] = w;
        revThread[w] = before;

        // New preorder, re-rooted at uIn: the subtree of u_0, then for each u_r (r ≥ 1) u_r with
        // its other
        // children's subtrees -- the two pieces of its old block around the block of u_{r-1}.
        int[] order = scratchB;
        int len = 0;
        int p0 = position[uIn];
        int s0 = size[uIn];
        for (int q = p0; q < p0 + s0; q++) {
            order[len++] = walk[q];
        }
        for (int r = 1; r < k; r++) {
            int ur = stem[r];
            int prevNode = stem[r - 1];
            int pr = position[ur];
            int pp = position[prevNode];
            int prevSize = size[prevNode];
            // the pieces are often a few nodes long: plain loops beat the arraycopy stub
            for (int q = pr; q < pp; q++) {
                order[len++] = walk[q];
            }
            for (int q = pp + prevSize, end = pr + size[ur]; q < end; q++) {
                order[len++] = walk[q];
            }
        }
        // new sizes along the stem: u_r keeps everything of the cut subtree but the block of
        // u_{r-1}
        for (int r = k - 1; r >= 1; r--) {
            size[stem[r]] = moved - size[stem[r - 1]];
        }
        size[uIn] = moved;

        // Reverse the stem and hang it under vIn through the entering arc.
        int node = uIn;
        int newParent = vIn;
        int newPred = arc;
        double newFlow = Math.max(delta, 0.0);
        while (true) {
            int oldParent = par[node];
            int oldPred = pred[node];
            double oldFlow = predFlow[node];
            par[node] = newParent;
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

        // Splice the new preorder in right after vIn and shift the potentials of the moved nodes.
        int after = thread[vIn];
        int prev = vIn;
        final double[] pot = pi;
        for (int q = 0; q < len; q++) {
            int x = order[q];
            thread[prev] = x;
            revThread[x] = prev;
            pot[x] += shift;
            prev = x;
        }
        thread[prev] = after;
        revThread[after] = prev;
    }
}
