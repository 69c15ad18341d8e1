package dev.cogs.algebra.weights;

/** The choice \(c_2 = \pm i\) of the z_ξ generator (docs/cogs-math.md §5). */
public enum ImaginaryUnit {
    /** \(c_2 = +i\), \(b_2 = -i\,\xi^{-1}\). */
    PLUS_I(1),
    /** \(c_2 = -i\), \(b_2 = +i\,\xi^{-1}\). */
    MINUS_I(-1);

    private final int sign;

    ImaginaryUnit(int sign) {
        this.sign = sign;
    }

    /**
     * The sign s of \(c_2 = s\,i\).
     *
     * @return +1 or −1
     */
    public int sign() {
        return sign;
    }
}
