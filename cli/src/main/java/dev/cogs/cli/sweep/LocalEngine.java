package dev.cogs.cli.sweep;

import dev.cogs.cli.report.ProgressListener;
import dev.cogs.nets.run.TrainingListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The in-process engine: the runs one after the other on the calling thread (each run uses the
 * trainer's own two threads), with a progress bar per run.
 */
public final class LocalEngine implements SweepEngine {

    /** A new engine. */
    public LocalEngine() {}

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean reportsEachRun() {
        return true;
    }

    @Override
    public void check(Options options) {
        // nothing to reach
    }

    @Override
    public List<RunSummary> run(
            List<RunSettings> runs, Path out, Options options, Consumer<RunSummary> finished) {
        List<RunSummary> done = new ArrayList<>();
        for (RunSettings s : runs) {
            if (options.stop().getAsBoolean()) {
                break;
            }
            ProgressListener bar =
                    options.showProgress()
                            ? new ProgressListener(
                                    String.format(
                                            Locale.ROOT,
                                            "%s q=%d wd=%s seed %d",
                                            s.task(),
                                            s.q(),
                                            s.weightDecay(),
                                            s.seed()),
                                    s.epochs())
                            : null;
            RunSummary r;
            try {
                r =
                        SweepExecution.runOne(
                                s,
                                out,
                                TrainingListener.all(
                                        bar != null ? bar : TrainingListener.none(),
                                        TrainingListener.stopWhen(options.stop())));
                if (bar != null && r.ok()) {
                    bar.finish(s.epochs());
                }
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            done.add(r);
            finished.accept(r);
        }
        return done;
    }
}
