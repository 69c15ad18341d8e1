package dev.cogs.yoneda;

/**
 * The affine type of a task \(y(b) = mb + c\) (docs/yoneda-nets.md §1.4 items 2–5), which decides
 * the Fourier predictions: translations are representable, reflections are in the dihedral reach of
 * free prompts, multiplications are out of it.
 */
public enum TaskKind {
    /** \(y(b) = b + s\): representable (the theorem's prompts). */
    TRANSLATION,
    /** \(y(b) = s - b\): reachable by free prompts on Fourier nets. */
    REFLECTION,
    /** \(y(b) = mb + c\), \(m \notin \{0, \pm1\}\): spectrum off every reachable line. */
    MULTIPLICATION,
    /** \(y(b) = c\): the one-class task of the reading check P1′. */
    CONSTANT,
    /** Not affine. */
    OTHER
}
