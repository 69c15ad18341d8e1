package dev.cogs.cli.yoneda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cogs.yoneda.Task;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task file of {@code cogs yoneda --tasks}: what it accepts and the one-line refusals. */
class TaskFileTest {

    @TempDir Path dir;

    @Test
    void readsArraysAndNamedObjects() throws Exception {
        Path f = dir.resolve("tasks.json");
        Files.writeString(
                f, "[[1,2,3,4,0], {\"name\": \"swap\", \"y\": [1,0,2,3,4]}, [0,0,0,0,0]]");
        List<Task> tasks = TaskFile.read(f, 5);
        assertEquals(List.of("t1", "swap", "t3"), tasks.stream().map(Task::name).toList());
        assertArrayEquals(new int[] {1, 2, 3, 4, 0}, tasks.get(0).y());
        assertArrayEquals(new int[] {1, 0, 2, 3, 4}, tasks.get(1).y());
        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, tasks.get(2).y());
    }

    private static String refusal(String json, int d) {
        return assertThrows(IllegalArgumentException.class, () -> TaskFile.parse(json, d))
                .getMessage();
    }

    @Test
    void aValueOutsideTheGroupNamesTheEntryAndTheIndex() {
        assertEquals(
                "entry 2 (\"t2\"): y[3] = 5 is outside 0..4",
                refusal("[[0,1,2,3,4],[0,1,2,5,4]]", 5));
        assertEquals(
                "entry 1 (\"neg\"): y[0] = -1 is outside 0..4",
                refusal("[{\"name\":\"neg\",\"y\":[-1,1,2,3,4]}]", 5));
    }

    @Test
    void aWrongLengthNamesTheEntry() {
        assertEquals("entry 1 (\"t1\"): has 4 values, expected d = 5", refusal("[[0,1,2,3]]", 5));
        assertEquals(
                "entry 2 (\"long\"): has 6 values, expected d = 5",
                refusal("[[0,1,2,3,4],{\"name\":\"long\",\"y\":[0,1,2,3,4,0]}]", 5));
    }

    @Test
    void otherMalformedInputIsRefusedInOneLine() {
        assertEquals(
                "entry 1 (\"t1\"): y[2] = 1.5 is not an integer", refusal("[[0,1,1.5,3,4]]", 5));
        assertEquals("entry 1 (\"t1\"): expected an array of 5 integers", refusal("[\"b+1\"]", 5));
        assertEquals("entry 1 (\"x\"): has no \"y\"", refusal("[{\"name\":\"x\"}]", 5));
        assertEquals(
                "entry 2 (\"t1\"): the name is used by an earlier entry",
                refusal("[[0,1,2,3,4],{\"name\":\"t1\",\"y\":[0,1,2,3,4]}]", 5));
        assertEquals("the list of tasks is empty", refusal("[]", 5));
        assertEquals(
                "expected a JSON list of tasks (arrays of d integers, or objects with \"name\" and"
                        + " \"y\")",
                refusal("{\"y\": [0]}", 5));
        String notJson = refusal("[[0,1,", 5);
        assertEquals(1, notJson.lines().count(), notJson);
        assertEquals(true, notJson.startsWith("not JSON: "), notJson);
        assertEquals(
                "no such file",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> TaskFile.read(dir.resolve("missing.json"), 5))
                        .getMessage());
    }
}
