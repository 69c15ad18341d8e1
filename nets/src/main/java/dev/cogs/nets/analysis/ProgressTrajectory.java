package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.TrainingConfig;
import java.util.Objects;

/**
 * Records the {@link ProgressPoint progress measures} of docs/cogs-math.md §13 at chosen evaluation
 * epochs of a cogs run (see {@link EpochRecorder} for which epochs): the same measures {@link
 * RunTrajectory} computes from the checkpoint files of an imported run. Cost per recorded epoch:
 * O(d³·q) (the outputs on all d² pairs).
 */
public final class ProgressTrajectory extends EpochRecorder<ProgressPoint> {

    /**
     * A recorder.
     *
     * @param every record at evaluation epochs divisible by this
     * @param extraEpochs further epochs to record (e.g. the analysed checkpoint and the last epoch)
     * @throws IllegalArgumentException if {@code every < 1} or an extra epoch is negative
     */
    public ProgressTrajectory(int every, int... extraEpochs) {
        super(every, extraEpochs);
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
    public static ProgressTrajectory forRun(TrainingConfig config, int every) {
        Objects.requireNonNull(config, "config");
        return new ProgressTrajectory(every, config.checkpointEpoch(), config.epochs());
    }

    @Override
    protected ProgressPoint measure(int epoch, RealWeights weights) {
        return ProgressPoint.of(epoch, weights);
    }
}
