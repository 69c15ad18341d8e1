package dev.cogs.io.internal;

import static dev.cogs.io.IoTesting.ascii;
import static dev.cogs.io.IoTesting.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.io.IoTesting.ZipBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ZipReaderTest {

    private static final byte[] HELLO = ascii("hello, hello, hello, hello");

    private static ZipReader open(byte[] b) {
        return ZipReader.open(b, "a.zip");
    }

    /**
     * Offset of the central directory, read from the end record (the archives here have no
     * comment).
     */
    private static int cdOffset(byte[] zip) {
        return ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).getInt(zip.length - 6);
    }

    private static void putInt(byte[] b, int at, int v) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, v);
    }

    private static void putShort(byte[] b, int at, int v) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) v);
    }

    @Test
    void readsStoredAndDeflatedEntriesWrittenByHand() {
        byte[] zip =
                new ZipBuilder()
                        .stored("a.txt", HELLO)
                        .deflated("dir/b.txt", HELLO)
                        .stored("empty", new byte[0])
                        .build();
        ZipReader z = open(zip);
        assertEquals(
                List.of("a.txt", "dir/b.txt", "empty"),
                z.entries().stream().map(ZipReader.Entry::name).toList());
        assertArrayEquals(HELLO, z.read("a.txt"));
        assertArrayEquals(HELLO, z.read("dir/b.txt"));
        assertEquals(8, z.entry("dir/b.txt").orElseThrow().method());
        assertArrayEquals(new byte[0], z.read("empty"));
        assertRefused(() -> z.read("nope"), "cogs: a.zip: zip: no entry nope");
        assertTrue(ZipReader.looksLikeZip(zip));
        assertFalse(ZipReader.looksLikeZip(ascii("PK")));
    }

    @Test
    void readsZip64EndRecordsAlignmentAndJdkArchivesWithDataDescriptors() throws IOException {
        ZipReader z =
                open(new ZipBuilder().align64().zip64End().stored("x/data.pkl", HELLO).build());
        assertEquals(0, z.entry("x/data.pkl").orElseThrow().dataOffset() % 64);
        assertArrayEquals(HELLO, z.read("x/data.pkl"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            out.setComment("a comment");
            out.putNextEntry(new ZipEntry("deflated"));
            out.write(HELLO);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("dir/"));
            out.closeEntry();
        }
        ZipReader j = open(buffer.toByteArray());
        assertTrue(
                (j.entry("deflated").orElseThrow().flags() & 8) != 0,
                "JDK writes a data descriptor");
        assertArrayEquals(HELLO, j.read("deflated"));
        assertTrue(j.entry("dir/").orElseThrow().isDirectory());
        byte[] empty = new byte[22];
        putInt(empty, 0, 0x06054b50);
        assertEquals(0, open(empty).entries().size());
    }

    @Test
    void refusesTruncatedArchivesAtEveryLength() {
        byte[] zip = new ZipBuilder().stored("a", HELLO).deflated("b", HELLO).build();
        for (int n = 0; n < zip.length; n++) {
            byte[] cut = Arrays.copyOf(zip, n);
            assertRefused(() -> open(cut).read("b"), "cogs: a.zip: zip: ");
        }
    }

    @Test
    void refusesCorruptData() {
        byte[] zip = new ZipBuilder().stored("a", HELLO).build();
        zip[30 + 1 + 3] ^= 1;
        assertRefused(() -> open(zip).read("a"), "zip: entry a fails its CRC-32 check");
    }

    @Test
    void refusesLyingSizes() {
        byte[] zip = new ZipBuilder().deflated("bomb", new byte[100_000]).build();
        int cd = cdOffset(zip);
        byte[] bomb = zip.clone();
        putInt(bomb, cd + 24, 0x7fff0000);
        assertRefused(
                () -> open(bomb).read("bomb"),
                "zip: entry bomb declares 2147418112 bytes from",
                "refusing (zip bomb or corrupt header)");
        byte[] small = zip.clone();
        putInt(small, cd + 24, 99_999);
        assertRefused(
                () -> open(small).read("bomb"),
                "inflates to more than the 99999 bytes it declares");
        byte[] large = zip.clone();
        putInt(large, cd + 24, 100_001);
        assertRefused(
                () -> open(large).read("bomb"), "inflates to 100000 bytes, but declares 100001");
        byte[] stored = new ZipBuilder().stored("s", HELLO).build();
        putInt(stored, cdOffset(stored) + 24, HELLO.length + 1);
        assertRefused(
                () -> open(stored).read("s"), "stored entry s has 26 stored bytes but declares 27");
        byte[] past = new ZipBuilder().stored("s", HELLO).build();
        putInt(past, cdOffset(past) + 20, 1000);
        assertRefused(
                () -> open(past),
                "zip: entry s: 1000 compressed bytes do not fit before the central directory");
    }

    @Test
    void refusesOverlapsDuplicatesForgeriesEncryptionAndOtherMethods() {
        byte[] two = new ZipBuilder().stored("a", HELLO).stored("b", HELLO).build();
        int cd = cdOffset(two);
        byte[] overlap = two.clone();
        putInt(overlap, cd + 20, HELLO.length + 10);
        assertRefused(() -> open(overlap), "zip: entries a and b overlap");
        byte[] dup = new ZipBuilder().stored("a", HELLO).stored("a", HELLO).build();
        assertRefused(() -> open(dup), "zip: two entries are named a");
        byte[] forged = new ZipBuilder().stored("a", HELLO).build();
        forged[30] = 'z';
        assertRefused(() -> open(forged), "zip: entry a: local header names another file");
        byte[] encrypted = new ZipBuilder().stored("a", HELLO).build();
        putShort(encrypted, cdOffset(encrypted) + 8, 1);
        assertRefused(() -> open(encrypted), "zip: entry a is encrypted");
        byte[] bzip = new ZipBuilder().stored("a", HELLO).build();
        putShort(bzip, cdOffset(bzip) + 10, 12);
        assertRefused(() -> open(bzip).read("a"), "zip: entry a uses compression method 12");
        byte[] corrupt = new ZipBuilder().deflated("d", HELLO).build();
        corrupt[30 + 1] = (byte) 0xff; // first deflate block header: BTYPE 11 is reserved
        assertRefused(() -> open(corrupt).read("d"), "zip: entry d");
        byte[] multi = new ZipBuilder().stored("a", HELLO).build();
        putShort(multi, multi.length - 18, 1);
        assertRefused(() -> open(multi), "multi-disk archives are not supported");
        assertRefused(
                () -> open(ascii("not a zip at all, only text that is long enough")),
                "no end of central directory record");
    }
}
