package dev.cogs.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Parses seed lists such as {@code 1-5} or {@code 1,3,7-9} (ranges inclusive). */
public final class SeedList {

    private SeedList() {}

    /**
     * Parses a comma-separated list of seeds and inclusive ranges.
     *
     * @param text e.g. {@code "1-5"} or {@code "2,4,10-12"}
     * @return the seeds in the given order
     * @throws IllegalArgumentException (or its subclass {@link NumberFormatException}) if the text
     *     is empty, a number is malformed or a range is decreasing
     */
    public static List<Long> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Long> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            int dash = p.indexOf('-', 1);
            if (dash > 0) {
                long a = Long.parseLong(p.substring(0, dash).strip());
                long b = Long.parseLong(p.substring(dash + 1).strip());
                if (b < a) {
                    throw new IllegalArgumentException("seed range " + p + " is decreasing");
                }
                for (long x = a; x <= b; x++) {
                    out.add(x);
                }
            } else if (!p.isEmpty()) {
                out.add(Long.parseLong(p));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no seeds in '" + text + "'");
        }
        return out;
    }
}
