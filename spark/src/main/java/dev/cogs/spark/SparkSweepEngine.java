package dev.cogs.spark;

import dev.cogs.cli.sweep.RunSettings;
import dev.cogs.cli.sweep.RunSummary;
import dev.cogs.cli.sweep.SweepEngine;
import dev.cogs.cli.sweep.SweepExecution;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs a sweep on Apache Spark (docs/sweeps.md §6): the runs become one RDD partition each, so each
 * run is one Spark task; a task trains its run through {@link SweepExecution#runAlongside} (which
 * writes the run folder atomically into the shared output folder, or finds it there) and returns
 * its {@link RunSummary} to the driver. A retried or speculative task finds the run cached or keeps
 * one complete folder, so retries are safe.
 *
 * <p>{@code spark.task.cpus} is the trainer's thread count ({@value #TRAINER_THREADS}: a task
 * trains on its own thread, {@code dev.cogs.train.Trainer#trainOnCallingThread}, the same bits as
 * the two-thread trainer), so that Spark runs one run per core, as the local engine does. An
 * embedded master ({@code local}, {@code local[N]}, {@code local[*]}) binds the driver to
 * 127.0.0.1; the web UI is off. Under {@code spark-submit} the master and the rest of the
 * configuration come from spark-submit.
 */
public final class SparkSweepEngine implements SweepEngine {

    /** Threads of one training run (docs/sweeps.md §6). */
    public static final int TRAINER_THREADS = 1;

    private static final Pattern LOCAL = Pattern.compile("local(\\[(\\*|\\d+)(,\\d+)?\\])?");
    private static final Pattern STANDALONE = Pattern.compile("spark://(.+)");

    /** A new engine. */
    public SparkSweepEngine() {}

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public boolean reportsEachRun() {
        return false;
    }

    @Override
    public void check(Options options) {
        String master = master(options);
        Matcher local = LOCAL.matcher(master);
        if (local.matches()) {
            if (local.group(2) != null
                    && !local.group(2).equals("*")
                    && Integer.parseInt(local.group(2)) < 1) {
                throw new IllegalArgumentException(
                        "--master " + master + ": needs at least one thread");
            }
            return;
        }
        Matcher standalone = STANDALONE.matcher(master);
        if (standalone.matches()) {
            for (String hostPort : standalone.group(1).split(",")) {
                reach(master, hostPort.strip());
            }
            return;
        }
        if (master.equals("yarn") || master.startsWith("k8s://")) {
            return;
        }
        throw new IllegalArgumentException(
                "--master "
                        + master
                        + ": not a Spark master (local[N], local[*], spark://host:port, yarn,"
                        + " k8s://...)");
    }

    /** Opens and closes a TCP connection to a standalone master, 5 s at most. */
    private static void reach(String master, String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        String host = colon > 0 ? hostPort.substring(0, colon) : hostPort;
        int port;
        try {
            port = colon > 0 ? Integer.parseInt(hostPort.substring(colon + 1)) : 7077;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--master " + master + ": bad port in " + hostPort);
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 5000);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--master "
                            + master
                            + ": cannot be reached ("
                            + host
                            + ":"
                            + port
                            + ": "
                            + e.getMessage()
                            + ")");
        }
    }

    /** The master: spark-submit's when it set one, else the option. */
    private static String master(Options options) {
        String submitted = System.getProperty("spark.master");
        return submitted != null ? submitted : options.master();
    }

    /**
     * The Spark configuration of a sweep.
     *
     * @param master the master
     * @return the configuration
     */
    static SparkConf conf(String master) {
        SparkConf conf =
                new SparkConf()
                        .setAppName("cogs sweep")
                        .setMaster(master)
                        .set("spark.ui.enabled", "false")
                        .set("spark.ui.showConsoleProgress", "false");
        Matcher local = LOCAL.matcher(master);
        int cpus = TRAINER_THREADS;
        if (local.matches()) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
            String n = local.group(2);
            int threads =
                    n == null
                            ? 1
                            : n.equals("*")
                                    ? Runtime.getRuntime().availableProcessors()
                                    : Integer.parseInt(n);
            // local[N] refuses a task that needs more than N cores
            cpus = Math.max(1, Math.min(cpus, threads));
        }
        conf.set("spark.task.cpus", Integer.toString(cpus));
        return conf;
    }

    @Override
    public List<RunSummary> run(
            List<RunSettings> runs, Path out, Options options, Consumer<RunSummary> finished) {
        check(options);
        if (runs.isEmpty()) {
            return List.of();
        }
        String master = master(options);
        String dir = out.toAbsolutePath().toString();
        try (JavaSparkContext sc = new JavaSparkContext(conf(master))) {
            sc.setJobGroup("cogs-sweep", "cogs sweep", true);
            Thread canceller =
                    new Thread(
                            () -> {
                                try {
                                    while (!options.stop().getAsBoolean()) {
                                        Thread.sleep(200);
                                    }
                                    sc.cancelJobGroup("cogs-sweep");
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            },
                            "cogs-sweep-cancel");
            canceller.setDaemon(true);
            canceller.start();
            try {
                JavaRDD<RunSettings> rdd = sc.parallelize(new ArrayList<>(runs), runs.size());
                List<RunSummary> results =
                        rdd.map(s -> SweepExecution.runAlongside(s, Path.of(dir))).collect();
                // finished is not called: the driver sees the summaries only when every run has
                // ended, and the caller watches OUT for progress (reportsEachRun() is false)
                return results;
            } catch (RuntimeException e) {
                if (options.stop().getAsBoolean()) {
                    return List.of();
                }
                throw new IllegalStateException(
                        String.format(
                                Locale.ROOT,
                                "Spark job failed on %s: %s",
                                master,
                                e.getMessage() == null ? e : e.getMessage().split("\n")[0]),
                        e);
            } finally {
                canceller.interrupt();
            }
        }
    }
}
