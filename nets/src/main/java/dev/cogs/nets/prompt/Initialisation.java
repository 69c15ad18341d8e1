package dev.cogs.nets.prompt;

/** Where the restarts of a prompt fit start (docs/yoneda-nets.md §2.3, §1.5). */
public enum Initialisation {
    /**
     * Restart 0 at the best one-hot token P* on the training inputs, the others at distinct random
     * tokens; a free fit adds one Gaussian start. The arms on all inputs use this.
     */
    TOKENS,
    /**
     * Every restart at a Gaussian point (u with \(\mathbb{E}|u|^2 = r_{max}^2\), or π with
     * \(\mathbb{E}|\pi|^2 = 1\)): no information from the one-hot search, as the few-shot arm
     * needs, since a token start that already fits the k examples would decide the answer by
     * itself.
     */
    GAUSSIAN
}
