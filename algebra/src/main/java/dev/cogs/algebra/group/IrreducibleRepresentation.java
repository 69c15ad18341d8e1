package dev.cogs.algebra.group;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An irreducible unitary representation \(\rho : G \to U(d)\) of a finite group, as its matrices
 * \(\rho(g)\) for every element.
 *
 * <p>Laws (up to rounding, see {@link IrreducibleRepresentations} for the measured errors):
 * \(\rho(gh) = \rho(g)\rho(h)\), \(\rho(g)\rho(g)^* = I\), \(\operatorname{tr}\rho(g) = \chi(g)\)
 * for the character \(\chi\) with index {@link #index()} in the {@link CharacterTable}. Obtained
 * from {@link IrreducibleRepresentations#of(FiniteGroup)}; the basis is one of many (any unitary
 * change of basis gives an equivalent representation).
 *
 * <p>This class is immutable. {@code equals} is exact (bitwise on the matrix entries).
 */
public final class IrreducibleRepresentation {

    private final FiniteGroup group;
    private final int index;
    private final int dimension;
    private final double[][] re;
    private final double[][] im;

    IrreducibleRepresentation(
            FiniteGroup group, int index, int dimension, double[][] re, double[][] im) {
        this.group = group;
        this.index = index;
        this.dimension = dimension;
        this.re = re;
        this.im = im;
    }

    /**
     * The group.
     *
     * @return the group
     */
    public FiniteGroup group() {
        return group;
    }

    /**
     * The index of this representation's character in {@link
     * IrreducibleRepresentations#characterTable()}.
     *
     * @return the character index
     */
    public int index() {
        return index;
    }

    /**
     * The dimension d.
     *
     * @return d
     */
    public int dimension() {
        return dimension;
    }

    /**
     * The matrix \(\rho(g)\).
     *
     * @param g an element
     * @return the d×d unitary matrix
     * @throws IndexOutOfBoundsException if {@code g} is out of range
     */
    public ComplexMatrix matrix(int g) {
        Objects.checkIndex(g, re.length);
        return ComplexMatrix.wrap(dimension, dimension, re[g].clone(), im[g].clone());
    }

    /**
     * The real part of the entry \(\rho(g)_{ij}\).
     *
     * @param g an element
     * @param i row in [0, d)
     * @param j column in [0, d)
     * @return \(\operatorname{Re} \rho(g)_{ij}\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double re(int g, int i, int j) {
        return re[g][
                Objects.checkIndex(i, dimension) * dimension + Objects.checkIndex(j, dimension)];
    }

    /**
     * The imaginary part of the entry \(\rho(g)_{ij}\).
     *
     * @param g an element
     * @param i row in [0, d)
     * @param j column in [0, d)
     * @return \(\operatorname{Im} \rho(g)_{ij}\)
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public double im(int g, int i, int j) {
        return im[g][
                Objects.checkIndex(i, dimension) * dimension + Objects.checkIndex(j, dimension)];
    }

    /**
     * The real part of the character \(\chi(g) = \operatorname{tr} \rho(g)\), from the matrix.
     *
     * @param g an element
     * @return \(\operatorname{Re} \operatorname{tr} \rho(g)\)
     * @throws IndexOutOfBoundsException if {@code g} is out of range
     */
    public double characterRe(int g) {
        return trace(re[g]);
    }

    /**
     * The imaginary part of the character \(\chi(g) = \operatorname{tr} \rho(g)\), from the matrix.
     *
     * @param g an element
     * @return \(\operatorname{Im} \operatorname{tr} \rho(g)\)
     * @throws IndexOutOfBoundsException if {@code g} is out of range
     */
    public double characterIm(int g) {
        return trace(im[g]);
    }

    private double trace(double[] m) {
        double t = 0;
        for (int i = 0; i < dimension; i++) {
            t += m[i * dimension + i];
        }
        return t;
    }

    /** Row-major real parts of rho(g); not copied. */
    double[] reRaw(int g) {
        return re[g];
    }

    /** Row-major imaginary parts of rho(g); not copied. */
    double[] imRaw(int g) {
        return im[g];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IrreducibleRepresentation)) {
            return false;
        }
        IrreducibleRepresentation other = (IrreducibleRepresentation) o;
        return index == other.index
                && dimension == other.dimension
                && group.equals(other.group)
                && Arrays.deepEquals(re, other.re)
                && Arrays.deepEquals(im, other.im);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                group, index, dimension, Arrays.deepHashCode(re), Arrays.deepHashCode(im));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "IrreducibleRepresentation(%s, character %d, dimension %d)",
                group.name(),
                index,
                dimension);
    }
}
