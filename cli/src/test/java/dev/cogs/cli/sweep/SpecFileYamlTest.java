package dev.cogs.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.nets.run.TrainingConfig;
import dev.cogs.nets.sweep.SweepPlan;
import dev.cogs.nets.sweep.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML sweep specs (docs/sweeps.md §1.1): the same spec as its JSON twin, key for key, for every
 * form documented for JSON; YAML's implicit types read as the command line reads them; YAML
 * features without a JSON counterpart refused in one line; the documented example files.
 */
class SpecFileYamlTest {

    private static SweepSpec spec(SpecFile.Values v) {
        return SpecFile.combine(v, null, null, null, null, null, null, null);
    }

    private static List<String> keys(SpecFile.Values v) {
        return SweepPlan.of(spec(v)).keys();
    }

    private static Path docs() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("docs").resolve("examples"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "no docs/examples above " + Path.of("").toAbsolutePath());
        return dir.resolve("docs").resolve("examples");
    }

    /**
     * The authors' grid written out run by run, independently of {@link SweepPlan}: d outermost,
     * then q, wd, lr and the seed innermost (docs/sweeps.md §2).
     */
    private static List<String> paperGridKeys() {
        List<String> keys = new ArrayList<>();
        for (int d : new int[] {23, 71, 127}) {
            for (int q : new int[] {256, 512, 1024, 2048}) {
                for (double wd : new double[] {1e-5, 5e-5, 1e-4, 2e-4, 5e-4}) {
                    for (long seed = 1; seed <= 5; seed++) {
                        keys.add(
                                TrainingConfig.defaults(d)
                                        .withQ(q)
                                        .withWeightDecay(wd)
                                        .withLearningRate(0.01)
                                        .withTestFraction(0.1)
                                        .withEpochs(10_000)
                                        .withCheckpointEpoch(9_900)
                                        .withSeed(seed)
                                        .key());
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void theDocumentedGridFilesGiveThePapersThreeHundredRuns() {
        List<String> expected = paperGridKeys();
        assertEquals(300, expected.size());
        assertEquals(300, expected.stream().distinct().count(), "the keys must tell runs apart");
        for (String name : List.of("sweep-grid.json", "sweep-grid.yaml")) {
            SpecFile.Values v = SpecFile.read(docs().resolve(name));
            assertEquals(expected, keys(v), name);
        }
    }

    @Test
    void theDocumentedFig4FileIsTheQ512Slice() {
        List<String> slice = paperGridKeys().stream().filter(k -> k.contains("-q512-")).toList();
        assertEquals(75, slice.size()); // 3 d × 5 wd × 5 seeds
        assertEquals(slice, keys(SpecFile.read(docs().resolve("sweep-fig4.json"))));
    }

    @Test
    void everyDocumentedJsonFormReadsTheSameInYaml() {
        // {JSON, YAML} pairs: arrays, a range string, a single number, a comma list in one string,
        // exponents, flow and block style, every scalar key
        String[][] pairs = {
            {"{\"d\": [23, 71, 127]}", "d: [23, 71, 127]"},
            {"{\"d\": [23, 71, 127]}", "d:\n  - 23\n  - 71\n  - 127\n"},
            {"{\"d\": \"23,71,127\"}", "d: 23,71,127"},
            {"{\"d\": \"23, 71\"}", "d: 23, 71"},
            {"{\"d\": 23}", "d: 23"},
            {"{\"seeds\": \"1-5\"}", "seeds: 1-5"},
            {"{\"seeds\": \"1-5\"}", "seeds: '1-5'"},
            {"{\"seeds\": \"1-3,7\"}", "seeds: 1-3,7"},
            {"{\"seeds\": [1, 2, 3]}", "seeds: [1, 2, 3]"},
            {"{\"wd\": [1e-5, 5e-5, 1e-4]}", "wd: [1e-5, 5e-5, 1e-4]"},
            {"{\"wd\": 1e-5}", "wd: 1e-5"},
            {"{\"wd\": 1E-5}", "wd: 1E-5"},
            {"{\"wd\": \"1e-5,5e-5\"}", "wd: 1e-5,5e-5"},
            {"{\"wd\": 0.0002}", "wd: 0.0002"},
            {"{\"wd\": 5.0E-4}", "wd: 5.0E-4"},
            {"{\"wd\": 0}", "wd: 0"},
            {"{\"lr\": [0.01, 0.003]}", "lr: [0.01, 0.003]"},
            {"{\"lr\": 1e-2}", "lr: 1e-2"},
            {"{\"q\": [256, 512]}", "q: [256, 512]"},
            {
                "{\"epochs\": 300, \"checkpoint\": 250, \"testFraction\": 0.2}",
                "epochs: 300\ncheckpoint: 250\ntestFraction: 0.2"
            },
            {
                "{\"beta1\": 0.8, \"beta2\": 0.95, \"epsilon\": 1e-7}",
                "beta1: 0.8\nbeta2: 0.95\nepsilon: 1e-7"
            },
            {"{\"evalEvery\": 50, \"evalAllBelow\": 0}", "evalEvery: 50\nevalAllBelow: 0"},
            {"{\"d\": [5], \"q\": [8]}", "{d: [5], q: [8]}"},
            {"{\"d\": [5], \"q\": [8]}", "---\nd: [5]   # a comment\nq: [8]\n...\n"},
            {"{\"d\": [5], \"q\": [8]}", "\"d\": [5]\n\"q\": [8]"},
        };
        for (String[] p : pairs) {
            SpecFile.Values json = SpecFile.parse(p[0]);
            SpecFile.Values yaml = SpecFile.parse(p[1], SpecFile.Format.YAML);
            assertEquals(json, yaml, p[1]);
            assertEquals(keys(json), keys(yaml), p[1]);
        }
    }

    @Test
    void yamlScalarsAreReadAsTheCommandLineReadsThem() {
        SpecFile.Values v =
                SpecFile.parse(
                        "d: 23,71\nwd: 1e-5\nseeds: 1-5\nepsilon: 1e-8\nlr: 0.01",
                        SpecFile.Format.YAML);
        assertEquals(List.of(23, 71), v.d());
        // the number 1e-5, exactly as Double.parseDouble reads the command line's --wd 1e-5
        assertEquals(List.of(Double.parseDouble("1e-5")), v.wd());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), v.seeds());
        assertEquals(1e-8, v.base().epsilon(), 0.0);
        assertEquals(List.of(0.01), v.lr());
    }

    @Test
    void yamlFeaturesWithoutAJsonCounterpartAreRefusedInOneLine() {
        String[][] cases = {
            {"d: [5]\nd: [7]", "Duplicate field 'd'"},
            {"d: &a [5]\nq: *a", "anchor"},
            {"d: [5]\nq: *a", "alias"},
            {"d: !!str 5", "tag !!str (line 1, column 4)"},
            {"d: [5]\n---\nq: [8]", "more than one YAML document"},
            {"seeds: 010", "'010'"},
            {"q: 0x100", "'0x100'"},
            {"q: 0b101", "'0b101'"},
            {"epochs: 10_000", "'10_000'"},
            {"wd: .inf", "'.inf'"},
            {"wd: [.nan]", "'.nan'"},
            {"epochs: 1:30", "epochs"},
            {"checkpoint: yes", "not an integer"},
            {"- 5\n- 7", "one mapping"},
            {"", "one mapping"},
            {"just text", "one mapping"},
            {"d: [5\nq: 8", "not YAML"},
            {"d: [5]\nvarience: 1", "unknown key 'varience'"},
            {"d: []", "axis d is empty"},
            {"? [a, b]\n: 1", "not YAML"},
        };
        for (String[] c : cases) {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> spec(SpecFile.parse(c[0], SpecFile.Format.YAML)),
                            c[0]);
            String m = e.getMessage();
            assertTrue(m.contains(c[1]), c[0] + " -> " + m);
            assertFalse(m.contains("\n"), c[0] + " -> multi-line: " + m);
        }
    }

    @Test
    void invalidValuesGetTheMessagesOfJson() {
        String[][] cases = {
            {"wd: [-1e-5]", "wd (-1.0E-5) must be finite and >= 0"},
            {"lr: [0]", "lr (0.0) must be finite and > 0"},
            {"q: [0]", "q (0) must be >= 1"},
            {"wd: 1e999", "wd (Infinity) must be finite"},
            {"seeds: 5-1", "range 5-1 decreases"},
        };
        for (String[] c : cases) {
            String json = messageOf(() -> spec(SpecFile.parse(toJson(c[0]))));
            String yaml = messageOf(() -> spec(SpecFile.parse(c[0], SpecFile.Format.YAML)));
            assertTrue(yaml.contains(c[1]), c[0] + " -> " + yaml);
            assertEquals(json, yaml, c[0]);
        }
    }

    /** The one-key YAML of the cases above as JSON (the value kept verbatim, quoted if a range). */
    private static String toJson(String yaml) {
        int colon = yaml.indexOf(':');
        String value = yaml.substring(colon + 1).strip();
        if (value.matches("\\d+-\\d+")) {
            value = "\"" + value + "\"";
        }
        return "{\"" + yaml.substring(0, colon) + "\": " + value + "}";
    }

    private static String messageOf(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void jsonRefusesDuplicateKeysToo() {
        String m = messageOf(() -> SpecFile.parse("{\"d\": [5], \"d\": [7]}"));
        assertTrue(m.contains("Duplicate field 'd'"), m);
    }

    @Test
    void theFormatFollowsTheNameOrElseTheContent() {
        assertEquals(SpecFile.Format.YAML, SpecFile.Format.of(Path.of("a.yaml"), "{}"));
        assertEquals(SpecFile.Format.YAML, SpecFile.Format.of(Path.of("x/A.YML"), "{}"));
        assertEquals(SpecFile.Format.JSON, SpecFile.Format.of(Path.of("a.json"), "d: 5"));
        assertEquals(SpecFile.Format.JSON, SpecFile.Format.of(Path.of("spec"), "\n  {\"d\": 5}"));
        assertEquals(SpecFile.Format.YAML, SpecFile.Format.of(Path.of("spec"), "d: 5"));
        assertEquals(SpecFile.Format.YAML, SpecFile.Format.of(Path.of("spec.txt"), ""));
    }

    @Test
    void aFileErrorNamesTheFileAndTheKey(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("grid.yml");
        Files.writeString(f, "d: [5]\nqq: [8]\n");
        String m = messageOf(() -> SpecFile.read(f));
        assertTrue(m.startsWith(f + ": unknown key 'qq'"), m);
        Path missing = tmp.resolve("none.yaml");
        m = messageOf(() -> SpecFile.read(missing));
        assertTrue(m.startsWith(missing + ": cannot read"), m);
        assertFalse(m.contains("\n"), m);
    }

    /**
     * Random valid specs written both ways (seeded): JSON, and YAML in block or flow style with the
     * axes as lists, single numbers or command-line strings, quoted or plain, give the same values.
     */
    @Test
    void randomSpecsReadTheSameAsJsonAndAsYaml() {
        SplittableRandom r = new SplittableRandom(20261202L);
        for (int c = 0; c < 400; c++) {
            StringBuilder json = new StringBuilder("{");
            StringBuilder yaml = new StringBuilder();
            boolean flow = r.nextBoolean();
            if (flow) {
                yaml.append("{");
            }
            List<String[]> entries = new ArrayList<>();
            if (r.nextBoolean()) {
                entries.add(intAxis("d", r, flow, new int[] {5, 7, 23, 71, 127}));
            }
            if (r.nextBoolean()) {
                entries.add(intAxis("q", r, flow, new int[] {8, 256, 512, 2048}));
            }
            if (r.nextBoolean()) {
                entries.add(
                        realAxis("wd", r, flow, new double[] {0, 1e-5, 5e-5, 1e-4, 2e-4, 5e-4}));
            }
            if (r.nextBoolean()) {
                entries.add(realAxis("lr", r, flow, new double[] {0.01, 0.003, 1e-3}));
            }
            if (r.nextBoolean()) {
                int a = 1 + r.nextInt(5);
                int b = a + r.nextInt(4);
                String range = a + "-" + b;
                entries.add(
                        new String[] {
                            "seeds",
                            "\"" + range + "\"",
                            r.nextBoolean() ? range : "'" + range + "'"
                        });
            }
            if (r.nextBoolean()) {
                int epochs = 100 + r.nextInt(10_000);
                entries.add(new String[] {"epochs", "" + epochs, "" + epochs});
                String ck = "" + r.nextInt(epochs + 1);
                entries.add(new String[] {"checkpoint", ck, ck});
            }
            if (r.nextBoolean()) {
                String e = real(r, new double[] {1e-8, 1e-7, 1e-6});
                entries.add(new String[] {"epsilon", e, e});
            }
            for (int i = 0; i < entries.size(); i++) {
                String[] e = entries.get(i);
                json.append(i > 0 ? ", " : "").append('"').append(e[0]).append("\": ").append(e[1]);
                if (flow) {
                    yaml.append(i > 0 ? ", " : "").append(e[0]).append(": ").append(e[2]);
                } else {
                    yaml.append(e[0]).append(": ").append(e[2]).append('\n');
                }
            }
            json.append('}');
            if (flow) {
                yaml.append('}');
            }
            String y = entries.isEmpty() && !flow ? "{}" : yaml.toString();
            SpecFile.Values a = SpecFile.parse(json.toString());
            SpecFile.Values b = SpecFile.parse(y, SpecFile.Format.YAML);
            assertEquals(a, b, "case " + c + ":\n" + json + "\n" + y);
            assertEquals(keys(a), keys(b), "case " + c);
        }
    }

    /** {key, JSON value, YAML value} of an integer axis in one of the documented forms. */
    private static String[] intAxis(String key, SplittableRandom r, boolean flow, int[] pool) {
        List<String> values = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            values.add(Integer.toString(pool[r.nextInt(pool.length)]));
        }
        return axis(key, r, flow, values);
    }

    private static String[] realAxis(String key, SplittableRandom r, boolean flow, double[] pool) {
        List<String> values = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            values.add(real(r, pool));
        }
        return axis(key, r, flow, values);
    }

    /** A real in one of the forms JSON and the command line share (plain, exponent, upper E). */
    private static String real(SplittableRandom r, double[] pool) {
        double x = pool[r.nextInt(pool.length)];
        switch (r.nextInt(3)) {
            case 0:
                return Double.toString(x);
            case 1:
                return String.format(Locale.ROOT, "%.0e", x)
                        .replace("e-0", "e-")
                        .replace("e+00", "");
            default:
                return new java.math.BigDecimal(Double.toString(x)).toPlainString();
        }
    }

    /**
     * An axis as a list, as one string in the command-line syntax (plain in YAML's block style;
     * quoted in flow style, where a comma ends the value) or as a single number.
     */
    private static String[] axis(
            String key, SplittableRandom r, boolean flow, List<String> values) {
        String joined = String.join(",", values);
        switch (values.size() == 1 ? r.nextInt(3) : r.nextInt(2)) {
            case 0:
                return new String[] {
                    key,
                    "[" + String.join(", ", values) + "]",
                    "[" + String.join(", ", values) + "]"
                };
            case 1:
                return new String[] {
                    key,
                    "\"" + joined + "\"",
                    !flow && r.nextBoolean() ? joined : "\"" + joined + "\""
                };
            default:
                return new String[] {key, values.get(0), values.get(0)};
        }
    }
}
