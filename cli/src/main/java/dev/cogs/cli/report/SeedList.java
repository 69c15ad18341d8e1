package dev.cogs.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Parses seed lists such as {@code 1-5} or {@code 1,3,7-9} (ranges inclusive). A seed listed twice
 * ({@code 1,1}, {@code 1-3,2}) is refused: it would count one run twice in every mean ± s.e.m.
 */
public final class SeedList {

    /** The most seeds one list may hold. */
    public static final int MAX_SEEDS = 100_000;

    private SeedList() {}

    /**
     * Parses a comma-separated list of seeds and inclusive ranges.
     *
     * @param text e.g. {@code "1-5"} or {@code "2,4,10-12"}
     * @return the seeds in the given order, each once
     * @throws IllegalArgumentException if the text is empty, a number is malformed (the message
     *     quotes it), a range is decreasing, a seed is listed twice or there are more than {@link
     *     #MAX_SEEDS} seeds
     */
    public static List<Long> parse(String text) {
        Objects.requireNonNull(text, "text");
        Set<Long> out = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            int dash = p.indexOf('-', 1);
            if (dash > 0) {
                long a = number(p.substring(0, dash).strip(), p);
                long b = number(p.substring(dash + 1).strip(), p);
                if (b < a) {
                    throw new IllegalArgumentException("seed range " + p + " is decreasing");
                }
                if (b - a >= MAX_SEEDS || b - a < 0) {
                    throw new IllegalArgumentException(
                            "seed range " + p + " holds more than " + MAX_SEEDS + " seeds");
                }
                for (long x = a; ; x++) {
                    add(out, x, text);
                    if (x == b) {
                        break;
                    }
                }
            } else if (!p.isEmpty()) {
                add(out, number(p, p), text);
            } else if (!text.isBlank()) {
                throw new IllegalArgumentException("empty entry in seed list '" + text + "'");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no seeds in '" + text + "'");
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<Long> out, long seed, String text) {
        if (!out.add(seed)) {
            throw new IllegalArgumentException(
                    "seed "
                            + seed
                            + " is listed twice in '"
                            + text
                            + "' (it would count one run twice); give each seed once");
        }
        if (out.size() > MAX_SEEDS) {
            throw new IllegalArgumentException(
                    "'" + text + "' holds more than " + MAX_SEEDS + " seeds");
        }
    }

    private static long number(String s, String part) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + s + "' in '" + part + "' is not a whole number (e.g. 1-5 or 1,3,4)", e);
        }
    }
}
