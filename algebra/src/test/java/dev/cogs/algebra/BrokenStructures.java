package dev.cogs.algebra;

/** Deliberately broken structures for the negative tests of the law checkers and suites. */
final class BrokenStructures {

    private BrokenStructures() {}

    /**
     * (Z, −, ×, 0, 1): subtraction is neither associative nor commutative, and 0 is only a right
     * identity; the multiplicative laws, both distributive laws and annihilation hold.
     *
     * @return the broken structure
     */
    static Semiring<Long> subtraction() {
        return new Semiring<>() {
            @Override
            public Long zero() {
                return 0L;
            }

            @Override
            public Long one() {
                return 1L;
            }

            @Override
            public Long add(Long a, Long b) {
                return a - b;
            }

            @Override
            public Long multiply(Long a, Long b) {
                return a * b;
            }

            @Override
            public String toString() {
                return "(Z, -, *)";
            }
        };
    }
}
