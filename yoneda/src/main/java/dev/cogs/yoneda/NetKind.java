package dev.cogs.yoneda;

/**
 * What a net is, as far as the predictions care (docs/yoneda-nets.md §2.1, §2.5): which nets have
 * single-frequency nodes (the Fourier nets of P4), which have the order-4 bias channel (P2), and
 * which is the memorisation net (P5).
 */
public enum NetKind {
    /** z_F6: order-6 blocks only; span prompts have a class-independent bias. */
    F6,
    /** z_F4/6: order-4 blocks with a cancelled bias; span prompts steer a class-dependent bias. */
    F46,
    /** z_M: one node per pair; a free prompt is a lookup table. */
    MEMORISATION,
    /** A trained net (or any net passed in): treated like z_F4/6 by the predictions. */
    TRAINED;

    /**
     * Whether the net's nodes are (approximately) single-frequency, so that the dihedral reach
     * applies.
     *
     * @return true for everything but z_M
     */
    public boolean isFourier() {
        return this != MEMORISATION;
    }

    /**
     * Whether span prompts may steer a class-dependent bias (order-4 blocks, docs/yoneda-nets.md
     * §6.6).
     *
     * @return true for z_F4/6 and trained nets
     */
    public boolean hasBiasChannel() {
        return this == F46 || this == TRAINED;
    }
}
