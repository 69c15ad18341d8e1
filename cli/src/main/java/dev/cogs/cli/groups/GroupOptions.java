package dev.cogs.cli.groups;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.cli.report.GroupTables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The picocli mixin {@code --group NAME[,NAME…]} / {@code --group-table FILE} (docs/cogs-math.md
 * §14.8).
 *
 * <p>Names are those of {@link FiniteGroups#parse(String)}: {@code Z23}, {@code Z3xZ5}, {@code
 * Z5xZ5}, {@code D23}, {@code S4}, {@code A5}, {@code Q8}, products such as {@code S3xZ2}. {@code
 * --group Z23} is the same task as {@code --d 23}. The file format is that of {@link GroupTables}.
 */
public final class GroupOptions {

    @Option(
            names = "--group",
            split = ",",
            paramLabel = "NAME",
            description =
                    "Group(s) whose composition table is the task: Zn (Z23 = --d 23), products such as Z3xZ5 "
                            + "or Z5xZ5, Dn (dihedral, order 2n), Sn, An, Q8 (docs/cogs-math.md §14).")
    private List<String> names = new ArrayList<>();

    @Option(
            names = "--group-table",
            paramLabel = "FILE",
            description =
                    "A group given by its Cayley table in JSON: [[0,1,2],[1,2,0],[2,0,1]] or "
                            + "{\"name\":\"G\",\"labels\":[...],\"table\":[[...]]}; checked (closure, identity, inverses, "
                            + "associativity).")
    private Path table;

    /**
     * Whether {@code --group} or {@code --group-table} was given.
     *
     * @return true if a group was named
     */
    public boolean given() {
        return !names.isEmpty() || table != null;
    }

    /**
     * The named groups, in the order given ({@code --group} names, then the table).
     *
     * @return the groups, empty if none was given
     * @throws IllegalArgumentException with a one-line message naming the option: an unknown name
     *     (the known forms are listed) or a table that is not a group (the failed axiom and the
     *     elements)
     */
    public List<FiniteGroup> groups() {
        List<FiniteGroup> out = new ArrayList<>();
        for (String n : names) {
            out.add(named("--group", n));
        }
        if (table != null) {
            try {
                out.add(GroupTables.read(table));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "--group-table " + table + ": " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * A group by name, as {@code --group} reads it ({@link FiniteGroups#parse(String)}), for every
     * command and file that names groups.
     *
     * @param what where the name was given, e.g. {@code --group} or {@code spec.json: group}
     * @param name the name, e.g. {@code Z5xZ5}
     * @return the group
     * @throws IllegalArgumentException {@code "<what> <name>: <why>"}, one line; for an unknown
     *     name the known forms are listed
     */
    public static FiniteGroup named(String what, String name) {
        try {
            return FiniteGroups.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " " + name + ": " + e.getMessage());
        }
    }

    /**
     * A group given by its Cayley table as JSON text ({@link GroupTables#parse(String)}), checked
     * like {@code --group-table}.
     *
     * @param what where the table was given
     * @param json the table, e.g. {@code {"name": "G", "table": [[0,1,2],[1,2,0],[2,0,1]]}}
     * @return the group
     * @throws IllegalArgumentException {@code "<what>: <why>"}, one line; a table that is not a
     *     group names the failed axiom and the elements
     */
    public static FiniteGroup table(String what, String json) {
        try {
            return GroupTables.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    /**
     * The single named group.
     *
     * @return the group
     * @throws IllegalArgumentException if more or fewer than one group was given, or it cannot be
     *     resolved
     */
    public FiniteGroup single() {
        List<FiniteGroup> g = groups();
        if (g.size() != 1) {
            throw new IllegalArgumentException(
                    "give one group (--group NAME or --group-table FILE), not " + g.size());
        }
        return g.get(0);
    }

    /**
     * Whether a group is the standard \(\mathbb{Z}_d\) of {@link FiniteGroups#cyclic(int)} with d
     * odd, the task the \(\mathbb{Z}_d\) commands already handle ({@code --group Z23} is {@code --d
     * 23}).
     *
     * @param g a group
     * @return true for Z_d, d odd
     */
    public static boolean isOddCyclic(FiniteGroup g) {
        return g.order() % 2 == 1 && g.equals(FiniteGroups.cyclic(g.order()));
    }
}
