package dev.cogs.category.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeded random mutations of valid category files (issue 16) end in a document or in a one-line
 * IllegalArgumentException; never another exception (a NullPointerException in a formatter, an
 * ArithmeticException on a size), a hang or an out-of-memory. The number of cases is multiplied by
 * the system property {@code cogs.fuzz.scale} ({@code -Pfuzz-long}).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CategoryFormatFuzzTest {

    /** Z3 as a one-object category with its regular presheaf and a copresheaf. */
    private static final String GROUP =
            "{\"category\": {\"objects\": [\"G\"],\n"
                    + "  \"morphisms\": [{\"name\": \"r\", \"dom\": \"G\", \"cod\": \"G\"},"
                    + " {\"name\": \"s\", \"dom\": \"G\", \"cod\": \"G\"}],\n"
                    + "  \"compose\": [[\"r\", \"r\", \"s\"], [\"r\", \"s\", \"id_G\"], [\"s\", \"r\","
                    + " \"id_G\"], [\"s\", \"s\", \"r\"]]},\n"
                    + " \"presheaves\": [{\"name\": \"h\", \"variance\": \"presheaf\", \"sizes\":"
                    + " {\"G\": 3}, \"actions\": {\"r\": [1, 2, 0]}},\n"
                    + "  {\"name\": \"t\", \"variance\": \"copresheaf\", \"sizes\": {\"G\": 1},"
                    + " \"actions\": {\"r\": [0]}}]}\n";

    /** An arrow X -> Y with two presheaves. */
    private static final String ARROW =
            "{\"category\": {\"objects\": [\"X\", \"Y\"], \"morphisms\": [{\"name\": \"f\", \"dom\":"
                    + " \"X\", \"cod\": \"Y\"}], \"compose\": []},\n"
                    + " \"presheaves\": [{\"name\": \"F\", \"sizes\": {\"X\": 2, \"Y\": 1},"
                    + " \"actions\": {\"f\": [0]}}, {\"name\": \"hY\", \"sizes\": {\"X\": 1, \"Y\":"
                    + " 1}, \"actions\": {\"f\": [0]}}]}\n";

    /** Fragments a mutation inserts or substitutes: structure, keys, boundary numbers. */
    private static final List<String> PIECES =
            List.of(
                    "{",
                    "}",
                    "[",
                    "]",
                    ",",
                    ":",
                    "\"",
                    "\\",
                    "null",
                    "true",
                    "-1",
                    "0",
                    "1",
                    "2147483648",
                    "2000000000",
                    "1e309",
                    "1.5",
                    "\"id_G\"",
                    "\"id_X\"",
                    "\"r\"",
                    "\"f\"",
                    "\"objects\"",
                    "\"sizes\"",
                    "\"varience\"",
                    "\"compose\"",
                    "[[",
                    "]]",
                    "{\"a\":",
                    "\u00e9",
                    "\u0000",
                    "[".repeat(100));

    private static int cases(int base) {
        return base * Math.max(1, Integer.getInteger("cogs.fuzz.scale", 1));
    }

    private static String mutate(String valid, SplittableRandom r, StringBuilder how) {
        StringBuilder s = new StringBuilder(valid);
        int rounds = 1 + r.nextInt(3);
        for (int k = 0; k < rounds; k++) {
            int n = s.length();
            int at = r.nextInt(n + 1);
            switch (r.nextInt(6)) {
                case 0:
                    if (at < n) {
                        s.deleteCharAt(at);
                        how.append("delete@").append(at).append(' ');
                    }
                    break;
                case 1:
                    {
                        String p = PIECES.get(r.nextInt(PIECES.size()));
                        s.insert(at, p);
                        how.append("insert@")
                                .append(at)
                                .append('=')
                                .append(p.length() > 10 ? "[x100" : p)
                                .append(' ');
                        break;
                    }
                case 2:
                    {
                        int end = Math.min(n, at + 1 + r.nextInt(6));
                        String p = PIECES.get(r.nextInt(PIECES.size()));
                        s.replace(at, end, p);
                        how.append("replace@").append(at).append(' ');
                        break;
                    }
                case 3:
                    {
                        int end = Math.min(n, at + 1 + r.nextInt(40));
                        s.insert(end, s.substring(at, end));
                        how.append("duplicate@").append(at).append(' ');
                        break;
                    }
                case 4:
                    {
                        // change a digit: sizes and action images move out of range or grow
                        int digit = -1;
                        for (int i = at; i < n; i++) {
                            if (Character.isDigit(s.charAt(i))) {
                                digit = i;
                                break;
                            }
                        }
                        if (digit >= 0) {
                            String big =
                                    r.nextBoolean() ? Integer.toString(r.nextInt(10)) : "99999999";
                            s.replace(digit, digit + 1, big);
                            how.append("digit@").append(digit).append('=').append(big).append(' ');
                        }
                        break;
                    }
                default:
                    s.setLength(Math.min(n, at));
                    how.append("truncate@").append(at).append(' ');
            }
        }
        return s.toString();
    }

    private static int[] fuzz(String valid, long seed, int base) {
        assertTrue(!CategoryFormat.read(valid).functors().isEmpty(), "the seed file is valid");
        SplittableRandom r = new SplittableRandom(seed);
        int accepted = 0;
        int refused = 0;
        int n = cases(base);
        for (int c = 0; c < n; c++) {
            StringBuilder how = new StringBuilder();
            String text = mutate(valid, r, how);
            try {
                CategoryFormat.read(text);
                accepted++;
            } catch (IllegalArgumentException e) {
                if (e.getMessage() == null || e.getMessage().indexOf('\n') >= 0) {
                    throw new AssertionError(
                            "seed "
                                    + seed
                                    + " case "
                                    + c
                                    + " ("
                                    + how
                                    + "): not one line: "
                                    + e.getMessage(),
                            e);
                }
                refused++;
            } catch (RuntimeException | Error e) {
                throw new AssertionError("seed " + seed + " case " + c + " (" + how + "): " + e, e);
            }
        }
        assertEquals(n, accepted + refused);
        return new int[] {accepted, refused};
    }

    @Test
    void mutatedGroupFiles() {
        int[] r = fuzz(GROUP, 0xCA7L, 2000);
        System.out.printf("category JSON fuzz (Z3): %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[0] > 0 && r[1] > 0);
    }

    @Test
    void mutatedArrowFiles() {
        int[] r = fuzz(ARROW, 0xCA8L, 1000);
        System.out.printf("category JSON fuzz (arrow): %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[0] > 0 && r[1] > 0);
    }

    @Test
    void mutatedRotationExample() throws IOException {
        Path example = Path.of("..", "docs", "examples", "rotation.json");
        String valid = Files.readString(example, StandardCharsets.UTF_8);
        CategoryFormat.read(valid);
        int[] r = fuzz(valid, 0xCA9L, 500);
        System.out.printf(
                "category JSON fuzz (rotation.json): %d accepted, %d refused%n", r[0], r[1]);
        assertTrue(r[1] > 0);
    }
}
