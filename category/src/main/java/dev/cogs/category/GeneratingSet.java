package dev.cogs.category;

import dev.cogs.category.internal.Buckets;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * The canonical generating set of a finite category (indecomposables first, then an index-order
 * scan) and a fixed shortest word for every morphism.
 *
 * <p>Immutable once built. Built in O(n²) composites (closure) plus O(n·|generators|)
 * (breadth-first words).
 */
final class GeneratingSet {

    private final IntSeq generators;
    private final int[] prev;
    private final int[] last;
    private final int[] length;

    private GeneratingSet(IntSeq generators, int[] prev, int[] last, int[] length) {
        this.generators = generators;
        this.prev = prev;
        this.last = last;
        this.length = length;
    }

    static GeneratingSet of(FiniteCategory c) {
        int n = c.morphismCount();
        int k = c.objectCount();
        boolean[] in = new boolean[n];
        int[] members = new int[n];
        int size = 0;
        for (int x = 0; x < k; x++) {
            int id = c.identity(x);
            if (!in[id]) {
                in[id] = true;
                members[size++] = id;
            }
        }
        // indecomposable morphisms (not g∘h with g, h non-identities) lie in every generating set:
        // take them
        // first, then scan the rest in index order (docs/category.md §2.4)
        boolean[] decomposable = new boolean[n];
        int[] dom = new int[n];
        for (int m = 0; m < n; m++) {
            dom[m] = c.dom(m);
        }
        int[][] byDom = Buckets.byKey(k, n, dom);
        for (int h = 0; h < n; h++) {
            if (isIdentity(c, h)) {
                continue;
            }
            for (int g : byDom[c.cod(h)]) {
                if (!isIdentity(c, g)) {
                    decomposable[c.compose(g, h)] = true;
                }
            }
        }
        int[] order = new int[n];
        int oc = 0;
        for (int f = 0; f < n; f++) {
            if (!decomposable[f]) {
                order[oc++] = f;
            }
        }
        for (int f = 0; f < n; f++) {
            if (decomposable[f]) {
                order[oc++] = f;
            }
        }
        int[] gens = new int[n];
        int gc = 0;
        for (int f : order) {
            if (in[f]) {
                continue;
            }
            gens[gc++] = f;
            // close the member set under composition; each new element meets every member once
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            in[f] = true;
            members[size++] = f;
            queue.add(f);
            while (!queue.isEmpty()) {
                int x = queue.poll();
                for (int i = 0; i < size; i++) {
                    int y = members[i];
                    if (c.cod(y) == c.dom(x)) {
                        int z = c.compose(x, y);
                        if (!in[z]) {
                            in[z] = true;
                            members[size++] = z;
                            queue.add(z);
                        }
                    }
                    if (c.cod(x) == c.dom(y)) {
                        int z = c.compose(y, x);
                        if (!in[z]) {
                            in[z] = true;
                            members[size++] = z;
                            queue.add(z);
                        }
                    }
                }
            }
        }
        int[] g = Arrays.copyOf(gens, gc);
        Arrays.sort(g);
        int[] prev = new int[n];
        int[] last = new int[n];
        int[] length = new int[n];
        Arrays.fill(length, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int x = 0; x < k; x++) {
            int id = c.identity(x);
            if (length[id] < 0) {
                length[id] = 0;
                prev[id] = -1;
                last[id] = -1;
                queue.add(id);
            }
        }
        while (!queue.isEmpty()) {
            int x = queue.poll();
            for (int gen : g) {
                if (c.dom(gen) == c.cod(x)) {
                    int z = c.compose(gen, x);
                    if (length[z] < 0) {
                        length[z] = length[x] + 1;
                        prev[z] = x;
                        last[z] = gen;
                        queue.add(z);
                    }
                }
            }
        }
        return new GeneratingSet(IntSeq.wrap(g), prev, last, length);
    }

    private static boolean isIdentity(FiniteCategory c, int m) {
        return c.identity(c.dom(m)) == m;
    }

    IntSeq generators() {
        return generators;
    }

    IntSeq word(int m) {
        if (m < 0 || m >= length.length) {
            throw new IllegalArgumentException(
                    "morphism (" + m + ") out of range [0, " + length.length + ")");
        }
        if (length[m] < 0) {
            throw new IllegalStateException(
                    "morphism " + m + " is not generated: composition is not associative?");
        }
        int[] w = new int[length[m]];
        int x = m;
        for (int i = w.length - 1; i >= 0; i--) {
            w[i] = last[x];
            x = prev[x];
        }
        return IntSeq.wrap(w);
    }
}
