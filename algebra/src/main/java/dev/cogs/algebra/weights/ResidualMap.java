package dev.cogs.algebra.weights;

import java.util.Arrays;

/**
 * An open-addressing hash map from a non-negative long key to a complex accumulator
 * (package-private, mutable, not thread-safe). Used to accumulate the loss residuals
 * \(T_k(m_1,m_2)\) sparsely.
 */
final class ResidualMap {

    private long[] keys;
    private double[] re;
    private double[] im;
    private int size;
    private int mask;

    ResidualMap(long expected) {
        int cap = 16;
        while (cap < 2 * expected && cap < (1 << 30)) {
            cap <<= 1;
        }
        allocate(cap);
    }

    private void allocate(int cap) {
        keys = new long[cap];
        Arrays.fill(keys, -1L);
        re = new double[cap];
        im = new double[cap];
        mask = cap - 1;
        size = 0;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    void add(long key, double r, double i) {
        int slot = hash(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                re[slot] += r;
                im[slot] += i;
                return;
            }
            if (k == -1L) {
                keys[slot] = key;
                re[slot] = r;
                im[slot] = i;
                size++;
                if (2 * size > keys.length) {
                    grow();
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] ok = keys;
        double[] or = re;
        double[] oi = im;
        allocate(ok.length * 2);
        for (int s = 0; s < ok.length; s++) {
            if (ok[s] != -1L) {
                add(ok[s], or[s], oi[s]);
            }
        }
    }

    int capacity() {
        return keys.length;
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    double reAt(int slot) {
        return re[slot];
    }

    double imAt(int slot) {
        return im[slot];
    }
}
