package dev.cogs.algebra.weights;

/**
 * The three parts of a node's Fourier coefficients (docs/cogs-math.md §2, §4): {@link #A} = \(z_a\)
 * (first input layer \(U_a\)), {@link #B} = \(z_b\) (second input layer \(U_b\)), {@link #C} =
 * \(z_c\) (output layer \(W\)).
 */
public enum Part {
    /** The a-part: Fourier coefficients \(A_{kj}\) of the first input's weights. */
    A,
    /** The b-part: Fourier coefficients \(B_{kj}\) of the second input's weights. */
    B,
    /** The c-part: Fourier coefficients \(C_{kj}\) of the output weights (opposite DFT sign). */
    C
}
