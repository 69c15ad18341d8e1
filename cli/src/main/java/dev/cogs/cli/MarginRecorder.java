package dev.cogs.cli;

import dev.cogs.algebra.weights.DataSpaceEvaluation;
import dev.cogs.algebra.weights.DataSpaceEvaluator;
import dev.cogs.algebra.weights.EvaluationWithMargin;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.algebra.weights.SpectralDataSpace;
import dev.cogs.train.BlasDataSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data-space evaluator of {@code cogs construct --data-space spectral|blas}, keeping each net's
 * margin from the evaluation's own pass over the d² pairs, so that the margins printed after the
 * verification (docs/cogs-math.md §13.6) do not evaluate the nets a second time (nor hold their d³
 * outputs: 8 GB at d = 1009). With a spectral evaluator, a single-frequency net is evaluated by it
 * and any other by BLAS; without, every net by BLAS. It also records which evaluator ran, per call,
 * in order. A net not seen before is evaluated for its margin. Mutable and not thread-safe: one per
 * command.
 */
final class MarginRecorder implements DataSpaceEvaluator {

    /** The name of the spectral evaluator in {@link #ran()}. */
    static final String SPECTRAL = "spectral";

    /** The name of the BLAS evaluator in {@link #ran()}. */
    static final String BLAS = "blas";

    private final SpectralDataSpace spectral;
    private final BlasDataSpace blas;
    private final Map<RealWeights, Double> margins = new HashMap<>();
    private final List<String> ran = new ArrayList<>();

    private MarginRecorder(SpectralDataSpace spectral, BlasDataSpace blas) {
        this.spectral = spectral;
        this.blas = Objects.requireNonNull(blas, "blas");
    }

    /** Every net by {@code blas}. */
    static MarginRecorder blas(BlasDataSpace blas) {
        return new MarginRecorder(null, blas);
    }

    /** Single-frequency nets spectrally, the others by {@code blas}. */
    static MarginRecorder spectral(BlasDataSpace blas) {
        return new MarginRecorder(SpectralDataSpace.of(blas), blas);
    }

    @Override
    public DataSpaceEvaluation evaluate(RealWeights w) {
        boolean spectrally = spectrally(w);
        ran.add(spectrally ? SPECTRAL : BLAS);
        EvaluationWithMargin e = evaluateWithMargin(w, spectrally);
        margins.put(w, e.margin());
        return e.evaluation();
    }

    private boolean spectrally(RealWeights w) {
        return spectral != null && spectral.applies(w);
    }

    private EvaluationWithMargin evaluateWithMargin(RealWeights w, boolean spectrally) {
        if (spectrally) {
            return spectral.evaluateWithMargin(w);
        }
        BlasDataSpace.WithMargin e = blas.evaluateWithMargin(w);
        return new EvaluationWithMargin(e.evaluation(), e.margin());
    }

    /** The margin of {@code w}: recorded if {@code w} was evaluated, measured otherwise. */
    double margin(RealWeights w) {
        Double m = margins.get(w);
        return m != null ? m : evaluateWithMargin(w, spectrally(w)).margin();
    }

    /** The evaluator of each evaluation so far ({@link #SPECTRAL} or {@link #BLAS}), in order. */
    List<String> ran() {
        return List.copyOf(ran);
    }
}
