package dev.cogs.algebra.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Fourier transform on a finite group over its irreducible unitary representations.
 *
 * <p>Convention: for \(f : G \to \mathbb{C}^m\), given as an \(|G| \times m\) matrix whose row
 * \(g\) is \(f(g)\), the coefficient of each component \(c\) at each representation \(\rho\) is \[
 * \hat f_c(\rho) = \sum_{g \in G} f_c(g)\, \rho(g), \] and the inverse (Fourier inversion) is \[
 * f_c(g) = \frac{1}{|G|} \sum_\rho d_\rho \operatorname{tr}\big(\rho(g^{-1}) \hat f_c(\rho)\big).
 * \] Plancherel: \(\sum_g |f_c(g)|^2 = \frac{1}{|G|} \sum_\rho d_\rho \|\hat f_c(\rho)\|_F^2\).
 * Convolution \((f * h)(x) = \sum_y f(y) h(y^{-1} x)\) becomes \(\widehat{f * h}(\rho) = \hat
 * f(\rho) \hat h(\rho)\). For \(G = \mathbb{Z}_n\) with the characters \(\chi_k(g) = e^{2\pi i k g
 * / n}\) this is \(\hat f(k) = \sum_g f(g) e^{2\pi i k g / n}\), the conjugate of the usual DFT
 * sign convention. A real matrix indexed by \(G\) along its columns is transformed by transposing
 * it first.
 *
 * <p>Cost \(O(|G|^2 m)\) for each direction (\(\sum_\rho d_\rho^2 = |G|\)). This class is
 * immutable.
 */
public final class FourierTransform {

    private final IrreducibleRepresentations representations;

    private FourierTransform(IrreducibleRepresentations representations) {
        this.representations = representations;
    }

    /**
     * The transform over given representations.
     *
     * @param representations a complete set of irreducible unitary representations
     * @return the transform
     * @throws NullPointerException if {@code representations} is null
     */
    public static FourierTransform of(IrreducibleRepresentations representations) {
        return new FourierTransform(Objects.requireNonNull(representations, "representations"));
    }

    /**
     * The transform over {@link IrreducibleRepresentations#of(FiniteGroup)}.
     *
     * @param group the group
     * @return the transform
     * @throws NullPointerException if {@code group} is null
     */
    public static FourierTransform of(FiniteGroup group) {
        return of(IrreducibleRepresentations.of(group));
    }

    /**
     * The representations.
     *
     * @return the representations
     */
    public IrreducibleRepresentations representations() {
        return representations;
    }

    /**
     * The coefficients \(\hat f_c(\rho) = \sum_g f_c(g) \rho(g)\).
     *
     * <p><b>Non-finite values.</b> {@link ComplexMatrix} entries are finite; sums that overflow
     * give infinite coefficients.
     *
     * @param f an \(|G| \times m\) matrix, row g is \(f(g)\)
     * @return the coefficients, m components
     * @throws IllegalArgumentException if {@code f} does not have \(|G|\) rows
     * @throws NullPointerException if {@code f} is null
     */
    public FourierCoefficients forward(ComplexMatrix f) {
        Objects.requireNonNull(f, "f");
        int n = representations.group().order();
        if (f.rows() != n) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "f is %dx%d, must have one row per element of %s (%d)",
                            f.rows(),
                            f.cols(),
                            representations.group().name(),
                            n));
        }
        int m = f.cols();
        double[][] fr = f.re();
        double[][] fi = f.im();
        List<List<ComplexMatrix>> blocks = new ArrayList<>();
        for (IrreducibleRepresentation rho : representations.representations()) {
            int d = rho.dimension();
            List<ComplexMatrix> comps = new ArrayList<>();
            for (int c = 0; c < m; c++) {
                double[] sr = new double[d * d];
                double[] si = new double[d * d];
                for (int g = 0; g < n; g++) {
                    double ar = fr[g][c];
                    double ai = fi[g][c];
                    double[] pr = rho.reRaw(g);
                    double[] pi = rho.imRaw(g);
                    for (int x = 0; x < d * d; x++) {
                        sr[x] += ar * pr[x] - ai * pi[x];
                        si[x] += ar * pi[x] + ai * pr[x];
                    }
                }
                comps.add(ComplexMatrix.wrap(d, d, sr, si));
            }
            blocks.add(Collections.unmodifiableList(comps));
        }
        return FourierCoefficients.trusted(representations, Collections.unmodifiableList(blocks));
    }

    /**
     * The coefficients of a real function, {@code forward(ComplexMatrix.real(f))}.
     *
     * <p><b>Non-finite values.</b> Refused.
     *
     * @param f an \(|G| \times m\) array, row g is \(f(g)\)
     * @return the coefficients
     * @throws IllegalArgumentException if {@code f} does not have \(|G|\) rows, is ragged or has a
     *     non-finite entry
     * @throws NullPointerException if {@code f} or a row is null
     */
    public FourierCoefficients forward(double[][] f) {
        return forward(ComplexMatrix.real(f));
    }

    /**
     * The function with given coefficients, \(f_c(g) = \frac{1}{|G|} \sum_\rho d_\rho
     * \operatorname{tr}(\rho(g)^* \hat f_c(\rho))\) (\(\rho(g^{-1}) = \rho(g)^*\) by unitarity).
     *
     * <p><b>Non-finite values.</b> Sums that overflow give infinite values.
     *
     * @param coefficients coefficients over these representations
     * @return the \(|G| \times m\) matrix of values, row g is \(f(g)\)
     * @throws IllegalArgumentException if the coefficients refer to other representations
     * @throws NullPointerException if {@code coefficients} is null
     */
    public ComplexMatrix inverse(FourierCoefficients coefficients) {
        Objects.requireNonNull(coefficients, "coefficients");
        if (!coefficients.representations().equals(representations)) {
            throw new IllegalArgumentException(
                    "coefficients refer to other representations ("
                            + coefficients.representations()
                            + ") than this transform ("
                            + representations
                            + ")");
        }
        int n = representations.group().order();
        int m = coefficients.components();
        double[] out = new double[n * m];
        double[] outI = new double[n * m];
        for (int r = 0; r < representations.size(); r++) {
            IrreducibleRepresentation rho = representations.get(r);
            int d = rho.dimension();
            double w = (double) d / n;
            for (int c = 0; c < m; c++) {
                ComplexMatrix block = coefficients.get(r, c);
                double[][] br = block.re();
                double[][] bi = block.im();
                for (int g = 0; g < n; g++) {
                    double[] pr = rho.reRaw(g);
                    double[] pi = rho.imRaw(g);
                    double sr = 0;
                    double si = 0;
                    // tr(rho(g)^* F) = sum_ij conj(rho_ij) F_ij
                    for (int i = 0; i < d; i++) {
                        for (int j = 0; j < d; j++) {
                            double ar = pr[i * d + j];
                            double ai = pi[i * d + j];
                            sr += ar * br[i][j] + ai * bi[i][j];
                            si += ar * bi[i][j] - ai * br[i][j];
                        }
                    }
                    out[g * m + c] += w * sr;
                    outI[g * m + c] += w * si;
                }
            }
        }
        return ComplexMatrix.wrap(n, m, out, outI);
    }

    @Override
    public String toString() {
        return "FourierTransform(" + representations.group().name() + ")";
    }
}
