package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@link TrainingListener} that measures the weights at chosen evaluation epochs and keeps one
 * point per recorded epoch: every epoch divisible by {@code every}, and a sorted set of extra
 * epochs. The subclasses say what a point is ({@link ProgressTrajectory}, {@link
 * StructureTrajectory}).
 *
 * <p>The listener only sees evaluation epochs (docs/cogs-math.md §8: every {@code evalEvery}
 * epochs, every epoch below {@code evalAllBelow}, and once after the last step), so {@code every}
 * should be a multiple of the run's {@code evalEvery}. Evaluations arrive in increasing epoch
 * order; an epoch seen twice is recorded once.
 *
 * <p>This is a mutable accumulator and is not thread-safe; {@link #points()} returns an immutable
 * snapshot.
 *
 * @param <P> the recorded point
 */
public abstract class EpochRecorder<P> implements TrainingListener {

    private final int every;
    private final int[] extra;
    private final List<P> points = new ArrayList<>();
    private int lastEpoch = -1;

    /**
     * A recorder.
     *
     * @param every record at evaluation epochs divisible by this
     * @param extraEpochs further epochs to record (e.g. the analysed checkpoint and the last epoch)
     * @throws IllegalArgumentException if {@code every < 1} or an extra epoch is negative
     */
    protected EpochRecorder(int every, int... extraEpochs) {
        if (every < 1) {
            throw new IllegalArgumentException("every (" + every + ") must be >= 1");
        }
        for (int e : extraEpochs) {
            if (e < 0) {
                throw new IllegalArgumentException("extra epoch (" + e + ") must be >= 0");
            }
        }
        this.every = every;
        this.extra = extraEpochs.clone();
        Arrays.sort(this.extra);
    }

    /**
     * The point recorded at an epoch.
     *
     * @param epoch the evaluation epoch
     * @param weights the weights at that epoch (before its update)
     * @return the point
     */
    protected abstract P measure(int epoch, RealWeights weights);

    /**
     * Whether an evaluation at this epoch is recorded.
     *
     * @param epoch the epoch
     * @return whether it is a multiple of {@code every} or one of the extra epochs
     */
    public final boolean records(int epoch) {
        return epoch % every == 0 || Arrays.binarySearch(extra, epoch) >= 0;
    }

    @Override
    public final void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate) {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(weightsBeforeUpdate, "weightsBeforeUpdate");
        int epoch = point.epoch();
        if (!records(epoch) || epoch <= lastEpoch) {
            return;
        }
        points.add(measure(epoch, weightsBeforeUpdate));
        lastEpoch = epoch;
    }

    /**
     * The recorded points in epoch order.
     *
     * @return an immutable snapshot
     */
    public final List<P> points() {
        return List.copyOf(points);
    }
}
