package dev.cogs.category.sets;

/**
 * The variance of a finite-set-valued functor on a finite category \(C\).
 *
 * <p>{@link #CONTRAVARIANT}: a presheaf \(F: C^{op} \to \mathbf{FinSet}\); a morphism \(f: Y \to
 * X\) acts as \(F(f): F(X) \to F(Y)\). {@link #COVARIANT}: a copresheaf \(T: C \to
 * \mathbf{FinSet}\) (a C-set); \(f: X \to Y\) acts as \(T(f): T(X) \to T(Y)\).
 */
public enum Variance {
    /**
     * A presheaf, \(C^{op} \to \mathbf{FinSet}\): morphisms act from their codomain to their
     * domain.
     */
    CONTRAVARIANT,
    /**
     * A copresheaf, \(C \to \mathbf{FinSet}\): morphisms act from their domain to their codomain.
     */
    COVARIANT;

    /**
     * The object whose fibre a morphism's action reads.
     *
     * @param dom the morphism's domain
     * @param cod the morphism's codomain
     * @return {@code cod} for a presheaf, {@code dom} for a copresheaf
     */
    public int from(int dom, int cod) {
        return this == CONTRAVARIANT ? cod : dom;
    }

    /**
     * The object whose fibre a morphism's action writes.
     *
     * @param dom the morphism's domain
     * @param cod the morphism's codomain
     * @return {@code dom} for a presheaf, {@code cod} for a copresheaf
     */
    public int to(int dom, int cod) {
        return this == CONTRAVARIANT ? dom : cod;
    }

    /**
     * A lower-case name used in messages and file formats.
     *
     * @return {@code "presheaf"} or {@code "copresheaf"}
     */
    public String noun() {
        return this == CONTRAVARIANT ? "presheaf" : "copresheaf";
    }
}
