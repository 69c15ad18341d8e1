package dev.cogs.rgflow.ot;

/** Built-in ground costs recognised by {@link CostMatrix} for fast paths. */
final class GroundCosts {

    static final GroundCost SQUARED_EUCLIDEAN =
            (x, y) -> {
                double s = 0;
                for (int k = 0; k < x.length; k++) {
                    double d = x[k] - y[k];
                    s += d * d;
                }
                return s;
            };

    private GroundCosts() {}
}
