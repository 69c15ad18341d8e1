/**
 * The Yoneda lemma made executable on finite categories: representable presheaves \(h_A = Hom(-,
 * A)\) and corepresentable copresheaves \(h^A = Hom(A, -)\), the Yoneda bijection
 * \(\mathrm{Nat}(h_A, F) \cong F(A)\) in both directions, the embedding \(y: C \to \hat C\) with
 * its full-faithfulness check, the representability decision with witnesses (docs/category.md §2.8;
 * Theorem 1 of Yuan, arXiv:2211.16327, in finite form), the category of elements with the canonical
 * cover, and the tensor \(F \otimes_C T\) behind the Yoneda extension (docs/category.md §2.10).
 *
 * <p>Numbering: the elements of \(h_A(X) = Hom(X, A)\) are the morphisms \(X \to A\) in ascending
 * morphism index, as {@link dev.cogs.category.FiniteCategory#hom(int, int)} lists them.
 */
package dev.cogs.category.yoneda;
