package dev.cogs.cli.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Parses the values of one sweep axis as given on the command line or in a spec file: a
 * comma-separated list; integer axes also take inclusive ranges {@code a-b} (e.g. {@code 1-5} or
 * {@code 23,71,127}); real axes take numbers ({@code 1e-5,5e-5}). An empty list is an error.
 */
public final class AxisValues {

    private AxisValues() {}

    /**
     * An integer axis.
     *
     * @param axis the axis name, for messages
     * @param text e.g. {@code "1-5"} or {@code "23,71"}
     * @return the values in the given order (duplicates kept)
     * @throws IllegalArgumentException naming the axis if the text is empty, a number is malformed
     *     or a range decreases
     */
    public static List<Long> integers(String axis, String text) {
        Objects.requireNonNull(text, axis);
        List<Long> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int dash = p.indexOf('-', 1);
            try {
                if (dash > 0) {
                    long a = Long.parseLong(p.substring(0, dash).strip());
                    long b = Long.parseLong(p.substring(dash + 1).strip());
                    if (b < a) {
                        throw new IllegalArgumentException(
                                "axis " + axis + ": range " + p + " decreases");
                    }
                    if (b - a > 1_000_000) {
                        throw new IllegalArgumentException(
                                "axis " + axis + ": range " + p + " is too long");
                    }
                    for (long x = a; x <= b; x++) {
                        out.add(x);
                    }
                } else {
                    out.add(Long.parseLong(p));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "axis " + axis + ": '" + p + "' is not an integer or a range a-b");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("axis " + axis + " is empty");
        }
        return out;
    }

    /**
     * An integer axis of ints (d, q).
     *
     * @param axis the axis name
     * @param text the text
     * @return the values
     * @throws IllegalArgumentException as {@link #integers} or if a value exceeds the int range
     */
    public static List<Integer> ints(String axis, String text) {
        List<Integer> out = new ArrayList<>();
        for (long x : integers(axis, text)) {
            if (x != (int) x) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "axis %s: %d is out of range", axis, x));
            }
            out.add((int) x);
        }
        return out;
    }

    /**
     * A real axis.
     *
     * @param axis the axis name
     * @param text e.g. {@code "1e-5,5e-5"}
     * @return the values in the given order
     * @throws IllegalArgumentException naming the axis if the text is empty or a value is not a
     *     number
     */
    public static List<Double> reals(String axis, String text) {
        Objects.requireNonNull(text, axis);
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(p));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "axis " + axis + ": '" + p + "' is not a number");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("axis " + axis + " is empty");
        }
        return out;
    }
}
