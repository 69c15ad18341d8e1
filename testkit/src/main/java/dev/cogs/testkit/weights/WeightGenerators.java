package dev.cogs.testkit.weights;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.ImaginaryUnit;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.algebra.weights.WeightSemiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the CoGS weight semiring (docs/cogs-math.md §4–§6): group sizes d
 * (small, odd, prime), complex parameters (unit, bounded, non-zero), random nets of a given d and
 * order, and the blocks and global constructions of docs/cogs-math.md §5–§6 with random parameters.
 *
 * <p><b>Recipes.</b> Blocks, constructions and seeded nets are generated as small records ({@link
 * Block}, {@link Construction}, {@link NetRecipe}) that are built into a {@link FourierNet} on
 * demand. A failing property therefore shrinks the recipe (smaller d, smaller frequency, parameter
 * angles closer to 0, seed closer to 0) and prints it in words, e.g. {@code z_nu*z_syn at k = 2 of
 * d = 7, nu = 1.25·e^{0.5i}} — enough to rebuild the failing net by hand. Doubles are drawn from
 * ranges at full precision, never rounded.
 *
 * <p>Stateless; every generator is deterministic given QuickTheories' seed.
 */
public final class WeightGenerators {

    private WeightGenerators() {}

    // ------------------------------------------------------------------ group sizes

    /**
     * Small group sizes for law tests: 3, 5 or 7 (shrinking towards 3).
     *
     * @return the generator
     */
    public static Gen<Integer> smallD() {
        return Generate.pick(List.of(3, 5, 7));
    }

    /**
     * Odd group sizes in [3, 31].
     *
     * @return the generator
     */
    public static Gen<Integer> oddD() {
        return oddD(3, 31);
    }

    /**
     * Odd group sizes in [min, max] (shrinking towards the smallest).
     *
     * @param min the smallest allowed d (rounded up to odd), at least 3
     * @param max the largest allowed d, at least the first odd number ≥ min
     * @return the generator
     * @throws IllegalArgumentException if the range holds no odd number ≥ 3
     */
    public static Gen<Integer> oddD(int min, int max) {
        int lo = Math.max(3, min) | 1;
        if (lo > max) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "no odd d >= 3 in [%d, %d]", min, max));
        }
        int halves = (max - lo) / 2;
        return integers().between(0, halves).map(h -> lo + 2 * h);
    }

    /**
     * Odd prime group sizes in [3, max] (shrinking towards 3), the sizes of the paper's experiments
     * (docs/cogs-math.md §8).
     *
     * @param max the largest allowed d, at least 3
     * @return the generator
     * @throws IllegalArgumentException if {@code max < 3}
     */
    public static Gen<Integer> primeD(int max) {
        List<Integer> primes = oddPrimesUpTo(max);
        if (primes.isEmpty()) {
            throw new IllegalArgumentException("max (" + max + ") must be >= 3");
        }
        return Generate.pick(primes);
    }

    /**
     * The odd primes up to a bound, in increasing order.
     *
     * @param max the bound
     * @return 3, 5, 7, … ≤ max
     */
    public static List<Integer> oddPrimesUpTo(int max) {
        return IntStream.rangeClosed(3, Math.max(2, max))
                .filter(WeightGenerators::isOddPrime)
                .boxed()
                .collect(Collectors.toUnmodifiableList());
    }

    private static boolean isOddPrime(int n) {
        if (n < 3 || n % 2 == 0) {
            return false;
        }
        for (int p = 3; (long) p * p <= n; p += 2) {
            if (n % p == 0) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ complex numbers

    /**
     * Complex numbers with both parts full-precision doubles in [-r, r].
     *
     * @param r the bound of each part, &gt; 0
     * @return the generator
     */
    public static Gen<Complex> complex(double r) {
        return doubles().between(-r, r).zip(doubles().between(-r, r), Complex::of);
    }

    /**
     * Unit complex numbers \(e^{it}\), t ∈ [−π, π] (shrinking towards 1).
     *
     * @return the generator
     */
    public static Gen<Complex> unit() {
        return angles().map(t -> Complex.polar(1, t));
    }

    /**
     * Angles t ∈ [−π, π] at full precision (shrinking towards 0).
     *
     * @return the generator
     */
    public static Gen<Double> angles() {
        return doubles().between(-Math.PI, Math.PI);
    }

    /**
     * Non-zero complex numbers: modulus in [0.25, 4], full-precision argument.
     *
     * @return the generator
     */
    public static Gen<Complex> nonZero() {
        return doubles().between(0.25, 4).zip(angles(), Complex::polar);
    }

    // ------------------------------------------------------------------ random nets

    /**
     * A random (not conjugate-symmetric) net over Z_d with order in [0, maxQ], coefficients in [-1,
     * 1]. Each coefficient is its own random draw, so shrinking moves coefficients towards 0 and
     * the order down.
     *
     * @param d the group size, at least 1
     * @param maxQ the largest order, at least 0
     * @return the generator
     */
    public static Gen<FourierNet> net(int d, int maxQ) {
        return integers().between(0, maxQ).flatMap(q -> netOfOrder(d, q));
    }

    /**
     * A random net over Z_d with exactly q nodes, complex coefficients with parts in [-1, 1] (not
     * conjugate symmetric, so not the transform of real weights; see {@link #realNetOfOrder(int,
     * int)}).
     *
     * @param d the group size, at least 1
     * @param q the order, at least 0
     * @return the generator
     */
    public static Gen<FourierNet> netOfOrder(int d, int q) {
        Gen<Double> value = doubles().between(-1, 1);
        return in -> {
            double[] re = new double[3 * d * q];
            double[] im = new double[3 * d * q];
            for (int i = 0; i < re.length; i++) {
                re[i] = value.generate(in);
                im[i] = value.generate(in);
            }
            return FourierNet.of(d, q, re, im);
        };
    }

    /**
     * The Fourier transform of random real weights over Z_d with q nodes (entries in [-1, 1]): a
     * conjugate-symmetric net, as a trained net is.
     *
     * @param d the group size, at least 1
     * @param q the order, at least 1
     * @return the generator
     */
    public static Gen<FourierNet> realNetOfOrder(int d, int q) {
        return realWeights(d, q).map(FourierNet::fromReal);
    }

    /**
     * Random real weights over Z_d with q nodes, entries in [-1, 1].
     *
     * @param d the group size, at least 1
     * @param q the order, at least 1
     * @return the generator
     */
    public static Gen<RealWeights> realWeights(int d, int q) {
        Gen<Double> value = doubles().between(-1, 1);
        return in -> {
            double[] ua = new double[q * d];
            double[] ub = new double[q * d];
            double[] w = new double[d * q];
            for (int i = 0; i < ua.length; i++) {
                ua[i] = value.generate(in);
                ub[i] = value.generate(in);
                w[i] = value.generate(in);
            }
            return RealWeights.ofFlat(d, q, ua, ub, w);
        };
    }

    /**
     * n random nets sharing one d drawn from {@link #smallD()}, orders in [0, maxQ] (for laws of
     * the weight semiring, whose operations need equal d).
     *
     * @param n the number of nets
     * @param maxQ the largest order
     * @return the generator
     */
    public static Gen<List<FourierNet>> sameD(int n, int maxQ) {
        return smallD().flatMap(
                        d ->
                                in -> {
                                    List<FourierNet> list = new ArrayList<>();
                                    Gen<FourierNet> g = net(d, maxQ);
                                    for (int i = 0; i < n; i++) {
                                        list.add(g.generate(in));
                                    }
                                    return list;
                                });
    }

    /**
     * A seeded random net: d, q and a seed, from which {@link #build()} draws every coefficient
     * (parts in [-1, 1], {@link SplittableRandom}). The recipe is what a failing property prints;
     * rebuild the net with {@code new NetRecipe(d, q, seed).build()}.
     *
     * @param d the group size, at least 1
     * @param q the order, at least 0
     * @param seed the seed of the coefficients
     */
    public record NetRecipe(int d, int q, long seed) {

        /**
         * Validates the recipe.
         *
         * @param d the group size, at least 1
         * @param q the order, at least 0
         * @param seed the seed of the coefficients
         * @throws IllegalArgumentException if d &lt; 1 or q &lt; 0
         */
        public NetRecipe {
            if (d < 1 || q < 0) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "d (%d) must be >= 1 and q (%d) >= 0", d, q));
            }
        }

        /**
         * Builds the net.
         *
         * @return the net of order q over Z_d
         */
        public FourierNet build() {
            SplittableRandom r = new SplittableRandom(seed);
            double[] re = new double[3 * d * q];
            double[] im = new double[3 * d * q];
            for (int i = 0; i < re.length; i++) {
                re[i] = r.nextDouble(-1, 1);
                im[i] = r.nextDouble(-1, 1);
            }
            return FourierNet.of(d, q, re, im);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "random net (d = %d, q = %d, seed = %d)", d, q, seed);
        }
    }

    /**
     * Seeded random nets over the given group sizes with orders in [0, maxQ].
     *
     * @param ds the group sizes
     * @param maxQ the largest order, at least 0
     * @return the generator of recipes
     */
    public static Gen<NetRecipe> netRecipes(Gen<Integer> ds, int maxQ) {
        return ds.zip(integers().between(0, maxQ), longs().all(), NetRecipe::new);
    }

    // ------------------------------------------------------------------ blocks

    /** The per-frequency blocks of docs/cogs-math.md §5.1 and the products of §5.2. */
    public enum BlockKind {
        /** z_syn, order 3 (no parameter). */
        SYN("z_syn", 3),
        /** z_{syn,αβ}, order 3, unit α and β. */
        SYN_AB("z_{syn,ab}", 3),
        /** z_ν, order 2, ν ≠ 0. */
        NU("z_nu", 2),
        /** z_{ν=i}, order 2 (no parameter). */
        NU_I("z_{nu=i}", 2),
        /** z_ξ, order 2, ξ ≠ 0, c₂ = ±i. */
        XI("z_xi", 2),
        /** z_ν * z_syn, order 6: a solution at its frequency on its own, for every ν ≠ 0. */
        NU_SYN("z_nu*z_syn", 6),
        /** z_{ν=i} * z_{syn,αβ}, order 6: a solution at its frequency on its own, for unit α, β. */
        NU_I_SYN_AB("z_{nu=i}*z_{syn,ab}", 6),
        /** z_{ν=i} * z_ξ, order 4: meets R_g, R_c, R_* but not R_n on its own. */
        NU_I_XI("z_{nu=i}*z_xi", 4);

        private final String label;
        private final int order;

        BlockKind(String label, int order) {
            this.label = label;
            this.order = order;
        }

        /**
         * The ASCII name used in printed recipes, e.g. {@code z_nu*z_syn}.
         *
         * @return the label
         */
        public String label() {
            return label;
        }

        /**
         * The number of hidden nodes of the block.
         *
         * @return the order
         */
        public int order() {
            return order;
        }
    }

    /**
     * A block of docs/cogs-math.md §5 at one frequency with its parameters: ν (for z_ν, z_ν *
     * z_syn) or ξ (for z_ξ, z_{ν=i} * z_ξ) is {@code modulus·e^{i·angle1}}; α, β (for z_{syn,αβ})
     * are {@code e^{i·angle1}}, {@code e^{i·angle2}}. Parameters a kind does not use are ignored by
     * {@link #build()} and left out of {@link #toString()}.
     *
     * @param kind the block
     * @param d the group size, odd, at least 3
     * @param k the frequency, in [1, (d−1)/2]
     * @param angle1 arg ν, arg ξ or arg α
     * @param angle2 arg β
     * @param modulus |ν| or |ξ|, &gt; 0
     * @param c2 the choice c₂ = ±i of z_ξ
     * @param normalised whether {@link #build()} rescales the block to \(r_{kkk} = 1/(2d)\)
     *     (docs/cogs-math.md §5.3)
     */
    public record Block(
            BlockKind kind,
            int d,
            int k,
            double angle1,
            double angle2,
            double modulus,
            ImaginaryUnit c2,
            boolean normalised) {

        /**
         * Validates the recipe.
         *
         * @param kind the block
         * @param d the group size, odd, at least 3
         * @param k the frequency, in [1, (d−1)/2]
         * @param angle1 arg ν, arg ξ or arg α
         * @param angle2 arg β
         * @param modulus |ν| or |ξ|, &gt; 0
         * @param c2 the choice c₂ = ±i of z_ξ
         * @param normalised whether {@link #build()} rescales the block
         * @throws IllegalArgumentException if d is even or &lt; 3, k is out of range, an angle is
         *     not finite or the modulus is not finite and &gt; 0
         */
        public Block {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(c2, "c2");
            if (d < 3 || d % 2 == 0 || k < 1 || k > (d - 1) / 2) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "d (%d) must be odd and >= 3, k (%d) in [1, (d-1)/2]",
                                d,
                                k));
            }
            if (!Double.isFinite(angle1)
                    || !Double.isFinite(angle2)
                    || !(modulus > 0)
                    || Double.isInfinite(modulus)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "angles (%s, %s) must be finite and modulus (%s) finite and > 0",
                                angle1,
                                angle2,
                                modulus));
            }
        }

        /**
         * The first parameter: ν or ξ ({@code modulus·e^{i·angle1}}), or α ({@code e^{i·angle1}}).
         *
         * @return the parameter (1 for kinds without one)
         */
        public Complex first() {
            switch (kind) {
                case NU:
                case XI:
                case NU_SYN:
                case NU_I_XI:
                    return Complex.polar(modulus, angle1);
                case SYN_AB:
                case NU_I_SYN_AB:
                    return Complex.polar(1, angle1);
                default:
                    return Complex.ONE;
            }
        }

        /**
         * The second parameter: β ({@code e^{i·angle2}}) for z_{syn,αβ} kinds.
         *
         * @return β (1 for other kinds)
         */
        public Complex second() {
            return kind == BlockKind.SYN_AB || kind == BlockKind.NU_I_SYN_AB
                    ? Complex.polar(1, angle2)
                    : Complex.ONE;
        }

        /**
         * Builds the block with {@link Constructions} and, for products, {@link
         * WeightSemiring#multiply}.
         *
         * @return the net of order {@code kind().order()}, supported on ±k
         */
        public FourierNet build() {
            WeightSemiring ring = WeightSemiring.over(d);
            FourierNet z;
            switch (kind) {
                case SYN:
                    z = Constructions.syn(d, k);
                    break;
                case SYN_AB:
                    z = Constructions.synAlphaBeta(d, k, first(), second());
                    break;
                case NU:
                    z = Constructions.nu(d, k, first());
                    break;
                case NU_I:
                    z = Constructions.nuI(d, k);
                    break;
                case XI:
                    z = Constructions.xi(d, k, first(), c2);
                    break;
                case NU_SYN:
                    z = ring.multiply(Constructions.nu(d, k, first()), Constructions.syn(d, k));
                    break;
                case NU_I_SYN_AB:
                    z =
                            ring.multiply(
                                    Constructions.nuI(d, k),
                                    Constructions.synAlphaBeta(d, k, first(), second()));
                    break;
                default:
                    z = ring.multiply(Constructions.nuI(d, k), Constructions.xi(d, k, first(), c2));
                    break;
            }
            return normalised ? Constructions.normalised(z, k) : z;
        }

        @Override
        public String toString() {
            StringBuilder sb =
                    new StringBuilder(normalised ? "normalised " : "")
                            .append(kind.label())
                            .append(String.format(Locale.ROOT, " at k = %d of d = %d", k, d));
            switch (kind) {
                case NU:
                case NU_SYN:
                    sb.append(", nu = ").append(polar(modulus, angle1));
                    break;
                case XI:
                case NU_I_XI:
                    sb.append(", xi = ")
                            .append(polar(modulus, angle1))
                            .append(", c2 = ")
                            .append(c2 == ImaginaryUnit.PLUS_I ? "+i" : "-i");
                    break;
                case SYN_AB:
                case NU_I_SYN_AB:
                    sb.append(", alpha = ")
                            .append(polar(1, angle1))
                            .append(", beta = ")
                            .append(polar(1, angle2));
                    break;
                default:
                    break;
            }
            return sb.toString();
        }
    }

    /**
     * Random blocks of every kind over the given group sizes: a frequency in [1, (d−1)/2], angles
     * in [−π, π], moduli in [0.5, 2], either c₂, normalised or not.
     *
     * @param ds the group sizes (odd, at least 3)
     * @return the generator of recipes
     */
    public static Gen<Block> blocks(Gen<Integer> ds) {
        return Generate.enumValues(BlockKind.class).flatMap(kind -> blocks(kind, ds));
    }

    /**
     * Random blocks of one kind over the given group sizes.
     *
     * @param kind the block
     * @param ds the group sizes (odd, at least 3)
     * @return the generator of recipes
     */
    public static Gen<Block> blocks(BlockKind kind, Gen<Integer> ds) {
        Objects.requireNonNull(kind, "kind");
        Gen<Variant> variants =
                Generate.enumValues(ImaginaryUnit.class).zip(booleans().all(), Variant::new);
        return ds.flatMap(
                d ->
                        integers()
                                .between(1, (d - 1) / 2)
                                .zip(
                                        angles(),
                                        angles(),
                                        doubles().between(0.5, 2),
                                        variants,
                                        (k, a1, a2, r, v) ->
                                                new Block(
                                                        kind,
                                                        d,
                                                        k,
                                                        a1,
                                                        a2,
                                                        r,
                                                        v.c2(),
                                                        v.normalised())));
    }

    /** The discrete choices of a block recipe. */
    private record Variant(ImaginaryUnit c2, boolean normalised) {}

    // ------------------------------------------------------------------ global constructions

    /** The global constructions of docs/cogs-math.md §6. */
    public enum ConstructionKind {
        /** z_F6 = Σ_k normalised z_ν * z_syn, order 3(d−1) (§6.1); a global optimum. */
        F6,
        /**
         * z_F4/6: order-4 blocks at k ≠ k₀, an order-6 block at k₀ cancelling their biases, order
         * 2d (§6.3).
         */
        F46,
        /** z_F4 = Σ_k normalised z_{ν=i} * z_ξ (§6.2): NOT a global optimum (R_n uncancelled). */
        F4,
        /** Perfect memorisation, order d² (§6.4); a global optimum. */
        MEMORISATION
    }

    /**
     * A global construction with its parameters: ν = e^{i·nuAngle}, ξ = e^{i·xiAngle}, k₀ (only
     * those the kind uses are printed).
     *
     * @param kind the construction
     * @param d the group size, odd, at least 3
     * @param nuAngle arg ν (|ν| = 1)
     * @param xiAngle arg ξ (|ξ| = 1)
     * @param k0 the order-6 frequency of z_F4/6, in [1, (d−1)/2]
     */
    public record Construction(
            ConstructionKind kind, int d, double nuAngle, double xiAngle, int k0) {

        /**
         * Validates the recipe.
         *
         * @param kind the construction
         * @param d the group size, odd, at least 3
         * @param nuAngle arg ν
         * @param xiAngle arg ξ
         * @param k0 the order-6 frequency of z_F4/6
         * @throws IllegalArgumentException if d is even or &lt; 3, an angle is not finite or k₀ is
         *     out of range
         */
        public Construction {
            Objects.requireNonNull(kind, "kind");
            if (d < 3 || d % 2 == 0 || k0 < 1 || k0 > (d - 1) / 2) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "d (%d) must be odd and >= 3, k0 (%d) in [1, (d-1)/2]",
                                d,
                                k0));
            }
            if (!Double.isFinite(nuAngle) || !Double.isFinite(xiAngle)) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT, "angles (%s, %s) must be finite", nuAngle, xiAngle));
            }
        }

        /**
         * ν on the unit circle.
         *
         * @return e^{i·nuAngle}
         */
        public Complex nu() {
            return Complex.polar(1, nuAngle);
        }

        /**
         * ξ on the unit circle.
         *
         * @return e^{i·xiAngle}
         */
        public Complex xi() {
            return Complex.polar(1, xiAngle);
        }

        /**
         * Whether the theory says the construction is a global optimum (every kind but z_F4).
         *
         * @return true if ℓ = 0 is claimed
         */
        public boolean claimedGlobal() {
            return kind != ConstructionKind.F4;
        }

        /**
         * Builds the net with {@link Constructions}.
         *
         * @return the construction
         */
        public FourierNet build() {
            switch (kind) {
                case F6:
                    return Constructions.f6(d, nu());
                case F46:
                    return Constructions.f46(d, nu(), xi(), k0);
                case F4:
                    return Constructions.f4(d, xi());
                default:
                    return Constructions.memorisation(d);
            }
        }

        @Override
        public String toString() {
            switch (kind) {
                case F6:
                    return String.format(
                            Locale.ROOT, "z_F6 of d = %d, nu = %s", d, polar(1, nuAngle));
                case F46:
                    return String.format(
                            Locale.ROOT,
                            "z_F4/6 of d = %d, nu = %s, xi = %s, k0 = %d",
                            d,
                            polar(1, nuAngle),
                            polar(1, xiAngle),
                            k0);
                case F4:
                    return String.format(
                            Locale.ROOT, "z_F4 of d = %d, xi = %s", d, polar(1, xiAngle));
                default:
                    return String.format(Locale.ROOT, "memorisation of d = %d", d);
            }
        }
    }

    /**
     * Random z_F6, z_F4/6 and z_F4 over the given group sizes (memorisation, of order d², only
     * through {@link #constructions(ConstructionKind, Gen)}): unit ν, ξ with angles in [−π, π], k₀
     * in [1, (d−1)/2].
     *
     * @param ds the group sizes (odd, at least 3)
     * @return the generator of recipes
     */
    public static Gen<Construction> constructions(Gen<Integer> ds) {
        return Generate.pick(
                        List.of(ConstructionKind.F6, ConstructionKind.F46, ConstructionKind.F4))
                .flatMap(kind -> constructions(kind, ds));
    }

    /**
     * Random constructions of one kind over the given group sizes.
     *
     * @param kind the construction
     * @param ds the group sizes (odd, at least 3)
     * @return the generator of recipes
     */
    public static Gen<Construction> constructions(ConstructionKind kind, Gen<Integer> ds) {
        Objects.requireNonNull(kind, "kind");
        return ds.flatMap(
                d ->
                        angles().zip(
                                        angles(),
                                        integers().between(1, (d - 1) / 2),
                                        (nu, xi, k0) -> new Construction(kind, d, nu, xi, k0)));
    }

    /** {@code r·e^{t i}} with full-precision numbers, or {@code e^{t i}} for r = 1. */
    private static String polar(double r, double t) {
        String e = "e^{" + t + "i}";
        return r == 1 ? e : r + "·" + e;
    }
}
