package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.FourierNet;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link TrainingListener} that records the {@link PotentialPoint sum potentials} of the paper's
 * Fig. 3 (docs/cogs-math.md §7.3) at every evaluation epoch: the trained weights are mapped into
 * the weight semiring by {@link FourierNet#fromReal(RealWeights)} and the potentials are evaluated
 * there.
 *
 * <p>This is a mutable accumulator and is not thread-safe; {@link #points()} returns an immutable
 * snapshot. Cost per evaluation: O(d²·q) for the transform.
 */
public final class PotentialTrajectory implements TrainingListener {

    private final List<PotentialPoint> points = new ArrayList<>();

    /** Creates an empty recorder. */
    public PotentialTrajectory() {
        // Explicit for the Javadoc.
    }

    @Override
    public void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate) {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(weightsBeforeUpdate, "weightsBeforeUpdate");
        points.add(PotentialPoint.of(point.epoch(), FourierNet.fromReal(weightsBeforeUpdate)));
    }

    /**
     * The recorded points in evaluation order.
     *
     * @return an immutable snapshot
     */
    public List<PotentialPoint> points() {
        return List.copyOf(points);
    }
}
