package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Fourier coefficients \(\hat f(\rho) = \sum_g f(g) \rho(g)\) of a function \(f : G \to
 * \mathbb{C}^m\), one \(d_\rho \times d_\rho\) matrix per irreducible representation \(\rho\) and
 * component \(c &lt; m\).
 *
 * <p>Produced by {@link FourierTransform#forward(ComplexMatrix)}, or built from blocks with {@link
 * #of(IrreducibleRepresentations, List)} and inverted with {@link FourierTransform#inverse}. The
 * coefficients refer to the bases of the {@link #representations()} they were computed with.
 *
 * <p>This class is immutable.
 */
public final class FourierCoefficients {

    private final IrreducibleRepresentations representations;
    private final List<List<ComplexMatrix>> blocks;

    private FourierCoefficients(
            IrreducibleRepresentations representations, List<List<ComplexMatrix>> blocks) {
        this.representations = representations;
        this.blocks = blocks;
    }

    /**
     * Coefficients from their blocks.
     *
     * @param representations the representations the blocks refer to
     * @param blocks {@code blocks.get(r).get(c)} is \(\hat f_c(\rho_r)\), a \(d_r \times d_r\)
     *     matrix; every representation has the same number m of components, {@code m >= 1}
     * @return the coefficients
     * @throws IllegalArgumentException if the number of blocks is not the number of
     *     representations, the component counts differ or are zero, or a block has the wrong shape
     * @throws NullPointerException if an argument, list or block is null
     */
    public static FourierCoefficients of(
            IrreducibleRepresentations representations, List<List<ComplexMatrix>> blocks) {
        Objects.requireNonNull(representations, "representations");
        Objects.requireNonNull(blocks, "blocks");
        if (blocks.size() != representations.size()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "blocks: %d lists vs %d representations",
                            blocks.size(),
                            representations.size()));
        }
        List<List<ComplexMatrix>> copy = new ArrayList<>();
        int m = -1;
        for (int r = 0; r < blocks.size(); r++) {
            List<ComplexMatrix> list =
                    List.copyOf(Objects.requireNonNull(blocks.get(r), "blocks[" + r + "]"));
            if (m < 0) {
                m = list.size();
            }
            if (list.size() != m || m == 0) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "blocks[%d] has %d components, expected %d and at least 1",
                                r,
                                list.size(),
                                Math.max(m, 1)));
            }
            int d = representations.get(r).dimension();
            for (int c = 0; c < m; c++) {
                ComplexMatrix b = list.get(c);
                if (b.rows() != d || b.cols() != d) {
                    throw new IllegalArgumentException(
                            String.format(
                                    Locale.ROOT,
                                    "blocks[%d][%d] is %dx%d vs representation dimension %dx%d",
                                    r,
                                    c,
                                    b.rows(),
                                    b.cols(),
                                    d,
                                    d));
                }
            }
            copy.add(list);
        }
        return new FourierCoefficients(representations, Collections.unmodifiableList(copy));
    }

    /** Wraps blocks built by the transform; not checked. */
    static FourierCoefficients trusted(
            IrreducibleRepresentations representations, List<List<ComplexMatrix>> blocks) {
        return new FourierCoefficients(representations, blocks);
    }

    /**
     * The representations the coefficients refer to.
     *
     * @return the representations
     */
    public IrreducibleRepresentations representations() {
        return representations;
    }

    /**
     * The number m of components of \(f\).
     *
     * @return m
     */
    public int components() {
        return blocks.get(0).size();
    }

    /**
     * One coefficient block.
     *
     * @param rho a representation index
     * @param component a component index in [0, m)
     * @return \(\hat f_{c}(\rho)\), \(d_\rho \times d_\rho\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public ComplexMatrix get(int rho, int component) {
        return blocks.get(rho).get(component);
    }

    /**
     * The Plancherel energy of one representation, \(\frac{d_\rho}{|G|} \sum_c \|\hat
     * f_c(\rho)\|_F^2\).
     *
     * <p><b>Non-finite values.</b> Infinite if a block overflows.
     *
     * @param rho a representation index
     * @return its share of {@link #energy()}
     * @throws IndexOutOfBoundsException if {@code rho} is out of range
     */
    public double energy(int rho) {
        double s = 0;
        for (ComplexMatrix b : blocks.get(rho)) {
            double f = b.frobeniusNorm();
            s += f * f;
        }
        return s * representations.get(rho).dimension() / representations.group().order();
    }

    /**
     * The total Plancherel energy \(\frac{1}{|G|} \sum_\rho d_\rho \sum_c \|\hat f_c(\rho)\|_F^2\),
     * which equals \(\sum_g \|f(g)\|^2\) (Plancherel).
     *
     * <p><b>Non-finite values.</b> Infinite if a block overflows.
     *
     * @return the energy
     */
    public double energy() {
        double s = 0;
        for (int r = 0; r < blocks.size(); r++) {
            s += energy(r);
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof FourierCoefficients
                        && representations.equals(((FourierCoefficients) o).representations)
                        && blocks.equals(((FourierCoefficients) o).blocks));
    }

    @Override
    public int hashCode() {
        return 31 * representations.hashCode() + blocks.hashCode();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "FourierCoefficients(%s, %d component(s))",
                representations.group().name(),
                components());
    }
}
