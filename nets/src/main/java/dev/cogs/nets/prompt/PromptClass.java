package dev.cogs.nets.prompt;

/**
 * The three nested families of prompts (docs/yoneda-nets.md §1.3): every one-hot prompt is a span
 * prompt and every span prompt is a free prompt.
 */
public enum PromptClass {
    /** \(u = U_a e_P\) for a token P: an object of the pretext category; searched exhaustively. */
    ONE_HOT,
    /** \(u = U_a \pi\) with \(\pi \in \mathbb{R}^d\): a formal mixture of representables. */
    SPAN,
    /**
     * Any \(u \in \mathbb{R}^q\), optionally inside a norm ball: a hidden state no input produces.
     */
    FREE
}
