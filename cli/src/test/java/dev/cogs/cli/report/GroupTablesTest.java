package dev.cogs.cli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Cayley-table format of {@code --group-table} (docs/cogs-math.md §14.8). */
class GroupTablesTest {

    @Test
    void bareTableAndObjectForm() {
        FiniteGroup z3 = GroupTables.parse("[[0,1,2],[1,2,0],[2,0,1]]");
        assertEquals("G3", z3.name());
        assertArrayEquals(FiniteGroups.cyclic(3).table(), z3.table());
        FiniteGroup v4 =
                GroupTables.parse(
                        "{\"name\": \"V4\", \"labels\": [\"e\", \"a\", \"b\", \"c\"], "
                                + "\"table\": [[0,1,2,3],[1,0,3,2],[2,3,0,1],[3,2,1,0]]}");
        assertEquals("V4", v4.name());
        assertEquals(List.of("e", "a", "b", "c"), v4.labels());
        assertEquals(FiniteGroups.parse("Z2xZ2").summary(), v4.summary());
    }

    @Test
    void tablesThatAreNotGroupsNameTheAxiomAndElements() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GroupTables.parse("[[0,1,2],[1,2,0],[2,0,0]]"));
        assertTrue(
                e.getMessage()
                        .startsWith("not a group: not associative: (1·1)·2 = 0 but 1·(1·2) = 1"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GroupTables.parse("[[0,1],[1,1]]"));
        assertTrue(
                e.getMessage().contains("no inverse") && e.getMessage().contains("1·b"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GroupTables.parse("[[0,1],[1,5]]"));
        assertTrue(
                e.getMessage().contains("not a group") && e.getMessage().contains("5"),
                e.getMessage());
    }

    @Test
    void malformedFilesAreRefusedOnOneLine() {
        for (String[] c :
                new String[][] {
                    {"[[0,1],[1]]", "row 1 has 1 entries"},
                    {"[[0,1],[1,\"x\"]]", "entry [1][1]"},
                    {"[[0,1],[1,0.5]]", "entry [1][1]"},
                    {"{\"name\": \"X\"}", "no \"table\""},
                    {"[]", "non-empty array"},
                    {"[[0,1],", "not valid JSON"},
                    {"{\"table\": [[0]], \"labels\": \"e\"}", "\"labels\" must be an array"},
                }) {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class, () -> GroupTables.parse(c[0]), c[0]);
            assertTrue(
                    e.getMessage().contains(c[1]) && !e.getMessage().contains("\n"),
                    c[0] + " -> " + e.getMessage());
        }
    }

    @Test
    void filesAreRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("q8.json");
        FiniteGroup q8 = FiniteGroups.quaternion();
        StringBuilder sb = new StringBuilder("[");
        for (int a = 0; a < 8; a++) {
            sb.append(a > 0 ? "," : "").append("[");
            for (int b = 0; b < 8; b++) {
                sb.append(b > 0 ? "," : "").append(q8.multiply(a, b));
            }
            sb.append("]");
        }
        Files.writeString(f, sb.append("]").toString());
        assertArrayEquals(q8.table(), GroupTables.read(f).table());
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> GroupTables.read(dir.resolve("missing.json")));
        assertTrue(e.getMessage().startsWith("cannot read"), e.getMessage());
    }
}
