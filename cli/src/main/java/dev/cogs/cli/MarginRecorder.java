package dev.cogs.cli;

import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.DataSpaceEvaluator;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.train.BlasDataSpace;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The BLAS data-space evaluator of {@code cogs construct}, keeping each net's margin from the same
 * pass of products, so that the margins printed after the verification (docs/cogs-math.md §13.6) do
 * not evaluate the nets a second time (nor hold their d³ outputs: 8 GB at d = 1009). A net not seen
 * before is evaluated for its margin. Mutable and not thread-safe: one per command.
 */
final class MarginRecorder implements DataSpaceEvaluator {

    private final BlasDataSpace blas;
    private final Map<RealWeights, Double> margins = new HashMap<>();

    MarginRecorder(BlasDataSpace blas) {
        this.blas = Objects.requireNonNull(blas, "blas");
    }

    @Override
    public DataSpaceEvaluation evaluate(RealWeights w) {
        BlasDataSpace.WithMargin e = blas.evaluateWithMargin(w);
        margins.put(w, e.margin());
        return e.evaluation();
    }

    /** The margin of {@code w}: recorded if {@code w} was evaluated, measured otherwise. */
    double margin(RealWeights w) {
        Double m = margins.get(w);
        return m != null ? m : blas.evaluateWithMargin(w).margin();
    }
}
