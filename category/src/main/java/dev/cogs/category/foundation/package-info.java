/**
 * The foundation-model vocabulary of Yang Yuan, <i>On the Power of Foundation Models</i> (ICML
 * 2023, PMLR 202:40519–40530; arXiv:2211.16327), as thin computations on top of the Yoneda package
 * ( docs/category.md §1): a pretext task as a finite category whose objects are data points, the
 * ideal model as the Yoneda embedding, prompt tuning as the representability decision (Theorem 1: a
 * task is solvable by a prompt iff it is representable; the best prompts are the representing
 * objects), fine tuning as the Yoneda extension (Theorem 2), the rotation fixtures of Corollary 1
 * in both readings, and the feature-alignment check of Theorem 3.
 *
 * <p>Theorem and corollary numbers follow the abstract's order; the docs mark them as a
 * reconstruction to be checked against the PDF.
 */
package dev.cogs.category.foundation;
