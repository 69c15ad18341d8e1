package dev.cogs.io.safetensors;

import static dev.cogs.io.internal.Problems.fail;
import static dev.cogs.io.internal.Problems.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import dev.cogs.io.TensorFile;
import dev.cogs.io.internal.FileBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes {@code .safetensors} files (Hugging Face's format).
 *
 * <p>Format: 8 bytes, an unsigned little-endian 64-bit integer N; N bytes of UTF-8 JSON, an object
 * starting with <code>{</code> that maps each tensor name to <code>
 * {"dtype": "F32", "shape": [2, 3], "data_offsets":
 * [begin, end]}</code> and may hold {@code "__metadata__"}, a string-to-string map; the header may
 * be padded with trailing spaces. Then the byte buffer: each tensor's little-endian, C-order data
 * at {@code [begin, end)} relative to the start of the buffer.
 *
 * <p>Validation (each failure one {@link IllegalArgumentException} line naming the file and the
 * tensor): N must fit in the file and be at most 100,000,000; the header must be valid JSON without
 * duplicate keys; every entry must have a known dtype, a shape of non-negative integers and two
 * offsets with {@code begin <= end}; {@code end - begin} must equal the element count times the
 * element size; and the tensors, sorted by offset, must tile the buffer exactly: no gap, no
 * overlap, nothing past the end of the file and nothing after the last tensor. A truncated file
 * therefore always fails.
 *
 * <p>Read: {@code F16}, {@code BF16}, {@code F32} and {@code F64}, in buffer order. Tensors of the
 * other dtypes of the format ({@code BOOL}, {@code U8}, {@code I8}, {@code I16}, {@code U16},
 * {@code I32}, {@code U32}, {@code I64}, {@code U64}, {@code F8_E4M3}, {@code F8_E5M2}, {@code
 * F8_E8M0}, {@code C64}) are validated and listed in {@link TensorFile#skipped()}.
 *
 * <p>Non-finite values: NaN and infinities are read and written as they are (NaN as the type's
 * canonical quiet NaN when written); validation concerns the layout, not the values.
 *
 * <p>Written: the header in compact JSON with {@code "__metadata__"} first (omitted when empty),
 * padded with spaces so the buffer starts at a multiple of 8 bytes; tensors ordered by element
 * size, largest first, and otherwise in the given order, so that every tensor's data are aligned to
 * its element size.
 */
public final class Safetensors {

    /** The reference implementation's limit on the header size. */
    public static final long MAX_HEADER_SIZE = 100_000_000L;

    private static final String METADATA = "__metadata__";
    private static final JsonMapper JSON =
            JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                    .build();

    /** The dtypes of the format that are validated but not read, with their element sizes. */
    private static final Map<String, Integer> OTHER_DTYPES =
            Map.ofEntries(
                    Map.entry("BOOL", 1),
                    Map.entry("U8", 1),
                    Map.entry("I8", 1),
                    Map.entry("F8_E4M3", 1),
                    Map.entry("F8_E5M2", 1),
                    Map.entry("F8_E8M0", 1),
                    Map.entry("I16", 2),
                    Map.entry("U16", 2),
                    Map.entry("I32", 4),
                    Map.entry("U32", 4),
                    Map.entry("I64", 8),
                    Map.entry("U64", 8),
                    Map.entry("C64", 8));

    private Safetensors() {}

    /**
     * The format's name for a dtype.
     *
     * @param dtype the dtype
     * @return {@code F16}, {@code BF16}, {@code F32} or {@code F64}
     */
    public static String code(DType dtype) {
        switch (Objects.requireNonNull(dtype, "dtype")) {
            case FLOAT16:
                return "F16";
            case BFLOAT16:
                return "BF16";
            case FLOAT32:
                return "F32";
            default:
                return "F64";
        }
    }

    private static DType dtype(String code) {
        switch (code) {
            case "F16":
                return DType.FLOAT16;
            case "BF16":
                return DType.BFLOAT16;
            case "F32":
                return DType.FLOAT32;
            case "F64":
                return DType.FLOAT64;
            default:
                return null;
        }
    }

    /**
     * Reads a {@code .safetensors} file.
     *
     * @param file the file
     * @return the float tensors in buffer order, with the {@code __metadata__} map
     * @throws IllegalArgumentException naming the file (and tensor) if it is not a valid
     *     safetensors file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static TensorFile read(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(FileBytes.read(file), file.toString());
    }

    /** One header entry before its data are read. */
    private record Entry(String name, String code, int[] shape, long begin, long end) {}

    /**
     * Parses the bytes of a {@code .safetensors} file.
     *
     * @param bytes the whole file
     * @param source the name used in messages
     * @return the float tensors in buffer order, with the {@code __metadata__} map
     * @throws IllegalArgumentException naming the source (and tensor) if the bytes are not a valid
     *     safetensors file
     */
    public static TensorFile parse(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        if (bytes.length < 8) {
            throw fail(
                    source,
                    "too short for a safetensors file (%d bytes); truncated?",
                    bytes.length);
        }
        long n = ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        if (n < 0 || n > bytes.length - 8L) {
            throw fail(
                    source,
                    "header length %s exceeds the %d bytes after it; truncated or not safetensors",
                    Long.toUnsignedString(n),
                    bytes.length - 8L);
        }
        if (n > MAX_HEADER_SIZE) {
            throw fail(
                    source, "header length %d exceeds the limit of %d bytes", n, MAX_HEADER_SIZE);
        }
        if (n < 2 || bytes[8] != '{') {
            throw fail(source, "header does not start with '{'; not a safetensors file");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes, 8, (int) n);
        } catch (JsonProcessingException e) {
            throw fail(e, source, "header is not valid JSON: %s", e.getOriginalMessage());
        } catch (IOException e) {
            throw fail(e, source, "header is not valid JSON: %s", e.getMessage());
        }
        if (!(root instanceof ObjectNode)) {
            throw fail(source, "header is not a JSON object");
        }
        long bufferStart = 8 + n;
        long bufferSize = bytes.length - bufferStart;
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : root.properties()) {
            if (f.getKey().equals(METADATA)) {
                metadata = metadata(f.getValue(), source);
            } else {
                entries.add(entry(f.getKey(), f.getValue(), source));
            }
        }
        checkTiling(entries, bufferSize, source);
        List<Tensor> tensors = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Entry e : entries) {
            DType dtype = dtype(e.code());
            if (dtype == null) {
                skipped.put(
                        e.name(),
                        "safetensors dtype "
                                + e.code()
                                + " is not a float type (F16, BF16, F32, F64)");
                continue;
            }
            ByteBuffer data =
                    ByteBuffer.wrap(
                                    bytes,
                                    (int) (bufferStart + e.begin()),
                                    (int) (e.end() - e.begin()))
                            .order(ByteOrder.LITTLE_ENDIAN);
            double[] values = new double[(int) ((e.end() - e.begin()) / dtype.byteSize())];
            for (int i = 0; i < values.length; i++) {
                values[i] = dtype.read(data);
            }
            tensors.add(Tensor.of(e.name(), dtype, e.shape(), values));
        }
        return TensorFile.of(source, tensors, metadata, skipped);
    }

    private static Map<String, String> metadata(JsonNode node, String source) {
        if (!node.isObject()) {
            throw fail(source, "__metadata__ is not a JSON object");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> m : node.properties()) {
            if (!m.getValue().isTextual()) {
                throw fail(source, "__metadata__ value of %s is not a string", quote(m.getKey()));
            }
            out.put(m.getKey(), m.getValue().textValue());
        }
        return out;
    }

    private static Entry entry(String name, JsonNode node, String source) {
        String where = "tensor " + quote(name);
        if (name.isEmpty()) {
            throw fail(source, "a tensor has an empty name");
        }
        if (!node.isObject()) {
            throw fail(source, "%s: header entry is not a JSON object", where);
        }
        JsonNode dtypeNode = node.get("dtype");
        JsonNode shapeNode = node.get("shape");
        JsonNode offsetsNode = node.get("data_offsets");
        if (dtypeNode == null || shapeNode == null || offsetsNode == null) {
            throw fail(source, "%s: header entry needs dtype, shape and data_offsets", where);
        }
        if (!dtypeNode.isTextual()) {
            throw fail(source, "%s: dtype is not a string", where);
        }
        String code = dtypeNode.textValue();
        int itemSize;
        if (dtype(code) != null) {
            itemSize = dtype(code).byteSize();
        } else if (OTHER_DTYPES.containsKey(code)) {
            itemSize = OTHER_DTYPES.get(code);
        } else {
            throw fail(source, "%s: unknown dtype %s", where, quote(code));
        }
        if (!(shapeNode instanceof ArrayNode) || shapeNode.size() > 64) {
            throw fail(source, "%s: shape is not an array of at most 64 dimensions", where);
        }
        int[] shape = new int[shapeNode.size()];
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            long dim = nonNegative(shapeNode.get(i), where + ": shape", source);
            if (dim > Integer.MAX_VALUE) {
                throw fail(source, "%s: dimension %d is too large", where, dim);
            }
            shape[i] = (int) dim;
            count *= dim;
            if (count > Integer.MAX_VALUE - 8) {
                throw fail(source, "%s: shape %s has too many elements", where, shapeNode);
            }
        }
        if (!(offsetsNode instanceof ArrayNode) || offsetsNode.size() != 2) {
            throw fail(source, "%s: data_offsets is not an array [begin, end]", where);
        }
        long begin = nonNegative(offsetsNode.get(0), where + ": data_offsets", source);
        long end = nonNegative(offsetsNode.get(1), where + ": data_offsets", source);
        if (begin > end) {
            throw fail(
                    source, "%s: data_offsets [%d, %d] end before they begin", where, begin, end);
        }
        long needed = count * itemSize;
        if (end - begin != needed) {
            throw fail(
                    source,
                    "%s: data_offsets [%d, %d] hold %d bytes, but %s shape %s needs %d",
                    where,
                    begin,
                    end,
                    end - begin,
                    code,
                    Tensor.shapeString(shape),
                    needed);
        }
        return new Entry(name, code, shape, begin, end);
    }

    private static long nonNegative(JsonNode node, String where, String source) {
        if (node == null
                || !node.isIntegralNumber()
                || !node.canConvertToLong()
                || node.longValue() < 0) {
            throw fail(
                    source,
                    "%s: %s is not a non-negative integer",
                    where,
                    node == null ? "a value" : quote(node.toString()));
        }
        return node.longValue();
    }

    private static void checkTiling(List<Entry> entries, long bufferSize, String source) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
        long expected = 0;
        Entry previous = null;
        for (Entry e : sorted) {
            if (e.begin() < expected) {
                throw fail(
                        source,
                        "tensor %s: data_offsets [%d, %d] overlap tensor %s",
                        quote(e.name()),
                        e.begin(),
                        e.end(),
                        quote(previous.name()));
            }
            if (e.begin() > expected) {
                throw fail(
                        source,
                        "tensor %s: data_offsets [%d, %d] leave a gap of %d bytes before it",
                        quote(e.name()),
                        e.begin(),
                        e.end(),
                        e.begin() - expected);
            }
            if (e.end() > bufferSize) {
                throw fail(
                        source,
                        "tensor %s: data_offsets [%d, %d] run past the %d data bytes of the file; "
                                + "truncated?",
                        quote(e.name()),
                        e.begin(),
                        e.end(),
                        bufferSize);
            }
            expected = e.end();
            previous = e;
        }
        if (expected != bufferSize) {
            throw fail(
                    source,
                    "%d bytes after the last tensor's data (header offsets cover %d of %d)",
                    bufferSize - expected,
                    expected,
                    bufferSize);
        }
        entries.sort(Comparator.comparingLong(Entry::begin).thenComparingLong(Entry::end));
    }

    /**
     * Encodes tensors and metadata as the bytes of a {@code .safetensors} file.
     *
     * @param tensors the tensors (written largest element size first, otherwise in the given order)
     * @param metadata the {@code __metadata__} map (omitted when empty), in iteration order
     * @return the file bytes
     * @throws IllegalArgumentException if two tensors share a name, a tensor is named {@code
     *     __metadata__}, or a name, key or value holds an unpaired surrogate (no UTF-8 form)
     */
    public static byte[] encode(List<Tensor> tensors, Map<String, String> metadata) {
        Objects.requireNonNull(tensors, "tensors");
        Objects.requireNonNull(metadata, "metadata");
        List<Tensor> ordered = new ArrayList<>(tensors);
        Set<String> names = new HashSet<>();
        for (Tensor t : ordered) {
            Objects.requireNonNull(t, "tensor");
            if (t.name().equals(METADATA)) {
                throw new IllegalArgumentException(
                        "safetensors: a tensor cannot be named __metadata__");
            }
            if (!names.add(t.name())) {
                throw new IllegalArgumentException(
                        "safetensors: two tensors are named " + quote(t.name()));
            }
            requireUnicode("tensor name", t.name());
        }
        for (Map.Entry<String, String> m : metadata.entrySet()) {
            requireUnicode("metadata key", Objects.requireNonNull(m.getKey(), "metadata key"));
            requireUnicode(
                    "metadata value", Objects.requireNonNull(m.getValue(), "metadata value"));
        }
        // Stable sort: largest elements first keeps every tensor aligned to its element size.
        ordered.sort(Comparator.comparingInt((Tensor t) -> t.dtype().byteSize()).reversed());
        ObjectNode header = JSON.createObjectNode();
        if (!metadata.isEmpty()) {
            ObjectNode meta = header.putObject(METADATA);
            for (Map.Entry<String, String> m : metadata.entrySet()) {
                meta.put(
                        Objects.requireNonNull(m.getKey(), "metadata key"),
                        Objects.requireNonNull(m.getValue(), "metadata value"));
            }
        }
        long offset = 0;
        for (Tensor t : ordered) {
            long size = (long) t.size() * t.dtype().byteSize();
            ObjectNode entry = header.putObject(t.name());
            entry.put("dtype", code(t.dtype()));
            ArrayNode shape = entry.putArray("shape");
            for (int dim : t.shape()) {
                shape.add(dim);
            }
            entry.putArray("data_offsets").add(offset).add(offset + size);
            offset += size;
        }
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(header);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("safetensors: cannot encode the header", e);
        }
        int padded = (json.length + 7) / 8 * 8;
        long total = 8L + padded + offset;
        if (total > FileBytes.MAX_FILE_SIZE) {
            throw new IllegalArgumentException(
                    "safetensors: " + total + " bytes do not fit in one Java array");
        }
        ByteBuffer out = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        out.putLong(padded);
        out.put(json);
        for (int i = json.length; i < padded; i++) {
            out.put((byte) ' ');
        }
        for (Tensor t : ordered) {
            for (double v : t.data()) {
                t.dtype().write(out, v);
            }
        }
        return out.array();
    }

    /**
     * The header is UTF-8 JSON: a string with an unpaired surrogate has no UTF-8 form, and the file
     * written from it could not be read back.
     */
    private static void requireUnicode(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(
                        String.format(
                                java.util.Locale.ROOT,
                                "safetensors: %s %s has an unpaired surrogate U+%04X at index %d"
                                        + " (the header is UTF-8 JSON)",
                                what,
                                quote(text),
                                (int) c,
                                i));
            }
        }
    }

    /**
     * Encodes the tensors and metadata of a file.
     *
     * @param file the tensors and their {@link TensorFile#metadata()}
     * @return the file bytes
     * @throws IllegalArgumentException if a tensor is named {@code __metadata__}
     */
    public static byte[] encode(TensorFile file) {
        Objects.requireNonNull(file, "file");
        return encode(file.tensors(), file.metadata());
    }

    /**
     * Writes tensors and metadata to a {@code .safetensors} file, through a temporary sibling moved
     * into place.
     *
     * @param file the target
     * @param tensors the tensors
     * @param metadata the {@code __metadata__} map (omitted when empty)
     * @throws IllegalArgumentException if two tensors share a name or a tensor is named {@code
     *     __metadata__}
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void write(Path file, List<Tensor> tensors, Map<String, String> metadata) {
        Objects.requireNonNull(file, "file");
        FileBytes.writeAtomically(file, encode(tensors, metadata));
    }
}
