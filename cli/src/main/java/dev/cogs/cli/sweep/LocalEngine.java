package dev.cogs.cli.sweep;

import dev.cogs.cli.report.ProgressListener;
import dev.cogs.nets.run.TrainingListener;
import dev.cogs.train.Trainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The in-process engine (docs/sweeps.md §6). One run goes alone on the trainer's own two threads,
 * with a progress bar. Several runs go side by side, one run per core and one thread per run
 * ({@link Trainer#trainOnCallingThread}): the same bits as alone, without the trainer's thread
 * hand-offs at every phase of a step, which dominate small runs (docs/performance.md, "Several runs
 * at once"). Workers take the runs in plan order; {@code finished} hears each run as it ends.
 */
public final class LocalEngine implements SweepEngine {

    private final int workers;

    /** An engine with one worker per available processor. */
    public LocalEngine() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * An engine with a given number of workers.
     *
     * @param workers runs trained at the same time, {@code >= 1}
     * @throws IllegalArgumentException if {@code workers < 1}
     */
    public LocalEngine(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers (" + workers + ") must be >= 1");
        }
        this.workers = workers;
    }

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
        int n = Math.min(workers, runs.size());
        if (n <= 1) {
            return oneByOne(runs, out, options, finished);
        }
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        n,
                        r -> {
                            Thread t = new Thread(r, "cogs-sweep-local");
                            t.setDaemon(true);
                            return t;
                        });
        try {
            List<Future<RunSummary>> futures = new ArrayList<>();
            for (RunSettings s : runs) {
                futures.add(
                        pool.submit(
                                () -> {
                                    if (options.stop().getAsBoolean()) {
                                        return null;
                                    }
                                    RunSummary r =
                                            SweepExecution.runOne(
                                                    s,
                                                    out,
                                                    TrainingListener.stopWhen(options.stop()),
                                                    Trainer::trainOnCallingThread);
                                    synchronized (finished) {
                                        finished.accept(r);
                                    }
                                    return r;
                                }));
            }
            List<RunSummary> done = new ArrayList<>();
            for (Future<RunSummary> f : futures) {
                RunSummary r = f.get();
                if (r != null) {
                    done.add(r);
                }
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the runs", e);
        } catch (ExecutionException e) {
            // runOne records a failing run and never throws; what arrives here is an Error
            throw new IllegalStateException(e.getCause().toString(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<RunSummary> oneByOne(
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
