package dev.cogs.category.internal;

/** Groups indices by an integer key, as adjacency lists are built from edge arrays. Stateless. */
public final class Buckets {

    private Buckets() {}

    /**
     * The indices {@code 0..count-1} grouped by key: row {@code x} lists, ascending, the indices
     * {@code i} with {@code keys[i] == x}. With {@code keys} the domains of morphisms this is
     * "morphisms by domain"; with the sources of edges, the out-edges of each vertex.
     *
     * @param keyCount the number of keys; every {@code keys[i]} must lie in {@code [0, keyCount)}
     * @param count how many entries of {@code keys} to read
     * @param keys the key of each index
     * @return a fresh array of {@code keyCount} ascending rows
     * @throws ArrayIndexOutOfBoundsException if a key is out of range or {@code count >
     *     keys.length}
     */
    public static int[][] byKey(int keyCount, int count, int[] keys) {
        int[] size = new int[keyCount];
        for (int i = 0; i < count; i++) {
            size[keys[i]]++;
        }
        int[][] out = new int[keyCount][];
        for (int x = 0; x < keyCount; x++) {
            out[x] = new int[size[x]];
            size[x] = 0;
        }
        for (int i = 0; i < count; i++) {
            out[keys[i]][size[keys[i]]++] = i;
        }
        return out;
    }
}
