package dev.cogs.bench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.cli.report.RunCache;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.sweep.SweepPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether two sweeps of one plan, written by two engines into two output folders, computed the same
 * thing: every run folder holds the same files, the weights ({@code *.npy}) byte for byte and
 * {@code run.json} equal apart from its training time ({@code nanos}); and the two {@code
 * sweep.json} agree apart from the runs' {@code seconds}. Immutable.
 *
 * @param runs runs of the plan compared
 * @param identical runs whose folders agree
 * @param reportsAgree whether the two {@code sweep.json} agree (timings aside)
 * @param differences what differs, one line each (empty when everything agrees)
 */
public record SweepAgreement(
        int runs, int identical, boolean reportsAgree, List<String> differences) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Copies the list.
     *
     * @param runs see the record description
     * @param identical see the record description
     * @param reportsAgree see the record description
     * @param differences see the record description
     */
    public SweepAgreement {
        differences = List.copyOf(differences);
    }

    /**
     * Whether everything agrees.
     *
     * @return true if every run and the reports agree
     */
    public boolean ok() {
        return identical == runs && reportsAgree;
    }

    /**
     * Compares the two output folders of a plan.
     *
     * @param plan the plan both sweeps ran (its full plan)
     * @param a one output folder
     * @param b the other
     * @return the comparison
     * @throws IOException if a folder cannot be listed or a file read
     */
    public static SweepAgreement compare(SweepPlan plan, Path a, Path b) throws IOException {
        Objects.requireNonNull(plan, "plan");
        RunCache ca = new RunCache(a);
        RunCache cb = new RunCache(b);
        List<String> differences = new ArrayList<>();
        int identical = 0;
        List<TrainingConfig> runs = plan.full().runs();
        for (TrainingConfig c : runs) {
            String before = String.join("\n", differences);
            compareRun(c.key(), ca.dir(c), cb.dir(c), differences);
            if (String.join("\n", differences).equals(before)) {
                identical++;
            }
        }
        boolean reports = true;
        Path ja = a.resolve("sweep.json");
        Path jb = b.resolve("sweep.json");
        if (!Files.isRegularFile(ja) || !Files.isRegularFile(jb)) {
            reports = false;
            differences.add("sweep.json: missing in " + (Files.isRegularFile(ja) ? b : a));
        } else if (!untimedReport(ja).equals(untimedReport(jb))) {
            reports = false;
            differences.add("sweep.json: differs (timings aside)");
        }
        return new SweepAgreement(runs.size(), identical, reports, differences);
    }

    private static void compareRun(String key, Path da, Path db, List<String> differences)
            throws IOException {
        if (!Files.isDirectory(da) || !Files.isDirectory(db)) {
            differences.add(key + ": missing in " + (Files.isDirectory(da) ? db : da));
            return;
        }
        TreeSet<String> fa = names(da);
        TreeSet<String> fb = names(db);
        if (!fa.equals(fb)) {
            differences.add(key + ": different files " + fa + " vs " + fb);
            return;
        }
        for (String f : fa) {
            Path pa = da.resolve(f);
            Path pb = db.resolve(f);
            if (f.equals("run.json")) {
                if (!untimedRecord(pa).equals(untimedRecord(pb))) {
                    differences.add(key + ": run.json differs (timing aside)");
                }
            } else if (Files.mismatch(pa, pb) != -1) {
                differences.add(key + ": " + f + " differs at byte " + Files.mismatch(pa, pb));
            }
        }
    }

    private static TreeSet<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** A run record without its training time. */
    private static JsonNode untimedRecord(Path file) throws IOException {
        JsonNode n = MAPPER.readTree(file.toFile());
        if (n instanceof ObjectNode o) {
            o.remove("nanos");
        }
        return n;
    }

    /** A sweep report without the runs' training times. */
    private static JsonNode untimedReport(Path file) throws IOException {
        JsonNode n = MAPPER.readTree(file.toFile());
        JsonNode runs = n.get("runs");
        if (runs != null) {
            for (JsonNode r : runs) {
                if (r instanceof ObjectNode o) {
                    o.remove("seconds");
                }
            }
        }
        return n;
    }
}
