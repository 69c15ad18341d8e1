package dev.cogs.bench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.cli.sweep.LocalEngine;
import dev.cogs.cli.sweep.RunSettings;
import dev.cogs.cli.sweep.SweepEngine;
import dev.cogs.cli.sweep.SweepReport;
import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.sweep.SweepPlan;
import dev.cogs.nets.sweep.SweepSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SweepAgreement} finds every kind of difference between two copies of a sweep's output, and
 * only those: a changed weight byte, a changed record field, a missing run, a changed report; not a
 * different training time.
 */
class SweepAgreementTest {

    /** The tiny sweep, computed once for the class. */
    @TempDir static Path computed;

    private static SweepPlan plan;

    @TempDir Path tmp;
    private Path a;
    private Path b;

    @BeforeAll
    static void aTinySweep() throws IOException {
        plan =
                SweepPlan.of(
                        SweepSpec.of(
                                List.of(5),
                                List.of(8),
                                List.of(1e-4),
                                List.of(0.01),
                                List.of(1L, 2L),
                                60,
                                null,
                                TrainingConfig.defaults(5)));
        new LocalEngine()
                .run(
                        plan.runs().stream().map(RunSettings::of).toList(),
                        computed,
                        new SweepEngine.Options("local", false, () -> false),
                        r -> {});
        SweepReport.write(computed, plan);
    }

    @BeforeEach
    void twoCopies() throws IOException {
        a = tmp.resolve("a");
        b = tmp.resolve("b");
        copy(computed, a);
        copy(computed, b);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private Path run(Path out, int i) {
        return out.resolve("runs").resolve(plan.runs().get(i).key());
    }

    @Test
    void aCopyAgrees() throws IOException {
        SweepAgreement g = SweepAgreement.compare(plan, a, b);
        assertTrue(g.ok(), g.toString());
        assertEquals(2, g.identical());
    }

    @Test
    void trainingTimesDoNotCount() throws IOException {
        Path rec = run(b, 0).resolve("run.json");
        String s = Files.readString(rec, StandardCharsets.UTF_8);
        String changed = s.replaceFirst("\"nanos\"\\s*:\\s*\\d+", "\"nanos\" : 1");
        assertFalse(s.equals(changed), "run.json has a nanos field");
        Files.writeString(rec, changed, StandardCharsets.UTF_8);
        Path report = b.resolve("sweep.json");
        String r = Files.readString(report, StandardCharsets.UTF_8);
        String r2 = r.replaceFirst("\"seconds\"\\s*:\\s*[0-9.Ee-]+", "\"seconds\" : 12345.0");
        assertFalse(r.equals(r2), "sweep.json has a seconds field");
        Files.writeString(report, r2, StandardCharsets.UTF_8);
        assertTrue(SweepAgreement.compare(plan, a, b).ok());
    }

    @Test
    void oneChangedWeightByteIsFound() throws IOException {
        Path w = run(b, 1).resolve("W.npy");
        byte[] bytes = Files.readAllBytes(w);
        bytes[bytes.length - 1] ^= 1;
        Files.write(w, bytes);
        SweepAgreement g = SweepAgreement.compare(plan, a, b);
        assertFalse(g.ok());
        assertEquals(1, g.identical());
        assertEquals(
                List.of(plan.runs().get(1).key() + ": W.npy differs at byte " + (bytes.length - 1)),
                g.differences());
    }

    @Test
    void aChangedRecordFieldIsFound() throws IOException {
        Path rec = run(b, 0).resolve("run.json");
        String s = Files.readString(rec, StandardCharsets.UTF_8);
        String changed = s.replaceFirst("\"diverged\"\\s*:\\s*false", "\"diverged\" : true");
        assertFalse(s.equals(changed), "run.json has a diverged field");
        Files.writeString(rec, changed, StandardCharsets.UTF_8);
        SweepAgreement g = SweepAgreement.compare(plan, a, b);
        assertEquals(
                List.of(plan.runs().get(0).key() + ": run.json differs (timing aside)"),
                g.differences());
    }

    @Test
    void aMissingRunAndAMissingReportAreFound() throws IOException {
        SweepBench.deleteTree(run(a, 0));
        Files.delete(b.resolve("sweep.json"));
        SweepAgreement g = SweepAgreement.compare(plan, a, b);
        assertEquals(1, g.identical());
        assertFalse(g.reportsAgree());
        assertEquals(2, g.differences().size(), g.toString());
        assertTrue(g.differences().get(0).startsWith(plan.runs().get(0).key() + ": missing in "));
        assertTrue(g.differences().get(1).startsWith("sweep.json: missing in "));
    }

    @Test
    void theWarmUpIsOneShortRunOfTheFirstShape() {
        SweepPlan big =
                SweepPlan.of(
                        SweepSpec.of(
                                List.of(23, 71),
                                List.of(256, 512),
                                List.of(5e-5),
                                List.of(0.01),
                                List.of(1L, 2L),
                                10_000,
                                null,
                                TrainingConfig.defaults(23)));
        SweepPlan w = SweepBench.warmUpPlan(big);
        assertEquals(1, w.runs().size());
        TrainingConfig c = w.runs().get(0);
        assertEquals(big.runs().get(0).withEpochs(200).withCheckpointEpoch(200).key(), c.key());
        assertEquals(60, SweepBench.warmUpPlan(plan).runs().get(0).epochs());
    }
}
