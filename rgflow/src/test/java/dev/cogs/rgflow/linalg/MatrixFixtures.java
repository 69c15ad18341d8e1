package dev.cogs.rgflow.linalg;

/** Shared generators of test matrices (seeded, deterministic). */
public final class MatrixFixtures {

    private MatrixFixtures() {}

    /** Random symmetric positive-definite matrix {@code B Bᵀ + δI} of dimension n from a seed. */
    public static Matrix randomSpd(int n, long seed, double shift) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i][j] = r.nextDouble(-1, 1);
            }
        }
        Matrix bm = Matrix.of(b);
        return bm.multiply(bm.transpose()).add(Matrix.identity(n).scale(shift)).symmetricPart();
    }
}
