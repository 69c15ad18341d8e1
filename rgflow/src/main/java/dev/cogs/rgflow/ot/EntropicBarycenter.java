package dev.cogs.rgflow.ot;

/**
 * Result of a fixed-support entropic barycentre.
 *
 * <p>The weights array is copied on construction and access; {@code equals} compares it by reference.
 *
 * @param weights barycentre histogram on the common support
 * @param iterations iterations performed
 * @param change last {@code ‖b_{k+1} − b_k‖₁}
 * @param converged whether the change met the tolerance with finite iterates
 */
public record EntropicBarycenter(double[] weights, long iterations, double change, boolean converged) {

    /** Copies the weights. */
    public EntropicBarycenter {
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }
}
