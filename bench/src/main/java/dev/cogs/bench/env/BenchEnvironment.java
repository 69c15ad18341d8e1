package dev.cogs.bench.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The machine and build of one benchmark run. Immutable.
 *
 * @param cores processors visible to the JVM
 * @param cpu CPU model ({@code /proc/cpuinfo}, "unknown" elsewhere)
 * @param java Java version
 * @param vm JVM name
 * @param os operating system and architecture
 * @param commit {@code git describe --always --dirty} of the working directory, or "unknown"
 * @param loadAverage 1-minute load average when the run started ({@code /proc/loadavg}; −1 if
 *     unknown): the machine may be shared, so absolute times move with it, ratios measured in the
 *     same run much less
 * @param started when the run started (ISO-8601, UTC)
 */
public record BenchEnvironment(
        int cores,
        String cpu,
        String java,
        String vm,
        String os,
        String commit,
        double loadAverage,
        String started) {

    /**
     * Validates the record.
     *
     * @param cores see the record description
     * @param cpu see the record description
     * @param java see the record description
     * @param vm see the record description
     * @param os see the record description
     * @param commit see the record description
     * @param loadAverage see the record description
     * @param started see the record description
     * @throws NullPointerException if a string is null
     * @throws IllegalArgumentException if {@code cores < 1}
     */
    public BenchEnvironment {
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(started, "started");
        if (cores < 1) {
            throw new IllegalArgumentException("cores (" + cores + ") must be >= 1");
        }
    }

    /**
     * This JVM's machine and build, now.
     *
     * @return the environment
     */
    public static BenchEnvironment capture() {
        return new BenchEnvironment(
                Runtime.getRuntime().availableProcessors(),
                cpuModel(),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                gitDescribe(),
                currentLoadAverage(),
                Instant.now().toString());
    }

    /**
     * The 1-minute load average, or −1 where {@code /proc/loadavg} is missing.
     *
     * @return the load average
     */
    public static double currentLoadAverage() {
        try {
            String s = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim();
            return Double.parseDouble(s.split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String cpuModel() {
        try {
            for (String line :
                    Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the model stays unknown
        }
        return "unknown";
    }

    /**
     * The working directory's commit, {@code git describe --always --dirty --abbrev=12}, or
     * "unknown" without git or outside a repository.
     *
     * @return the commit
     */
    public static String gitDescribe() {
        try {
            Process p =
                    new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=12")
                            .redirectErrorStream(true)
                            .start();
            String out =
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty()) {
                return out;
            }
        } catch (IOException e) {
            // no git: unknown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
    }
}
