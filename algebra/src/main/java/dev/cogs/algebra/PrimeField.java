package dev.cogs.algebra;

import java.util.List;
import java.util.Locale;

/** The prime field F_p on residues 0..p−1; see {@link Fields#integersModPrime(int)}. */
record PrimeField(IntegersModN ring) implements FiniteField<Integer> {

    static PrimeField of(int p) {
        if (p < 2 || !isPrime(p)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "p (%d) must be a prime", p));
        }
        return new PrimeField(new IntegersModN(p));
    }

    private static boolean isPrime(int p) {
        for (long d = 2; d * d <= p; d++) {
            if (p % d == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Integer reciprocal(Integer a) {
        if (isZero(a)) {
            throw new ArithmeticException(
                    String.format(Locale.ROOT, "F_%d: reciprocal of 0", ring.n()));
        }
        // Fermat: a^(p-2) is the inverse of a != 0 mod p.
        long p = ring.n();
        long base = a;
        long result = 1;
        for (long e = p - 2; e > 0; e >>= 1) {
            if ((e & 1) != 0) {
                result = result * base % p;
            }
            base = base * base % p;
        }
        return (int) result;
    }

    @Override
    public Integer negate(Integer a) {
        return ring.negate(a);
    }

    @Override
    public Integer zero() {
        return ring.zero();
    }

    @Override
    public Integer one() {
        return ring.one();
    }

    @Override
    public Integer add(Integer a, Integer b) {
        return ring.add(a, b);
    }

    @Override
    public Integer multiply(Integer a, Integer b) {
        return ring.multiply(a, b);
    }

    @Override
    public boolean equivalent(Integer a, Integer b) {
        return ring.equivalent(a, b);
    }

    @Override
    public List<Integer> elements() {
        return ring.elements();
    }

    @Override
    public int indexOf(Integer a) {
        return ring.indexOf(a);
    }

    @Override
    public String toString() {
        return "Fields.integersModPrime(" + ring.n() + ")";
    }
}
