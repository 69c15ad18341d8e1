package dev.cogs.category.bridge;

import dev.cogs.algebra.Matrix;
import dev.cogs.algebra.MatrixSemiring;
import dev.cogs.algebra.Semiring;
import dev.cogs.algebra.Semirings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Factories for categories enriched in idempotent semirings (docs/category.md §3.2 item 2). */
public final class Enriched {

    private Enriched() {}

    /**
     * An enriched category from its hom matrix, exactly as given; {@link
     * EnrichedCategory#failures()} reports the laws that fail.
     *
     * @param s an idempotent semiring
     * @param homs the k×k matrix hom(a, b)
     * @param <S> the carrier
     * @return the enriched category
     * @throws IllegalArgumentException if the matrix is not square, or ⊕ is not idempotent on 0, 1
     *     or an entry (the message names the x with x ⊕ x ≠ x)
     */
    public static <S> EnrichedCategory<S> of(Semiring<S> s, Matrix<S> homs) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(homs, "homs");
        if (!homs.isSquare()) {
            throw new IllegalArgumentException("hom matrix must be square, got " + homs.shape());
        }
        requireIdempotent(s, s.zero());
        requireIdempotent(s, s.one());
        for (S x : homs.entries()) {
            requireIdempotent(s, x);
        }
        return new MatrixEnriched<>(s, homs);
    }

    private static <S> void requireIdempotent(Semiring<S> s, S x) {
        S xx = s.add(x, x);
        if (!s.equivalent(xx, x)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "semiring %s is not idempotent: %s + %s = %s != %s",
                            s,
                            x,
                            x,
                            xx,
                            x));
        }
    }

    /**
     * The free enriched category on a weighted graph: the Kleene closure A* = I ⊕ A ⊕ A² ⊕ … over
     * an idempotent semiring, computed as (I ⊕ A)^{k−1} by repeated squaring (in an idempotent
     * semiring (I ⊕ A)^m = ⊕_{j ≤ m} A^j). For (min, +) with non-negative weights this is all-pairs
     * shortest paths (Floyd–Warshall's result).
     *
     * @param s an idempotent semiring
     * @param weights the k×k weight matrix; "no edge" is {@code s.zero()}
     * @param <S> the carrier
     * @return the free enriched category, which satisfies the laws
     * @throws IllegalArgumentException if the semiring is not idempotent on the entries, or the
     *     series does not stabilise after k−1 steps (a cycle improves some hom value, e.g. a
     *     negative cycle over (min, +)); the message names the entry
     */
    public static <S> EnrichedCategory<S> freeOn(Semiring<S> s, Matrix<S> weights) {
        of(s, weights);
        int k = weights.rows();
        MatrixSemiring<S> ms = Semirings.matrices(s, k);
        Matrix<S> step = ms.add(ms.one(), weights);
        Matrix<S> closure = ms.power(step, Math.max(k - 1, 0));
        Matrix<S> next = ms.multiply(closure, step);
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (!s.equivalent(closure.get(a, b), next.get(a, b))) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "Kleene closure does not stabilise: hom(%d, %d) improves from %s to %s after %d steps "
                                            + "(a cycle that is better than the identity, e.g. a negative cycle)",
                                    a,
                                    b,
                                    closure.get(a, b),
                                    next.get(a, b),
                                    k));
                }
            }
        }
        return new MatrixEnriched<>(s, closure);
    }

    /** A hom matrix with its base semiring. Immutable. */
    private static final class MatrixEnriched<S> implements EnrichedCategory<S> {
        private final Semiring<S> s;
        private final Matrix<S> homs;

        MatrixEnriched(Semiring<S> s, Matrix<S> homs) {
            this.s = s;
            this.homs = homs;
        }

        @Override
        public Semiring<S> base() {
            return s;
        }

        @Override
        public int objectCount() {
            return homs.rows();
        }

        @Override
        public S hom(int a, int b) {
            int k = homs.rows();
            if (a < 0 || a >= k || b < 0 || b >= k) {
                throw new IllegalArgumentException(
                        "objects (" + a + ", " + b + ") out of range [0, " + k + ")");
            }
            return homs.get(a, b);
        }

        @Override
        public Matrix<S> homs() {
            return homs;
        }

        private boolean leq(S x, S y) {
            return s.equivalent(s.add(x, y), y);
        }

        @Override
        public List<EnrichmentFailure> failures() {
            List<EnrichmentFailure> out = new ArrayList<>();
            int k = homs.rows();
            for (int a = 0; a < k; a++) {
                if (!leq(s.one(), homs.get(a, a))) {
                    out.add(new EnrichmentFailure.Identity(a));
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    for (int c = 0; c < k; c++) {
                        if (!leq(s.multiply(homs.get(a, b), homs.get(b, c)), homs.get(a, c))) {
                            out.add(new EnrichmentFailure.Composition(a, b, c));
                        }
                    }
                }
            }
            return List.copyOf(out);
        }

        @Override
        public String toString() {
            return "EnrichedCategory[" + s + ", " + homs + "]";
        }
    }
}
