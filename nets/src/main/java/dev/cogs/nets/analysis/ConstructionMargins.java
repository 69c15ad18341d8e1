package dev.cogs.nets.analysis;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The normalised margins of the global constructions of docs/cogs-math.md §6 next to the maximum
 * γ*(d) of Morwani et al.'s Theorem 7 (docs/cogs-math.md §13.6).
 *
 * <p>What the theorem implies, and what the tests check: z_F6 with |ν| = 1 has every node on one
 * frequency, balanced and phase-aligned, and margin 1 on every pair, so it attains γ*(d) exactly;
 * z_F4/6 has six nodes that carry output components at every other frequency (the bias fix of
 * docs/cogs-math.md §6.3), so it falls strictly below, and so does memorisation (its nodes are
 * one-hot, spread over every frequency). z_F4 is not a global solution and its margin is negative.
 *
 * <p>This record is immutable.
 *
 * @param d the group size
 * @param maximum γ*(d) = √(2/27)/((d − 1)√d)
 * @param rows one row per construction, in the order z_F6, z_F4/6, memorisation (if built), z_F4
 */
public record ConstructionMargins(int d, double maximum, List<Row> rows) {

    /**
     * Copies the list.
     *
     * @param d the group size
     * @param maximum γ*(d)
     * @param rows the rows
     */
    public ConstructionMargins {
        rows = List.copyOf(rows);
    }

    /**
     * The margin of one construction.
     *
     * @param name z_F6, z_F4/6, memorisation or z_F4 (the names of {@code ConstructionCheck})
     * @param order the number of hidden nodes
     * @param margin γ(θ) on all d² pairs (1 for a global solution: its outputs are e_{a+b} up to a
     *     constant)
     * @param l23Cubed ‖θ‖_{2,3}³ as built
     * @param balancedL23Cubed ‖θ‖_{2,3}³ with every node rescaled to its smallest norm
     * @param maximum γ*(d)
     */
    public record Row(
            String name,
            int order,
            double margin,
            double l23Cubed,
            double balancedL23Cubed,
            double maximum) {

        /**
         * Validates the record.
         *
         * @param name the construction
         * @param order the number of hidden nodes
         * @param margin γ(θ)
         * @param l23Cubed ‖θ‖_{2,3}³
         * @param balancedL23Cubed the balanced ‖θ‖_{2,3}³
         * @param maximum γ*(d)
         */
        public Row {
            Objects.requireNonNull(name, "name");
        }

        /**
         * γ(θ)/‖θ‖_{2,3}³ as built.
         *
         * @return the normalised margin
         */
        public double normalised() {
            return margin / l23Cubed;
        }

        /**
         * γ(θ) over the balanced ‖θ‖_{2,3}³.
         *
         * @return the balanced normalised margin
         */
        public double balancedNormalised() {
            return margin / balancedL23Cubed;
        }

        /**
         * The normalised margin as a fraction of the maximum.
         *
         * @return normalised / γ*(d), 1 for z_F6 with |ν| = 1
         */
        public double ratio() {
            return normalised() / maximum;
        }

        /**
         * The balanced normalised margin as a fraction of the maximum.
         *
         * @return balancedNormalised / γ*(d)
         */
        public double balancedRatio() {
            return balancedNormalised() / maximum;
        }
    }

    /**
     * Builds z_F6 (ν), z_F4/6 (ν, ξ, k₀), memorisation (if asked) and z_F4 (ξ) with {@link
     * Constructions} and measures each margin in data space. Cost O(d³·q) per net, O(d⁵) for
     * memorisation.
     *
     * @param d odd group size, at least 3
     * @param nu the ν of the order-6 blocks
     * @param xi the ξ of the order-4 blocks (c₂ = +i)
     * @param k0 the order-6 frequency of z_F4/6, in 1..(d−1)/2
     * @param memorisation whether to build the order-d² memorisation net
     * @return the margins
     * @throws IllegalArgumentException if d is even or &lt; 3, or k0 is out of range
     */
    public static ConstructionMargins of(
            int d, Complex nu, Complex xi, int k0, boolean memorisation) {
        return of(d, nu, xi, k0, memorisation, Margins::margin);
    }

    /**
     * As {@link #of(int, Complex, Complex, int, boolean)}, with each net's margin on all d² pairs
     * measured by {@code margin} instead of {@link Margins#margin} (which holds all d³ outputs in
     * memory, 8 GB at d = 1009): e.g. a blocked evaluation, or margins already measured with the
     * data-space loss.
     *
     * @param d odd group size, at least 3
     * @param nu the ν of the order-6 blocks
     * @param xi the ξ of the order-4 blocks (c₂ = +i)
     * @param k0 the order-6 frequency of z_F4/6, in 1..(d−1)/2
     * @param memorisation whether to build the order-d² memorisation net
     * @param margin the margin γ(θ) of a net, \(\min_{a,b}(o_{a+b} - \max_{c \ne a+b} o_c)\)
     * @return the margins
     * @throws IllegalArgumentException if d is even or &lt; 3, or k0 is out of range
     * @throws NullPointerException if an argument is null
     */
    public static ConstructionMargins of(
            int d,
            Complex nu,
            Complex xi,
            int k0,
            boolean memorisation,
            ToDoubleFunction<RealWeights> margin) {
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(nu, "nu");
        Objects.requireNonNull(xi, "xi");
        if (d < 3 || d % 2 == 0) {
            throw new IllegalArgumentException("d (" + d + ") must be odd and >= 3");
        }
        if (k0 < 1 || k0 > (d - 1) / 2) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "k0 (%d) must be in [1, %d]", k0, (d - 1) / 2));
        }
        double max = Margins.maximum(d);
        List<Row> rows = new ArrayList<>();
        rows.add(row("z_F6", () -> Constructions.f6(d, nu), max, margin));
        rows.add(row("z_F4/6", () -> Constructions.f46(d, nu, xi, k0), max, margin));
        if (memorisation) {
            rows.add(row("memorisation", () -> Constructions.memorisation(d), max, margin));
        }
        rows.add(row("z_F4", () -> Constructions.f4(d, xi), max, margin));
        return new ConstructionMargins(d, max, rows);
    }

    /**
     * The margin row of any net.
     *
     * @param name the name
     * @param w the net
     * @return the row, with γ*(w.d()) as the maximum
     */
    public static Row of(String name, RealWeights w) {
        Objects.requireNonNull(w, "w");
        return new Row(
                name,
                w.order(),
                Margins.margin(w),
                Margins.l23Cubed(w),
                Margins.balancedL23Cubed(w),
                Margins.maximum(w.d()));
    }

    private static Row row(
            String name,
            Supplier<FourierNet> build,
            double max,
            ToDoubleFunction<RealWeights> margin) {
        RealWeights w = build.get().toReal();
        return new Row(
                name,
                w.order(),
                margin.applyAsDouble(w),
                Margins.l23Cubed(w),
                Margins.balancedL23Cubed(w),
                max);
    }

    /**
     * The row of a construction by name.
     *
     * @param name the construction's name
     * @return the row
     * @throws IllegalArgumentException if no row has that name
     */
    public Row row(String name) {
        return rows.stream()
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no construction named " + name));
    }
}
