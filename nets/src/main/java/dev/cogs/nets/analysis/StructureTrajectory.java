package dev.cogs.nets.analysis;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.TrainingConfig;
import java.util.Objects;

/**
 * Runs the full docs/cogs-math.md §9 analysis ({@link NetAnalysis}) at chosen evaluation epochs
 * (see {@link EpochRecorder} for which) and keeps a {@link StructurePoint} for each: the matched
 * fraction as a function of training time. Cost per recorded epoch: one Fourier transform, O(d²·q),
 * and at most 720 column orders per group of six.
 */
public final class StructureTrajectory extends EpochRecorder<StructurePoint> {

    /**
     * A recorder.
     *
     * @param every record at evaluation epochs divisible by this
     * @param extraEpochs further epochs to record (e.g. the analysed checkpoint and the last epoch)
     * @throws IllegalArgumentException if {@code every < 1} or an extra epoch is negative
     */
    public StructureTrajectory(int every, int... extraEpochs) {
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
    public static StructureTrajectory forRun(TrainingConfig config, int every) {
        Objects.requireNonNull(config, "config");
        return new StructureTrajectory(every, config.checkpointEpoch(), config.epochs());
    }

    @Override
    protected StructurePoint measure(int epoch, RealWeights weights) {
        return StructurePoint.of(epoch, NetAnalysis.of(weights).statistics());
    }
}
