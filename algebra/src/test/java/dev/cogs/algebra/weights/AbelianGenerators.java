package dev.cogs.algebra.weights;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.testkit.weights.WeightGenerators;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators over finite abelian groups (full-precision doubles from ranges; recipes print the
 * group).
 */
final class AbelianGenerators {

    private AbelianGenerators() {}

    /** The groups of the acceptance list. */
    static final List<String> ACCEPTANCE = List.of("Z5xZ5", "Z3xZ5", "Z3xZ3xZ3", "Z7xZ11");

    /** Small abelian groups of both parities, with characters of order 2 among the even ones. */
    static final List<String> SMALL =
            List.of("Z3", "Z4", "Z6", "Z2xZ2", "Z2xZ4", "Z3xZ3", "Z2xZ6", "Z3xZ5", "Z2xZ2xZ3");

    static CharacterGroup characters(String name) {
        return CharacterGroup.of(FiniteGroups.parse(name));
    }

    /** A small abelian group's characters, described by the group's name. */
    static Gen<CharacterGroup> smallCharacters() {
        return Generate.pick(SMALL)
                .map(AbelianGenerators::characters)
                .describedAs(c -> c.decomposition().group().name());
    }

    /**
     * A random (not conjugate-symmetric) net with order in [0, maxQ] and coefficients in [-1, 1]².
     */
    static Gen<GroupNet> net(CharacterGroup characters, int maxQ) {
        return integers().between(0, maxQ).flatMap(q -> netOfOrder(characters, q));
    }

    /** A random net with exactly q nodes. */
    static Gen<GroupNet> netOfOrder(CharacterGroup characters, int q) {
        int n = characters.size();
        Gen<Double> value = doubles().between(-1, 1);
        return in -> {
            double[] re = new double[3 * n * q];
            double[] im = new double[3 * n * q];
            for (int i = 0; i < re.length; i++) {
                re[i] = value.generate(in);
                im[i] = value.generate(in);
            }
            return GroupNet.of(characters, q, re, im);
        };
    }

    /** Random real weights over a group of order n with q nodes, entries in [-1, 1]. */
    static Gen<RealWeights> realWeights(int n, int q) {
        return WeightGenerators.realWeights(n, q);
    }
}
