package dev.cogs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogs.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code cogs bench train|construct --json}: tiny runs whose reports must be consistent with
 * themselves (percentages and floors from the rates they print, flop counts from d, q and n), and
 * bad options that are refused.
 */
class BenchJsonTest {

    /** Runs {@code cogs args…} and returns its exit status and standard output. */
    private static Object[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBuf, true, StandardCharsets.UTF_8));
            int status = Main.commandLine().execute(args);
            return new Object[] {status, buf.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void trainReportIsConsistent() throws Exception {
        Object[] r =
                run(
                        "bench",
                        "train",
                        "--d",
                        "5",
                        "--q",
                        "8",
                        "--rounds",
                        "1",
                        "--sgemm-size",
                        "32",
                        "--no-full-run",
                        "--python",
                        "/nonexistent",
                        "--blas-threads",
                        "1",
                        "--batch-runs",
                        "2",
                        "--batch-d",
                        "5",
                        "--json");
        assertEquals(0, r[0]);
        JsonNode j = new ObjectMapper().readTree((String) r[1]);
        assertEquals("train", j.get("benchmark").asText());
        double machine = j.get("sgemm").get("machineGflops").asDouble();
        JsonNode row = j.get("rows").get(0);
        // d = 5: 25 − ⌈2.5⌉ = 22 training pairs; 6·22·8·5 = 5 280 flops per step
        assertEquals(22, row.get("trainPairs").asInt());
        assertEquals(5280.0, row.get("flopsPerStep").asDouble(), 0.0);
        assertEquals(
                100 * row.get("gflops").asDouble() / machine,
                row.get("percentOfSgemm").asDouble(),
                1e-9);
        assertEquals(5280.0 / (machine * 1e9), row.get("floorSeconds").asDouble(), 1e-15);
        assertTrue(row.get("peerSecondsPerStep").isNull() || row.get("peerThreads").asInt() == 0);
        JsonNode batch = j.get("batches").get(0);
        assertEquals(2, batch.get("runs").asInt());
        assertEquals(
                batch.get("gflops").asDouble() / batch.get("sequentialGflops").asDouble(),
                batch.get("speedup").asDouble(),
                1e-9);
        assertTrue(j.get("environment").get("cores").asInt() >= 1);
    }

    @Test
    void constructReportCountsTheDataSpaceFlops() throws Exception {
        Object[] r =
                run(
                        "bench",
                        "construct",
                        "--sizes",
                        "11,13",
                        "--data-space-max-d",
                        "11",
                        "--repetitions",
                        "1",
                        "--warmup",
                        "0",
                        "--dgemm-size",
                        "32",
                        "--no-peer",
                        "--json");
        assertEquals(0, r[0]);
        JsonNode j = new ObjectMapper().readTree((String) r[1]);
        assertEquals("construct", j.get("benchmark").asText());
        JsonNode row = j.get("rows").get(0);
        // z_F4/6 at d = 11 has order 22: 2·11³·22 = 58 564 flops
        assertEquals(22, row.get("timing").get("order").asInt());
        assertEquals(58_564.0, row.get("dataSpaceFlops").asDouble(), 0.0);
        JsonNode blas = row.get("timing").get("blas");
        JsonNode java = row.get("timing").get("java");
        JsonNode spectral = row.get("timing").get("spectral");
        assertTrue(spectral.get("loss").asDouble() <= 1e-20);
        assertEquals(121, spectral.get("correct").asInt());
        assertEquals(
                blas.get("seconds").asDouble() / spectral.get("seconds").asDouble(),
                row.get("blasOverSpectral").asDouble(),
                1e-9 * row.get("blasOverSpectral").asDouble());
        assertTrue(blas.get("loss").asDouble() <= 1e-20);
        assertTrue(java.get("loss").asDouble() <= 1e-20);
        assertEquals(121, blas.get("correct").asInt());
        // the rates are the flops over the seconds, and their shares of the fastest dgemm
        double machine = j.get("dgemm").get("machineGflops").asDouble();
        assertEquals(32, j.get("dgemm").get("size").asInt());
        assertEquals(
                58_564.0 / blas.get("seconds").asDouble() / 1e9,
                row.get("blasGflops").asDouble(),
                1e-9 * row.get("blasGflops").asDouble());
        assertEquals(
                100 * row.get("javaGflops").asDouble() / machine,
                row.get("javaPercentOfDgemm").asDouble(),
                1e-9 * row.get("javaPercentOfDgemm").asDouble());
        // d = 13 is beyond --data-space-max-d: estimated, so no rate
        JsonNode est = j.get("rows").get(1);
        assertTrue(est.get("timing").get("blas").get("estimated").asBoolean());
        assertTrue(
                est.get("blasGflops").isNull() || Double.isNaN(est.get("blasGflops").asDouble()));
        // ... but the spectral evaluation is measured at every d
        assertFalse(est.get("timing").get("spectral").get("estimated").asBoolean());
        assertEquals(169, est.get("timing").get("spectral").get("correct").asInt());
    }

    @Test
    void constructRefusesAnUnknownEvaluator() throws Exception {
        Object[] r = run("bench", "construct", "--data-space", "gpu", "--sizes", "11");
        assertEquals(2, r[0]);
    }

    @Test
    void otReportPrintsItsOnlineCheck() throws Exception {
        // --no-fork: this test JVM's own loops; no POT comparison, only the online check at n = 60
        Object[] r =
                run(
                        "bench",
                        "ot",
                        "--no-fork",
                        "--runs",
                        "0",
                        "--check-size",
                        "60",
                        "--online-size",
                        "0",
                        "--json");
        assertEquals(0, r[0]);
        JsonNode j = new ObjectMapper().readTree((String) r[1]);
        JsonNode on = j.get("online").get(0);
        assertEquals(60, on.get("checkSize").asInt());
        assertTrue(on.get("checkDifference").asDouble() <= 1e-10, on.toString());
        assertTrue(j.get("ok").asBoolean());
    }

    @Test
    void badTrainOptionsAreRefused() {
        Object[] r = run("bench", "train", "--rounds", "0", "--json");
        assertEquals(2, r[0]);
    }
}
