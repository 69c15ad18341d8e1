package dev.cogs.io.internal;

import static dev.cogs.io.internal.Problems.fail;
import static dev.cogs.io.internal.Problems.quote;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A validating reader of a ZIP archive held in memory (PKWARE APPNOTE 6.3: end of central
 * directory, ZIP64 end of central directory and locator, central directory headers, local file
 * headers).
 *
 * <p>Everything is checked against the length of the byte array before it is used: the directory
 * must lie inside the file and before the end record, each entry's local header and data must lie
 * before the central directory, entries must not overlap (overlapping entries are how
 * "non-recursive" zip bombs get past the deflate ratio), names must be unique and agree between the
 * central and the local header. Extraction supports stored (method 0) and deflated (method 8)
 * entries, refuses encrypted ones, bounds the inflated size by the declared size (itself bounded by
 * deflate's maximum ratio of about 1032:1, so a file can never inflate to more than about a
 * thousand times its length) and verifies the CRC-32. Every problem is an {@link
 * IllegalArgumentException} with a one-line message naming the file and the entry.
 *
 * <p>Instances are immutable and hold a reference to the caller's array, which must not be
 * modified. Internal; not API.
 */
public final class ZipReader {

    /**
     * Deflate cannot compress better than about 1032:1 (258-byte matches coded in about 2 bits).
     */
    private static final long MAX_DEFLATE_RATIO = 1033;

    private static final int MAX_ENTRY_SIZE = Integer.MAX_VALUE - 8;
    private static final int EOCD_SIZE = 22;
    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CENTRAL_SIG = 0x02014b50;
    private static final int LOCAL_SIG = 0x04034b50;
    private static final int CENTRAL_SIZE = 46;
    private static final int LOCAL_SIZE = 30;

    /**
     * One entry of the central directory, validated against the file.
     *
     * @param name the entry name (UTF-8 if the archive says so, otherwise ISO-8859-1)
     * @param method 0 = stored, 8 = deflated (others are refused when read)
     * @param flags the general-purpose flags
     * @param crc the CRC-32 of the uncompressed data
     * @param compressedSize bytes of stored data
     * @param size bytes after decompression
     * @param localOffset offset of the local header
     * @param dataOffset offset of the stored data
     */
    public record Entry(
            String name,
            int method,
            int flags,
            long crc,
            long compressedSize,
            long size,
            long localOffset,
            long dataOffset) {

        /**
         * Whether the entry is a directory (its name ends with a slash).
         *
         * @return {@code true} for a directory
         */
        public boolean isDirectory() {
            return name.endsWith("/");
        }
    }

    private final byte[] bytes;
    private final String source;
    private final Map<String, Entry> entries;

    private ZipReader(byte[] bytes, String source, Map<String, Entry> entries) {
        this.bytes = bytes;
        this.source = source;
        this.entries = entries;
    }

    /**
     * Whether the bytes start like a ZIP archive (a local header, or the end record of an empty
     * archive).
     *
     * @param bytes the file
     * @return {@code true} if the first four bytes are {@code PK\3\4} or {@code PK\5\6}
     */
    public static boolean looksLikeZip(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < 4) {
            return false;
        }
        int sig = le32(bytes, 0);
        return sig == LOCAL_SIG || sig == EOCD_SIG;
    }

    /**
     * Parses and validates the directory of an archive.
     *
     * @param bytes the whole file (not copied; must not change afterwards)
     * @param source the file name for messages
     * @return the reader
     * @throws IllegalArgumentException if the bytes are not a well-formed single-disk ZIP archive
     */
    public static ZipReader open(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        int eocd = findEndRecord(bytes, source);
        int disk = le16(bytes, eocd + 4);
        int cdDisk = le16(bytes, eocd + 6);
        long diskEntries = le16(bytes, eocd + 8);
        long totalEntries = le16(bytes, eocd + 10);
        long cdSize = le32u(bytes, eocd + 12);
        long cdOffset = le32u(bytes, eocd + 16);
        long cdLimit = eocd;
        if (eocd >= 20 && le32(bytes, eocd - 20) == ZIP64_LOCATOR_SIG) {
            int locator = eocd - 20;
            long z64 = le64(bytes, locator + 8);
            if (le32(bytes, locator + 4) != 0 || le32(bytes, locator + 16) > 1) {
                throw fail(source, "zip: multi-disk archives are not supported");
            }
            if (z64 < 0 || z64 > locator - 56) {
                throw fail(source, "zip: ZIP64 end record offset %d is outside the file", z64);
            }
            int z = (int) z64;
            if (le32(bytes, z) != ZIP64_EOCD_SIG) {
                throw fail(source, "zip: no ZIP64 end record at offset %d", z);
            }
            disk = le32(bytes, z + 16);
            cdDisk = le32(bytes, z + 20);
            diskEntries = le64(bytes, z + 24);
            totalEntries = le64(bytes, z + 32);
            cdSize = le64(bytes, z + 40);
            cdOffset = le64(bytes, z + 48);
            cdLimit = z;
        }
        if (disk != 0 || cdDisk != 0 || diskEntries != totalEntries) {
            throw fail(source, "zip: multi-disk archives are not supported");
        }
        if (cdOffset < 0 || cdSize < 0 || cdOffset > cdLimit || cdSize > cdLimit - cdOffset) {
            throw fail(
                    source,
                    "zip: central directory (offset %d, %d bytes) is outside the file (%d bytes); "
                            + "truncated?",
                    cdOffset,
                    cdSize,
                    bytes.length);
        }
        if (totalEntries < 0 || totalEntries > cdSize / CENTRAL_SIZE) {
            throw fail(
                    source,
                    "zip: %d entries cannot fit in a central directory of %d bytes",
                    totalEntries,
                    cdSize);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int pos = (int) cdOffset;
        int cdEnd = (int) (cdOffset + cdSize);
        for (long i = 0; i < totalEntries; i++) {
            Entry e = readCentral(bytes, source, pos, cdEnd, (int) cdOffset);
            if (entries.put(e.name(), e) != null) {
                throw fail(source, "zip: two entries are named %s", quote(e.name()));
            }
            pos = nextCentral(bytes, pos);
        }
        if (pos != cdEnd) {
            throw fail(
                    source,
                    "zip: central directory has %d bytes after its %d entries",
                    cdEnd - pos,
                    totalEntries);
        }
        checkNoOverlap(new ArrayList<>(entries.values()), source);
        return new ZipReader(bytes, source, Collections.unmodifiableMap(entries));
    }

    private static int findEndRecord(byte[] bytes, String source) {
        if (bytes.length < EOCD_SIZE) {
            throw fail(
                    source,
                    "zip: too short for a ZIP archive (%d bytes); truncated?",
                    bytes.length);
        }
        int lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
        for (int p = bytes.length - EOCD_SIZE; p >= lowest; p--) {
            if (le32(bytes, p) == EOCD_SIG && p + EOCD_SIZE + le16(bytes, p + 20) == bytes.length) {
                return p;
            }
        }
        throw fail(
                source, "zip: no end of central directory record; truncated or not a ZIP archive");
    }

    private static int nextCentral(byte[] bytes, int pos) {
        return pos
                + CENTRAL_SIZE
                + le16(bytes, pos + 28)
                + le16(bytes, pos + 30)
                + le16(bytes, pos + 32);
    }

    private static Entry readCentral(
            byte[] bytes, String source, int pos, int cdEnd, int cdOffset) {
        if (pos + CENTRAL_SIZE > cdEnd || le32(bytes, pos) != CENTRAL_SIG) {
            throw fail(source, "zip: bad central directory header at offset %d", pos);
        }
        int flags = le16(bytes, pos + 8);
        int method = le16(bytes, pos + 10);
        long crc = le32u(bytes, pos + 16);
        long csize = le32u(bytes, pos + 20);
        long usize = le32u(bytes, pos + 24);
        int nameLength = le16(bytes, pos + 28);
        int extraLength = le16(bytes, pos + 30);
        int commentLength = le16(bytes, pos + 32);
        int startDisk = le16(bytes, pos + 34);
        long local = le32u(bytes, pos + 42);
        int namePos = pos + CENTRAL_SIZE;
        if ((long) namePos + nameLength + extraLength + commentLength > cdEnd) {
            throw fail(
                    source,
                    "zip: central directory header at offset %d runs past the directory",
                    pos);
        }
        byte[] rawName = Arrays.copyOfRange(bytes, namePos, namePos + nameLength);
        String name = decodeName(rawName, flags, source);
        // ZIP64 extended information: 8-byte values for exactly those fields saturated in the
        // header, in order.
        int x = namePos + nameLength;
        int xEnd = x + extraLength;
        while (x + 4 <= xEnd) {
            int id = le16(bytes, x);
            int size = le16(bytes, x + 2);
            int d = x + 4;
            if (d + size > xEnd) {
                throw fail(source, "zip: entry %s: extra field runs past its header", quote(name));
            }
            if (id == 0x0001) {
                int q = d;
                if (usize == 0xffffffffL) {
                    usize = zip64Field(bytes, q, d + size, source, name);
                    q += 8;
                }
                if (csize == 0xffffffffL) {
                    csize = zip64Field(bytes, q, d + size, source, name);
                    q += 8;
                }
                if (local == 0xffffffffL) {
                    local = zip64Field(bytes, q, d + size, source, name);
                    q += 8;
                }
            }
            x = d + size;
        }
        if (startDisk != 0 && startDisk != 0xffff) {
            throw fail(source, "zip: entry %s: multi-disk archives are not supported", quote(name));
        }
        if ((flags & 0x41) != 0) {
            throw fail(source, "zip: entry %s is encrypted", quote(name));
        }
        if (local < 0 || local > cdOffset - LOCAL_SIZE) {
            throw fail(
                    source,
                    "zip: entry %s: local header offset %d is outside the data area (%d bytes)",
                    quote(name),
                    local,
                    cdOffset);
        }
        int lp = (int) local;
        if (le32(bytes, lp) != LOCAL_SIG) {
            throw fail(source, "zip: entry %s: no local header at offset %d", quote(name), lp);
        }
        int localNameLength = le16(bytes, lp + 26);
        int localExtraLength = le16(bytes, lp + 28);
        long dataOffset = local + LOCAL_SIZE + localNameLength + localExtraLength;
        if (dataOffset > cdOffset) {
            throw fail(
                    source,
                    "zip: entry %s: local header runs into the central directory",
                    quote(name));
        }
        if (localNameLength != nameLength
                || !Arrays.equals(
                        bytes,
                        lp + LOCAL_SIZE,
                        lp + LOCAL_SIZE + nameLength,
                        rawName,
                        0,
                        nameLength)) {
            throw fail(source, "zip: entry %s: local header names another file", quote(name));
        }
        if (csize < 0 || csize > cdOffset - dataOffset) {
            throw fail(
                    source,
                    "zip: entry %s: %d compressed bytes do not fit before the central directory "
                            + "(%d bytes available); truncated?",
                    quote(name),
                    csize,
                    cdOffset - dataOffset);
        }
        if (usize < 0) {
            throw fail(source, "zip: entry %s: negative size", quote(name));
        }
        return new Entry(name, method, flags, crc, csize, usize, local, dataOffset);
    }

    private static long zip64Field(byte[] bytes, int at, int end, String source, String name) {
        if (at + 8 > end) {
            throw fail(source, "zip: entry %s: ZIP64 extra field too short", quote(name));
        }
        return le64(bytes, at);
    }

    private static String decodeName(byte[] raw, int flags, String source) {
        if ((flags & 0x800) == 0) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
        try {
            CharBuffer chars =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(raw));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw fail(e, source, "zip: an entry name is not valid UTF-8");
        }
    }

    private static void checkNoOverlap(List<Entry> list, String source) {
        list.sort(Comparator.comparingLong(Entry::localOffset));
        for (int i = 1; i < list.size(); i++) {
            Entry prev = list.get(i - 1);
            Entry next = list.get(i);
            if (prev.dataOffset() + prev.compressedSize() > next.localOffset()) {
                throw fail(
                        source,
                        "zip: entries %s and %s overlap",
                        quote(prev.name()),
                        quote(next.name()));
            }
        }
    }

    /**
     * The file name used in messages.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The entries in central-directory order.
     *
     * @return an unmodifiable list
     */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * Looks an entry up by its exact name.
     *
     * @param name the name
     * @return the entry, or empty
     */
    public Optional<Entry> entry(String name) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Extracts an entry and verifies its size and CRC-32.
     *
     * @param entry an entry of this archive
     * @return the uncompressed bytes
     * @throws IllegalArgumentException if the method is not stored or deflate, the data are corrupt
     *     or truncated, the size or the CRC-32 does not match, or the declared size is absurd
     */
    public byte[] read(Entry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entries.get(entry.name()) != entry) {
            throw new IllegalArgumentException(
                    "entry " + quote(entry.name()) + " is not from " + source);
        }
        String name = quote(entry.name());
        long csize = entry.compressedSize();
        long usize = entry.size();
        int start = (int) entry.dataOffset();
        byte[] out;
        if (entry.method() == 0) {
            if (csize != usize) {
                throw fail(
                        source,
                        "zip: stored entry %s has %d stored bytes but declares %d",
                        name,
                        csize,
                        usize);
            }
            out = Arrays.copyOfRange(bytes, start, start + (int) csize);
        } else if (entry.method() == 8) {
            if (usize > MAX_ENTRY_SIZE || usize > MAX_DEFLATE_RATIO * csize + 64) {
                throw fail(
                        source,
                        "zip: entry %s declares %d bytes from %d compressed bytes; refusing (zip bomb "
                                + "or corrupt header)",
                        name,
                        usize,
                        csize);
            }
            out = inflate(start, (int) csize, (int) usize, name);
        } else {
            throw fail(
                    source,
                    "zip: entry %s uses compression method %d (only stored and deflate are supported)",
                    name,
                    entry.method());
        }
        CRC32 crc = new CRC32();
        crc.update(out, 0, out.length);
        if (crc.getValue() != entry.crc()) {
            throw fail(source, "zip: entry %s fails its CRC-32 check (corrupt file)", name);
        }
        return out;
    }

    /**
     * Extracts an entry by name.
     *
     * @param name the entry name
     * @return the uncompressed bytes
     * @throws IllegalArgumentException if there is no such entry or it cannot be extracted (see
     *     {@link #read(Entry)})
     */
    public byte[] read(String name) {
        Entry e = entries.get(Objects.requireNonNull(name, "name"));
        if (e == null) {
            throw fail(source, "zip: no entry %s", quote(name));
        }
        return read(e);
    }

    private byte[] inflate(int start, int csize, int usize, String name) {
        // zlib may look one byte past the raw deflate stream when the header is omitted, hence the
        // pad byte.
        byte[] input = Arrays.copyOfRange(bytes, start, start + csize + 1);
        input[csize] = 0;
        byte[] out = new byte[usize];
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(input);
            int n = 0;
            while (n < usize) {
                int remaining = inflater.getRemaining();
                int k = inflater.inflate(out, n, usize - n);
                n += k;
                if (k == 0
                        && (inflater.finished()
                                || inflater.needsDictionary()
                                || inflater.needsInput()
                                || inflater.getRemaining() == remaining)) {
                    break;
                }
            }
            if (n < usize) {
                throw fail(
                        source,
                        "zip: entry %s inflates to %d bytes, but declares %d (truncated or corrupt)",
                        name,
                        n,
                        usize);
            }
            if (!inflater.finished()) {
                byte[] probe = new byte[1];
                for (int guard = 0; guard < 16 && !inflater.finished(); guard++) {
                    if (inflater.inflate(probe) > 0) {
                        throw fail(
                                source,
                                "zip: entry %s inflates to more than the %d bytes it declares",
                                name,
                                usize);
                    }
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        break;
                    }
                }
                if (!inflater.finished()) {
                    throw fail(
                            source,
                            "zip: entry %s: deflate stream does not end (truncated or corrupt)",
                            name);
                }
            }
            return out;
        } catch (DataFormatException e) {
            throw fail(e, source, "zip: entry %s: corrupt deflate data (%s)", name, e.getMessage());
        } finally {
            inflater.end();
        }
    }

    private static int le16(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
    }

    private static int le32(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static long le32u(byte[] b, int at) {
        return le32(b, at) & 0xffffffffL;
    }

    private static long le64(byte[] b, int at) {
        return ByteBuffer.wrap(b, at, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }
}
