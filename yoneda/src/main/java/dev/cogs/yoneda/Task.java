package dev.cogs.yoneda;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A downstream task \(y: \mathbb{Z}_d \to \mathbb{Z}_d\) with a name (docs/yoneda-nets.md §1.2,
 * §2.2).
 *
 * <p>Immutable: the array is copied in and out, and {@code equals} compares it by content.
 *
 * @param name the name in the report
 * @param y the answers, \(y(b)\) at index b, in [0, d)
 */
public record Task(String name, int[] y) {

    /**
     * Validates and copies.
     *
     * @param name the name
     * @param y the answers
     * @throws IllegalArgumentException if the name is blank, y is empty or an entry is outside [0,
     *     d)
     */
    public Task {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(y, "y");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("task " + name + " is empty");
        }
        y = y.clone();
        for (int b = 0; b < y.length; b++) {
            if (y[b] < 0 || y[b] >= y.length) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "task %s: y[%d] (%d) must be in [0, %d)",
                                name,
                                b,
                                y[b],
                                y.length));
            }
        }
    }

    /**
     * The answers.
     *
     * @return a copy of y
     */
    @Override
    public int[] y() {
        return y.clone();
    }

    /**
     * The group size.
     *
     * @return d = |y|
     */
    public int d() {
        return y.length;
    }

    /**
     * The affine task \(b \mapsto mb + c\), named like "3b+1", "-b", "5-b", "b+3", "0".
     *
     * @param d the group size, at least 1
     * @param m the multiplier
     * @param c the offset
     * @return the task
     * @throws IllegalArgumentException if d &lt; 1
     */
    public static Task affine(int d, int m, int c) {
        if (d < 1) {
            throw new IllegalArgumentException("d (" + d + ") must be >= 1");
        }
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = (int) Math.floorMod((long) m * b + c, (long) d);
        }
        return new Task(affineName(m, c), y);
    }

    private static String affineName(int m, int c) {
        String lin = m == 0 ? "" : m == 1 ? "b" : m == -1 ? "-b" : m + "b";
        if (m == 0) {
            return Integer.toString(c);
        }
        if (c == 0) {
            return lin;
        }
        if (m == -1) {
            return c + "-b";
        }
        return lin + (c > 0 ? "+" : "-") + Math.abs(c);
    }

    /**
     * \(b \mapsto b^2\).
     *
     * @param d the group size, at least 1
     * @return the task "b^2"
     */
    public static Task square(int d) {
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = (int) ((long) b * b % d);
        }
        return new Task("b^2", y);
    }

    /**
     * \(b \mapsto [b \text{ even}]\), labels 0/1 on the representatives 0..d−1 (docs/yoneda-nets.md
     * §6.9).
     *
     * @param d the group size, at least 2
     * @return the task "[b even]"
     */
    public static Task parity(int d) {
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = b % 2 == 0 ? 1 : 0;
        }
        return new Task("[b even]", y);
    }

    /**
     * A uniformly random permutation (Fisher–Yates), the control task.
     *
     * @param d the group size, at least 1
     * @param seed the seed of {@code new SplittableRandom(seed)}
     * @return the task "perm"
     */
    public static Task randomPermutation(int d, long seed) {
        int[] y = new int[d];
        for (int b = 0; b < d; b++) {
            y[b] = b;
        }
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = d - 1; i > 0; i--) {
            int k = r.nextInt(i + 1);
            int t = y[i];
            y[i] = y[k];
            y[k] = t;
        }
        return new Task("perm", y);
    }

    /**
     * The nine tasks of docs/yoneda-nets.md §1.2: b+3, −b, 5−b, 2b, 3b+1, b², [b even], 0 and a
     * random permutation.
     *
     * @param d the group size, odd and at least 5 (docs/yoneda-nets.md §6.9)
     * @param seed the permutation's seed
     * @return the tasks
     * @throws IllegalArgumentException if d is even or smaller than 5
     */
    public static List<Task> defaults(int d, long seed) {
        if (d < 5 || d % 2 == 0) {
            throw new IllegalArgumentException(
                    "d (" + d + ") must be odd and >= 5 (docs/yoneda-nets.md §6.9)");
        }
        return List.of(
                affine(d, 1, 3),
                affine(d, -1, 0),
                affine(d, -1, 5),
                affine(d, 2, 0),
                affine(d, 3, 1),
                square(d),
                parity(d),
                affine(d, 0, 0),
                randomPermutation(d, seed));
    }

    /**
     * The pair (m, c) with \(y(b) = mb + c\) for all b, if y is affine; m and c in [0, d).
     *
     * @return the coefficients, or empty
     */
    public Optional<int[]> affineCoefficients() {
        int d = y.length;
        int c = y[0];
        int m = d > 1 ? Math.floorMod(y[1] - c, d) : 0;
        for (int b = 0; b < d; b++) {
            if (y[b] != (int) Math.floorMod((long) m * b + c, (long) d)) {
                return Optional.empty();
            }
        }
        return Optional.of(new int[] {m, c});
    }

    /**
     * The task's affine type.
     *
     * @return translation (m = 1), reflection (m = −1), constant (m = 0), multiplication or other
     */
    public TaskKind kind() {
        Optional<int[]> mc = affineCoefficients();
        if (mc.isEmpty()) {
            return TaskKind.OTHER;
        }
        int d = y.length;
        int m = mc.get()[0];
        if (m == 1 % d) {
            return TaskKind.TRANSLATION;
        }
        if (m == Math.floorMod(-1, d)) {
            return TaskKind.REFLECTION;
        }
        return m == 0 ? TaskKind.CONSTANT : TaskKind.MULTIPLICATION;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Task)) {
            return false;
        }
        Task t = (Task) o;
        return name.equals(t.name) && Arrays.equals(y, t.y);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Task[" + name + ", " + Arrays.toString(y) + "]";
    }
}
