package dev.cogs.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cogs.nets.sweep.SweepSpec;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sweep spec files of {@code cogs sweep --spec} (issue 16), JSON and YAML (issue 11): seeded random
 * mutations of a valid spec end in a spec or in a one-line IllegalArgumentException; never another
 * exception, a hang or an out-of-memory. Cases are multiplied by the system property {@code
 * cogs.fuzz.scale} ({@code -Pfuzz-long}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SpecFileFuzzTest {

    private static final String SPEC =
            "{\n  \"d\": [23, 71, 127],\n  \"q\": [512],\n  \"wd\": [1e-5, 5e-5, 1e-4],\n"
                    + "  \"lr\": [0.01],\n  \"seeds\": \"1-5\",\n  \"epochs\": 10000,\n"
                    + "  \"checkpoint\": 9900,\n  \"testFraction\": 0.1\n}";

    private static final List<String> PIECES =
            List.of(
                    ",",
                    ":",
                    "[",
                    "]",
                    "{",
                    "}",
                    "\"",
                    "-",
                    "0",
                    "9",
                    "99999",
                    "1e309",
                    "-1",
                    "NaN",
                    "null",
                    "true",
                    "\"x\"",
                    "1.5",
                    "2147483648",
                    "\"1-9999999999\"",
                    " ",
                    "e",
                    "\"seeds\"",
                    "\"d\": [24]",
                    "\"group\": \"S3,Z3xZ3\"",
                    "\"group\": [\"Foo\"]",
                    "\"group\": [[[0,1,2],[1,2,0],[2,0,0]]]",
                    "\"varience\": 1");

    private static final String YAML_SPEC =
            "# the Fig. 4 grid\nd: [23, 71, 127]\nq:\n  - 512\nwd: [1e-5, 5e-5, 1e-4]\n"
                    + "lr: 0.01\nseeds: 1-5\nepochs: 10000\ncheckpoint: 9900\n"
                    + "testFraction: 0.1\nepsilon: 1e-8\n";

    /** YAML's own syntax, and the implicit types and features a spec refuses. */
    private static final List<String> YAML_PIECES =
            List.of(
                    "\n",
                    "  ",
                    "- ",
                    ": ",
                    "#",
                    "&a ",
                    "*a",
                    "!!str ",
                    "!!float ",
                    "!x ",
                    "---\n",
                    "...\n",
                    "%YAML 1.1\n",
                    "? ",
                    "|\n  ",
                    ">-\n  ",
                    "<<: ",
                    "'",
                    "\"",
                    "\\",
                    "\t",
                    "{",
                    "}",
                    "[",
                    "]",
                    ",",
                    "~",
                    "yes",
                    "0x1F",
                    "0o17",
                    "010",
                    "1_000",
                    "1:30",
                    ".inf",
                    "-.inf",
                    ".nan",
                    "1e309",
                    "2147483648",
                    "2001-12-14",
                    "\"1-9999999999\"",
                    "seeds: ",
                    "d: [24]\n",
                    "varience: 1\n",
                    "\ufeff",
                    "\u0000");

    @Test
    void mutatedSpecsEndInASpecOrAOneLineError() {
        check("JSON", SPEC, PIECES, SpecFile.Format.JSON, 20261202L);
    }

    @Test
    void mutatedYamlSpecsEndInASpecOrAOneLineError() {
        check("YAML", YAML_SPEC, YAML_PIECES, SpecFile.Format.YAML, 20261203L);
    }

    private static void check(
            String name, String valid, List<String> pieces, SpecFile.Format format, long seed) {
        int cases = 3000 * Math.max(1, Integer.getInteger("cogs.fuzz.scale", 1));
        SplittableRandom r = new SplittableRandom(seed);
        int accepted = 0;
        int refused = 0;
        for (int c = 0; c < cases; c++) {
            String text = mutate(valid, pieces, r);
            try {
                SpecFile.Values v = SpecFile.parse(text, format);
                SweepSpec spec = SpecFile.combine(v, null, null, null, null, null, null, null);
                assertTrue(spec.size() >= 1, text);
                accepted++;
            } catch (IllegalArgumentException e) {
                String m = String.valueOf(e.getMessage());
                assertFalse(m.isBlank(), "empty message for case " + c + ": " + text);
                assertFalse(m.contains("\n"), "multi-line message for case " + c + ": " + m);
                refused++;
            } catch (RuntimeException | OutOfMemoryError e) {
                fail("case " + c + " (seed " + seed + ") threw " + e + " on\n" + text);
            }
        }
        System.out.printf(
                "sweep spec fuzz (%s): %d accepted, %d refused%n", name, accepted, refused);
        assertTrue(accepted > 0 && refused > 0, accepted + " accepted, " + refused + " refused");
    }

    private static String mutate(String valid, List<String> pieces, SplittableRandom r) {
        StringBuilder s = new StringBuilder(valid);
        for (int k = 0, rounds = 1 + r.nextInt(3); k < rounds; k++) {
            int n = s.length();
            int at = r.nextInt(n + 1);
            switch (r.nextInt(3)) {
                case 0 -> {
                    if (at < n) {
                        s.deleteCharAt(at);
                    }
                }
                case 1 -> s.insert(at, pieces.get(r.nextInt(pieces.size())));
                default ->
                        s.replace(
                                at,
                                Math.min(n, at + 1 + r.nextInt(4)),
                                pieces.get(r.nextInt(pieces.size())));
            }
        }
        return s.toString();
    }
}
