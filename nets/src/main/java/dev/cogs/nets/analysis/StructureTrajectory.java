package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.run.TrainingListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@link TrainingListener} that runs the full docs/cogs-math.md §9 analysis ({@link NetAnalysis})
 * at chosen evaluation epochs and keeps a {@link StructurePoint} for each: the matched fraction as
 * a function of training time.
 *
 * <p>The listener only sees evaluation epochs (docs/cogs-math.md §8: every {@code evalEvery}
 * epochs, every epoch below {@code evalAllBelow}, and once after the last step), so {@code every}
 * should be a multiple of the run's {@code evalEvery}. Cost per recorded epoch: one Fourier
 * transform, O(d²·q), and at most 720 column orders per group of six.
 *
 * <p>This is a mutable accumulator and is not thread-safe; {@link #points()} returns an immutable
 * snapshot.
 */
public final class StructureTrajectory implements TrainingListener {

    private final int every;
    private final int[] extra;
    private final List<StructurePoint> points = new ArrayList<>();

    /**
     * A recorder.
     *
     * @param every record at evaluation epochs divisible by this
     * @param extraEpochs further epochs to record (e.g. the analysed checkpoint and the last epoch)
     * @throws IllegalArgumentException if {@code every < 1} or an extra epoch is negative
     */
    public StructureTrajectory(int every, int... extraEpochs) {
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
     * A recorder for one run: every {@code every} epochs, at the analysed checkpoint and after the
     * last step.
     *
     * @param config the run
     * @param every the interval, a multiple of {@code config.evalEvery()} to be seen at all
     * @return the recorder
     * @throws IllegalArgumentException if {@code every < 1}
     */
    public static StructureTrajectory forRun(TrainingConfig config, int every) {
        Objects.requireNonNull(config, "config");
        return new StructureTrajectory(every, config.checkpointEpoch(), config.epochs());
    }

    /**
     * Whether an evaluation at this epoch is recorded.
     *
     * @param epoch the epoch
     * @return whether it is a multiple of {@code every} or one of the extra epochs
     */
    public boolean records(int epoch) {
        return epoch % every == 0 || Arrays.binarySearch(extra, epoch) >= 0;
    }

    @Override
    public void onEvaluation(EvaluationPoint point, RealWeights weightsBeforeUpdate) {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(weightsBeforeUpdate, "weightsBeforeUpdate");
        int epoch = point.epoch();
        // evaluations arrive in increasing epoch order; a repeated epoch is recorded once
        if (!records(epoch)
                || (!points.isEmpty() && points.get(points.size() - 1).epoch() >= epoch)) {
            return;
        }
        points.add(StructurePoint.of(epoch, NetAnalysis.of(weightsBeforeUpdate).statistics()));
    }

    /**
     * The recorded points in epoch order.
     *
     * @return an immutable snapshot
     */
    public List<StructurePoint> points() {
        return List.copyOf(points);
    }
}
