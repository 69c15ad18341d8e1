package dev.cogs.yoneda;

import dev.cogs.algebra.weights.RealWeights;
import java.util.Objects;

/**
 * A net entering the experiment.
 *
 * @param name its name in the report (e.g. "zF6", "seed 3")
 * @param kind what it is, for the predictions
 * @param weights its weights
 */
public record NamedNet(String name, NetKind kind, RealWeights weights) {

    /**
     * Validates.
     *
     * @param name the name
     * @param kind the kind
     * @param weights the weights
     * @throws IllegalArgumentException if the name is blank
     */
    public NamedNet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(weights, "weights");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    /**
     * A trained net (kind {@link NetKind#TRAINED}).
     *
     * @param name the name
     * @param weights the weights
     * @return the named net
     */
    public static NamedNet trained(String name, RealWeights weights) {
        return new NamedNet(name, NetKind.TRAINED, weights);
    }
}
