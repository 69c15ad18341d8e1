package dev.cogs.yoneda;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.GroupTask;

/**
 * The constructed ideal nets of docs/yoneda-nets.md §2.1 with the design note's parameters: ν =
 * e^{0.7i}, ξ = e^{0.3i}, k₀ = 1 (docs/cogs-math.md §6).
 */
public enum Construction {
    /** z_F6 = Σ_k normalised z_ν * z_syn (order 3(d − 1)). */
    Z_F6("zF6", NetKind.F6),
    /** z_F4/6 with the order-6 block at k₀ = 1 (order 2d). */
    Z_F46("zF46", NetKind.F46),
    /** Memorisation z_M (order d²). */
    Z_M("zM", NetKind.MEMORISATION);

    private static final double NU_PHASE = 0.7;
    private static final double XI_PHASE = 0.3;

    private final String label;
    private final NetKind kind;

    Construction(String label, NetKind kind) {
        this.label = label;
        this.kind = kind;
    }

    /**
     * The name used in reports.
     *
     * @return "zF6", "zF46" or "zM"
     */
    public String label() {
        return label;
    }

    /**
     * The kind of net.
     *
     * @return its kind
     */
    public NetKind kind() {
        return kind;
    }

    /**
     * The net in Fourier form.
     *
     * @param d an odd group size, at least 5
     * @return the construction
     * @throws IllegalArgumentException if d is even or smaller than 5
     */
    public FourierNet fourier(int d) {
        checkD(d);
        Complex nu = Complex.of(Math.cos(NU_PHASE), Math.sin(NU_PHASE));
        Complex xi = Complex.of(Math.cos(XI_PHASE), Math.sin(XI_PHASE));
        switch (this) {
            case Z_F6:
                return Constructions.f6(d, nu);
            case Z_F46:
                return Constructions.f46(d, nu, xi, 1);
            default:
                return Constructions.memorisation(d);
        }
    }

    /**
     * The net with its real weights: {@code fourier(d).toReal()}, except that z_M is written down
     * in real space (docs/cogs-math.md §6.4: node (g₁, g₂), at index g₁·d + g₂, has \(u_a =
     * e_{g_1}\), \(u_b = e_{g_2}\), \(w = \tfrac12 P_\perp e_{g_1+g_2}\)). The two agree to
     * rounding (2.2e-16 at d = 23); the real-space form has exact zeros, which the banded prompt
     * evaluation uses (docs/yoneda-nets.md §4.2).
     *
     * @param d an odd group size, at least 5
     * @return the named net
     * @throws IllegalArgumentException if d is even or smaller than 5
     */
    public NamedNet build(int d) {
        if (this == Z_M) {
            checkD(d);
            return new NamedNet(label, kind, GroupTask.memorisation(FiniteGroups.cyclic(d)));
        }
        return new NamedNet(label, kind, fourier(d).toReal());
    }

    private static void checkD(int d) {
        if (d < 5 || d % 2 == 0) {
            throw new IllegalArgumentException(
                    "d (" + d + ") must be odd and >= 5 for the constructions");
        }
    }
}
