package dev.cogs.rgflow.ot.gaussian;

import dev.cogs.rgflow.linalg.Matrix;
import dev.cogs.rgflow.linalg.SymmetricEigen;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A Gaussian measure {@code N(m, Σ)} on {@code ℝ^d} with a symmetric positive-definite covariance,
 * and its closed-form optimal transport (docs/rgflow.md §6.5).
 *
 * <p>This class is immutable. {@link #equals(Object)} is exact on the mean and covariance entries.
 *
 * <p>Non-finite values: the factories reject NaN or infinite means and covariances, so every method
 * returns finite numbers for finite arguments.
 */
public final class GaussianMeasure {

    private final double[] mean;
    private final Matrix covariance;
    private final SymmetricEigen eigen;
    private final Matrix sqrtCov;

    private GaussianMeasure(double[] mean, Matrix covariance, SymmetricEigen eigen) {
        this.mean = mean;
        this.covariance = covariance;
        this.eigen = eigen;
        this.sqrtCov = eigen.sqrt();
    }

    /**
     * Builds {@code N(mean, covariance)}. The covariance is symmetrised after checking it is
     * symmetric to {@code 1e-10} relative.
     *
     * @param mean the mean, finite, length {@code d ≥ 1}
     * @param covariance a {@code d×d} finite symmetric positive-definite matrix
     * @return the measure
     * @throws IllegalArgumentException if the mean is not finite, the shapes differ, or the
     *     covariance is not symmetric positive definite (the message gives its smallest eigenvalue)
     */
    public static GaussianMeasure of(double[] mean, Matrix covariance) {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(covariance, "covariance");
        if (mean.length == 0) {
            throw new IllegalArgumentException("mean must have at least one coordinate");
        }
        for (int i = 0; i < mean.length; i++) {
            if (!Double.isFinite(mean[i])) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "mean[%d] (%s) must be finite", i, mean[i]));
            }
        }
        if (!covariance.isSquare() || covariance.rows() != mean.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "covariance %dx%d vs mean of length %d",
                            covariance.rows(),
                            covariance.cols(),
                            mean.length));
        }
        SymmetricEigen e;
        try {
            e = SymmetricEigen.of(covariance);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("covariance: " + ex.getMessage(), ex);
        }
        if (!e.isPositiveDefinite()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "covariance %s must be positive definite (smallest eigenvalue %s)",
                            covariance,
                            e.minValue()));
        }
        return new GaussianMeasure(mean.clone(), covariance.symmetricPart(), e);
    }

    /**
     * The one-dimensional Gaussian {@code N(mean, variance)}.
     *
     * @param mean finite mean
     * @param variance variance, {@code > 0}
     * @return the measure
     * @throws IllegalArgumentException if the mean is not finite or the variance is not {@code > 0}
     */
    public static GaussianMeasure of1d(double mean, double variance) {
        if (!(variance > 0) || Double.isInfinite(variance)) {
            throw new IllegalArgumentException(
                    "variance (" + variance + ") must be finite and > 0");
        }
        return of(new double[] {mean}, Matrix.diagonal(variance));
    }

    /**
     * The standard Gaussian {@code N(0, I_d)}.
     *
     * @param dimension {@code d ≥ 1}
     * @return the measure
     * @throws IllegalArgumentException if {@code d < 1}
     */
    public static GaussianMeasure standard(int dimension) {
        return of(new double[Math.max(dimension, 0)], Matrix.identity(dimension));
    }

    /**
     * @return the dimension {@code d}
     */
    public int dimension() {
        return mean.length;
    }

    /**
     * @return a copy of the mean
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * @return the (symmetric) covariance
     */
    public Matrix covariance() {
        return covariance;
    }

    /**
     * @return the symmetric square root {@code Σ^{1/2}}
     */
    public Matrix covarianceSqrt() {
        return sqrtCov;
    }

    /**
     * @return the eigen decomposition of the covariance
     */
    public SymmetricEigen covarianceEigen() {
        return eigen;
    }

    /**
     * Log-density {@code −½(x−m)ᵀΣ⁻¹(x−m) − ½ ln det(2πΣ)}.
     *
     * @param x point of length {@code d}
     * @return {@code ln p(x)}
     * @throws IllegalArgumentException if the length differs
     */
    public double logDensity(double[] x) {
        requireDimension(x, "x");
        double[] dx = new double[mean.length];
        for (int i = 0; i < dx.length; i++) {
            dx[i] = x[i] - mean[i];
        }
        double[] y = eigen.inverse().apply(dx);
        double q = 0;
        for (int i = 0; i < dx.length; i++) {
            q += dx[i] * y[i];
        }
        return -0.5 * q - 0.5 * (dimension() * Math.log(2 * Math.PI) + eigen.logDeterminant());
    }

    /**
     * @return the differential entropy {@code ½ ln det(2πe Σ)}
     */
    public double entropy() {
        return 0.5 * (dimension() * (1.0 + Math.log(2 * Math.PI)) + eigen.logDeterminant());
    }

    /**
     * Relative entropy {@code KL(this‖other) = ½[tr(Σ₂⁻¹Σ₁) + (m₂−m₁)ᵀΣ₂⁻¹(m₂−m₁) − d + ln det Σ₂ −
     * ln det Σ₁]}.
     *
     * @param other the reference measure, same dimension
     * @return the relative entropy, {@code ≥ 0}
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double kl(GaussianMeasure other) {
        requireSameDimension(other);
        Matrix inv2 = other.eigen.inverse();
        double tr = inv2.multiply(covariance).trace();
        double[] dm = new double[mean.length];
        for (int i = 0; i < dm.length; i++) {
            dm[i] = other.mean[i] - mean[i];
        }
        double[] y = inv2.apply(dm);
        double q = 0;
        for (int i = 0; i < dm.length; i++) {
            q += dm[i] * y[i];
        }
        return 0.5 * (tr + q - dimension() + other.eigen.logDeterminant() - eigen.logDeterminant());
    }

    /**
     * Draws independent samples {@code m + Σ^{1/2} z}, {@code z ∼ N(0, I)}.
     *
     * @param rng the random generator (the only source of randomness)
     * @param count number of samples, {@code ≥ 0}
     * @return {@code count} points of length {@code d}
     * @throws IllegalArgumentException if {@code count < 0}
     */
    public double[][] sample(RandomGenerator rng, int count) {
        Objects.requireNonNull(rng, "rng");
        if (count < 0) {
            throw new IllegalArgumentException("count (" + count + ") must be >= 0");
        }
        int d = dimension();
        double[][] out = new double[count][];
        double[] z = new double[d];
        for (int k = 0; k < count; k++) {
            for (int i = 0; i < d; i++) {
                z[i] = rng.nextGaussian();
            }
            double[] x = sqrtCov.apply(z);
            for (int i = 0; i < d; i++) {
                x[i] += mean[i];
            }
            out[k] = x;
        }
        return out;
    }

    /**
     * Push-forward by an affine map: {@code T_# N(m, Σ) = N(Am + b, AΣAᵀ)}.
     *
     * @param map the affine map, same dimension
     * @return the image measure
     * @throws IllegalArgumentException if the dimensions differ or {@code A} is singular
     */
    public GaussianMeasure pushForward(AffineMap map) {
        Objects.requireNonNull(map, "map");
        if (map.dimension() != dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "map dimension %d vs measure dimension %d",
                            map.dimension(),
                            dimension()));
        }
        Matrix a = map.linear();
        return of(map.apply(mean), a.multiply(covariance).multiply(a.transpose()));
    }

    /**
     * The squared Bures–Wasserstein distance {@code W₂² = ‖m₁−m₂‖² + tr(Σ₁ + Σ₂ −
     * 2(Σ₁^{1/2}Σ₂Σ₁^{1/2})^{1/2})}.
     *
     * <p>Rounding can make the exact value 0 come out as a tiny negative number; the result is
     * clamped at 0.
     *
     * @param other the target measure, same dimension
     * @return {@code W₂²(this, other) ≥ 0}
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double w2Squared(GaussianMeasure other) {
        requireSameDimension(other);
        double dm = 0;
        for (int i = 0; i < mean.length; i++) {
            double d = mean[i] - other.mean[i];
            dm += d * d;
        }
        double cross = crossTerm(other).trace();
        return Math.max(0.0, dm + covariance.trace() + other.covariance.trace() - 2 * cross);
    }

    /**
     * The Bures–Wasserstein distance {@code W₂} (POT ≥ 0.9 {@code bures_wasserstein_distance}
     * returns this, not its square).
     *
     * @param other the target measure, same dimension
     * @return {@code W₂(this, other)}
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double w2(GaussianMeasure other) {
        return Math.sqrt(w2Squared(other));
    }

    /**
     * {@code tr (Σ₁^{1/2}Σ₂Σ₁^{1/2})^{1/2}}, the fidelity term of the Bures metric.
     *
     * @param other the second measure
     * @return the trace of the cross term
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double buresFidelity(GaussianMeasure other) {
        requireSameDimension(other);
        return crossTerm(other).trace();
    }

    private Matrix crossTerm(GaussianMeasure other) {
        Matrix m = sqrtCov.multiply(other.covariance).multiply(sqrtCov).symmetricPart();
        return SymmetricEigen.of(m).sqrt();
    }

    /**
     * The Monge (optimal transport) map to {@code other} for the quadratic cost: {@code x ↦ A(x −
     * m₁) + m₂}, {@code A = Σ₁^{-1/2}(Σ₁^{1/2}Σ₂Σ₁^{1/2})^{1/2}Σ₁^{-1/2}} (symmetric, {@code AΣ₁A =
     * Σ₂}).
     *
     * @param other the target measure, same dimension
     * @return the map as {@code A x + (m₂ − A m₁)}
     * @throws IllegalArgumentException if the dimensions differ
     */
    public AffineMap mongeMap(GaussianMeasure other) {
        requireSameDimension(other);
        Matrix inv = eigen.inverseSqrt();
        Matrix a = inv.multiply(crossTerm(other)).multiply(inv).symmetricPart();
        double[] am = a.apply(mean);
        double[] b = new double[mean.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = other.mean[i] - am[i];
        }
        return new AffineMap(a, b);
    }

    /**
     * Squared Wasserstein distance for the Mahalanobis cost {@code c(x,y) = (x−y)ᵀK(x−y)}: {@code
     * W_K² (μ,ν) = W₂²(K^{1/2}_#μ, K^{1/2}_#ν)}.
     *
     * @param other the target measure, same dimension
     * @param k symmetric positive-definite {@code d×d} metric
     * @return {@code W_K²(this, other)}
     * @throws IllegalArgumentException if the dimensions differ or {@code K} is not symmetric
     *     positive definite
     */
    public double mahalanobisW2Squared(GaussianMeasure other, Matrix k) {
        requireSameDimension(other);
        Objects.requireNonNull(k, "k");
        if (!k.isSquare() || k.rows() != dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "metric K %dx%d vs dimension %d",
                            k.rows(),
                            k.cols(),
                            dimension()));
        }
        SymmetricEigen ek = SymmetricEigen.of(k);
        if (!ek.isPositiveDefinite()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "metric K %s must be positive definite (smallest eigenvalue %s)",
                            k,
                            ek.minValue()));
        }
        AffineMap root = new AffineMap(ek.sqrt(), new double[dimension()]);
        return pushForward(root).w2Squared(other.pushForward(root));
    }

    /**
     * Entropic optimal transport in closed form (Janati et al. 2020, arXiv:2006.02572), cost {@code
     * ‖x−y‖²}, regulariser {@code ε KL(P‖α⊗β)}: with {@code σ² = ε/2}, {@code D_σ =
     * (4Σ_α^{1/2}Σ_βΣ_α^{1/2} + σ⁴I)^{1/2}}, {@code OT_ε = ‖m_α−m_β‖² + trΣ_α + trΣ_β − tr D_σ +
     * dσ²(1 − ln 2σ²) + σ² ln det(D_σ + σ²I)}.
     *
     * @param other the target measure, same dimension
     * @param epsilon regularisation {@code ε > 0}
     * @return {@code OT_ε(this, other)}
     * @throws IllegalArgumentException if the dimensions differ or {@code ε} is not {@code > 0} and
     *     finite
     */
    public double entropicOt(GaussianMeasure other, double epsilon) {
        requireSameDimension(other);
        if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("epsilon (" + epsilon + ") must be finite and > 0");
        }
        int d = dimension();
        double s2 = epsilon / 2;
        Matrix inner =
                sqrtCov.multiply(other.covariance)
                        .multiply(sqrtCov)
                        .scale(4)
                        .add(Matrix.identity(d).scale(s2 * s2))
                        .symmetricPart();
        SymmetricEigen ed = SymmetricEigen.of(inner);
        double[] lam = ed.values();
        double trD = 0;
        double logDet = 0;
        for (double l : lam) {
            double root = Math.sqrt(l);
            trD += root;
            logDet += Math.log(root + s2);
        }
        double dm = 0;
        for (int i = 0; i < d; i++) {
            double t = mean[i] - other.mean[i];
            dm += t * t;
        }
        return dm
                + covariance.trace()
                + other.covariance.trace()
                - trD
                + d * s2 * (1 - Math.log(2 * s2))
                + s2 * logDet;
    }

    /**
     * The Wasserstein-2 barycentre {@code argmin Σ_i w_i W₂²(·, N(m_i, Σ_i))}: mean {@code Σ_i w_i
     * m_i} and covariance by the iteration of {@code options.method()} started from {@code Σ_i w_i
     * Σ_i}.
     *
     * @param measures the measures, at least one, same dimension
     * @param weights non-negative weights with a positive sum (normalised internally)
     * @param options iteration options
     * @return the barycentre with diagnostics; {@code converged = false} if the cap was hit
     * @throws IllegalArgumentException if the lists are empty or of different lengths, the
     *     dimensions differ, or a weight is negative or NaN
     */
    public static GaussianBarycenter barycenter(
            List<GaussianMeasure> measures, double[] weights, BarycenterOptions options) {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(options, "options");
        if (measures.isEmpty() || measures.size() != weights.length) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "need one weight per measure and at least one measure: %d measures, %d weights",
                            measures.size(),
                            weights.length));
        }
        int d = measures.get(0).dimension();
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "weights[%d] (%s) must be finite and >= 0",
                                i,
                                weights[i]));
            }
            if (measures.get(i).dimension() != d) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "measure %d has dimension %d, measure 0 has %d",
                                i,
                                measures.get(i).dimension(),
                                d));
            }
            total += weights[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException(
                    "weights " + Arrays.toString(weights) + " must have a positive sum");
        }
        double[] w = new double[weights.length];
        double[] m = new double[d];
        Matrix sigma = null;
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] / total;
            GaussianMeasure g = measures.get(i);
            for (int k = 0; k < d; k++) {
                m[k] += w[i] * g.mean[k];
            }
            Matrix term = g.covariance.scale(w[i]);
            sigma = sigma == null ? term : sigma.add(term);
        }
        double residual = Double.POSITIVE_INFINITY;
        int it = 0;
        boolean converged = false;
        while (it < options.maxIterations()) {
            SymmetricEigen es = SymmetricEigen.of(sigma);
            Matrix root = es.sqrt();
            Matrix avg = null;
            for (int i = 0; i < w.length; i++) {
                Matrix inner =
                        root.multiply(measures.get(i).covariance).multiply(root).symmetricPart();
                Matrix term = SymmetricEigen.of(inner).sqrt().scale(w[i]);
                avg = avg == null ? term : avg.add(term);
            }
            Matrix next;
            if (options.method() == BarycenterMethod.FIXED_POINT) {
                next = avg;
            } else {
                Matrix inv = es.inverseSqrt();
                next = inv.multiply(avg).multiply(avg).multiply(inv).symmetricPart();
            }
            it++;
            if (!next.isFinite()) {
                // keep the last finite iterate and report non-convergence
                residual = Double.NaN;
                break;
            }
            residual = next.subtract(sigma).frobeniusNorm() / sigma.frobeniusNorm();
            sigma = next;
            if (residual <= options.tolerance()) {
                converged = true;
                break;
            }
        }
        return new GaussianBarycenter(of(m, sigma), it, residual, converged);
    }

    private void requireDimension(double[] x, String name) {
        Objects.requireNonNull(x, name);
        if (x.length != dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s has length %d, measure dimension is %d",
                            name,
                            x.length,
                            dimension()));
        }
    }

    private void requireSameDimension(GaussianMeasure other) {
        Objects.requireNonNull(other, "other");
        if (other.dimension() != dimension()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "dimension mismatch: %d vs %d",
                            dimension(),
                            other.dimension()));
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GaussianMeasure)) {
            return false;
        }
        GaussianMeasure g = (GaussianMeasure) o;
        return Arrays.equals(mean, g.mean) && covariance.equals(g.covariance);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + covariance.hashCode();
    }

    @Override
    public String toString() {
        return "N(" + Arrays.toString(mean) + ", " + covariance + ")";
    }
}
