package dev.cogs.rgflow.ot;

/**
 * A Wasserstein distance reported in both conventions: {@code W_p^p} (what POT's {@code
 * wasserstein_1d} returns) and {@code W_p}.
 *
 * @param p the order, {@code ≥ 1}
 * @param powered {@code W_p^p}
 * @param distance {@code W_p = (W_p^p)^{1/p}}
 */
public record WassersteinDistance(double p, double powered, double distance) {

    /**
     * Validates the record.
     *
     * @param p the order, {@code ≥ 1}
     * @param powered {@code W_p^p}
     * @param distance {@code W_p = (W_p^p)^{1/p}}
     * @throws IllegalArgumentException if {@code p < 1}, or a value is negative or NaN
     */
    public WassersteinDistance {
        if (!(p >= 1)) {
            throw new IllegalArgumentException("p (" + p + ") must be >= 1");
        }
        if (!(powered >= 0) || !(distance >= 0)) {
            throw new IllegalArgumentException(
                    "distance values (" + powered + ", " + distance + ") must be >= 0");
        }
    }

    /**
     * From {@code W_p^p}.
     *
     * @param p order
     * @param powered {@code W_p^p}
     * @return the record with {@code W_p = powered^{1/p}}
     */
    public static WassersteinDistance ofPowered(double p, double powered) {
        double d = p == 1 ? powered : p == 2 ? Math.sqrt(powered) : Math.pow(powered, 1.0 / p);
        return new WassersteinDistance(p, powered, d);
    }
}
