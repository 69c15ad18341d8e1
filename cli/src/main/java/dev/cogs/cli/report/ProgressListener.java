package dev.cogs.cli.report;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.run.EvaluationPoint;
import dev.cogs.nets.run.TrainingListener;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A console progress bar for one training run (epoch, train loss, test accuracy, time left),
 * updated at the evaluation epochs. Not thread-safe; close it when the run ends.
 */
public final class ProgressListener implements TrainingListener, AutoCloseable {

    private final ProgressBar bar;

    /**
     * Opens a bar.
     *
     * @param task the label, e.g. {@code "d=23 seed 1/5"}
     * @param epochs the number of epochs
     */
    public ProgressListener(String task, int epochs) {
        this.bar =
                new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(epochs)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(250)
                        .setMaxRenderedLength(110)
                        .continuousUpdate()
                        .build();
    }

    @Override
    public void onEvaluation(EvaluationPoint p, RealWeights weightsBeforeUpdate) {
        bar.stepTo(p.epoch());
        bar.setExtraMessage(
                String.format(
                        Locale.ROOT,
                        "loss %.2e test acc %5.1f%%",
                        p.trainLoss(),
                        100 * p.testAccuracy()));
    }

    /**
     * Marks the run as finished at the given epoch.
     *
     * @param epoch the last epoch reached
     */
    public void finish(int epoch) {
        bar.stepTo(epoch);
    }

    @Override
    public void close() {
        bar.close();
    }
}
