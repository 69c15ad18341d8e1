package dev.cogs.rgflow.ot;

/**
 * Result of a fixed-support entropic barycentre.
 *
 * <p>The weights array is copied on construction and access; {@code equals} compares it by
 * reference.
 *
 * @param weights barycentre histogram on the common support
 * @param iterations iterations performed
 * @param change last {@code ‖b_{k+1} − b_k‖₁}
 * @param converged whether the change met the tolerance with finite iterates
 */
public record EntropicBarycenter(
        double[] weights, long iterations, double change, boolean converged) {

    /**
     * Copies the weights.
     *
     * @param weights barycentre histogram on the common support
     * @param iterations iterations performed
     * @param change last {@code ‖b_{k+1} − b_k‖₁}
     * @param converged whether the change met the tolerance with finite iterates
     */
    public EntropicBarycenter {
        weights = weights.clone();
    }

    /**
     * The weights component (a copy).
     *
     * @return barycentre histogram on the common support
     */
    @Override
    public double[] weights() {
        return weights.clone();
    }
}
