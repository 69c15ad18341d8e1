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
 * Sweep spec files of {@code cogs sweep --spec} (issue 16): seeded random mutations of a valid spec
 * end in a spec or in a one-line IllegalArgumentException; never another exception, a hang or an
 * out-of-memory. Cases are multiplied by the system property {@code cogs.fuzz.scale} ({@code
 * -Pfuzz-long}).
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

    @Test
    void mutatedSpecsEndInASpecOrAOneLineError() {
        int cases = 3000 * Math.max(1, Integer.getInteger("cogs.fuzz.scale", 1));
        SplittableRandom r = new SplittableRandom(20261202L);
        int accepted = 0;
        int refused = 0;
        for (int c = 0; c < cases; c++) {
            String text = mutate(SPEC, r);
            try {
                SpecFile.Values v = SpecFile.parse(text);
                SweepSpec spec = SpecFile.combine(v, null, null, null, null, null, null, null);
                assertTrue(spec.size() >= 1, text);
                accepted++;
            } catch (IllegalArgumentException e) {
                String m = String.valueOf(e.getMessage());
                assertFalse(m.isBlank(), "empty message for case " + c + ": " + text);
                assertFalse(m.contains("\n"), "multi-line message for case " + c + ": " + m);
                refused++;
            } catch (RuntimeException | OutOfMemoryError e) {
                fail("case " + c + " (seed 20261202) threw " + e + " on\n" + text);
            }
        }
        System.out.printf("sweep spec fuzz: %d accepted, %d refused%n", accepted, refused);
        assertTrue(accepted > 0 && refused > 0, accepted + " accepted, " + refused + " refused");
    }

    private static String mutate(String valid, SplittableRandom r) {
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
                case 1 -> s.insert(at, PIECES.get(r.nextInt(PIECES.size())));
                default ->
                        s.replace(
                                at,
                                Math.min(n, at + 1 + r.nextInt(4)),
                                PIECES.get(r.nextInt(PIECES.size())));
            }
        }
        return s.toString();
    }
}
