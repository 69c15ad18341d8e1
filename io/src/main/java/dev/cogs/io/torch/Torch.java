package dev.cogs.io.torch;

import static dev.cogs.io.internal.Problems.fail;
import static dev.cogs.io.internal.Problems.quote;

import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import dev.cogs.io.TensorFile;
import dev.cogs.io.internal.FileBytes;
import dev.cogs.io.internal.ZipReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the tensors of a PyTorch {@code torch.save} file (the ZIP format, PyTorch 1.6 and later)
 * without running any of its code.
 *
 * <p>Format: a ZIP archive whose entries share one top-level folder {@code <prefix>/} (the archive
 * name: {@code archive} for current PyTorch, the file stem for some older versions): {@code
 * <prefix>/data.pkl}, a pickle (protocol 2) of the saved object in which each tensor is {@code
 * torch._utils._rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, hooks)} and
 * each storage a persistent id {@code ('storage', torch.FloatStorage, key, location, numel)};
 * {@code <prefix>/data/<key>}, the raw bytes of each storage; {@code <prefix>/version}, the format
 * version; and, from PyTorch 2.1, {@code <prefix>/byteorder} ({@code little} or {@code big}; little
 * if absent).
 *
 * <p>The pickle is read by a restricted unpickler that accepts plain values (dict, list, tuple,
 * str, int, float, bool, None, bytes) and only the globals a state dict needs: {@code
 * collections.OrderedDict}, {@code torch._utils._rebuild_tensor_v2}, {@code
 * torch._utils._rebuild_parameter} and the {@code torch.*Storage} classes as storage markers. Any
 * other global, for example {@code os.system}, {@code builtins.eval}, {@code
 * torch.storage._load_from_bytes} or a model class, is refused by name with {@code cogs: <file>:
 * data.pkl: refused global os.system (pickle can run code; only state-dict types are allowed)};
 * nothing is ever called.
 *
 * <p>Result: every tensor anywhere in the saved object, named by its path of dict keys and list
 * indices joined with dots: {@code layera.weight} for a saved state dict, {@code
 * model.layera.weight} for {@code {"model": state_dict, "results": {...}}}; a file holding a single
 * tensor gives one tensor named {@code tensor}. Numbers (Python int and float) are kept, by the
 * same dotted paths, in {@link TensorFile#scalars()} (the authors' trainer logs its losses there);
 * other non-tensor values are ignored. Float32, float64, float16 and bfloat16 storages are read,
 * with any storage offset and strides (C-order result); tensors of other storage types (for example
 * a batch-norm {@code num_batches_tracked} counter in int64) are listed in {@link
 * TensorFile#skipped()}. The metadata holds {@code format_version}, {@code byteorder} and {@code
 * prefix}.
 *
 * <p>Non-finite values: NaN and infinities in a storage are read as they are; {@link
 * dev.cogs.io.WeightKeys} refuses them when the weights of a net are extracted.
 *
 * <p>Refused, each with one {@link IllegalArgumentException} line naming the file and, where there
 * is one, the tensor: the legacy (pre-1.6, non-ZIP) format, TorchScript archives ({@code
 * torch.jit.save}), malformed ZIP archives or pickles, missing storages, storages whose length
 * differs from the element count the pickle declares, views reaching outside their storage, and
 * views with more elements than their storage (expanded tensors). Memory stays proportional to the
 * file: every size is checked against the bytes actually present.
 */
public final class Torch {

    /**
     * The entry the pickle is read from, relative to the prefix; also the entry named in messages.
     */
    public static final String DATA_PKL = "data.pkl";

    /** Name of the tensor when the file holds a single tensor. */
    public static final String SINGLE_TENSOR = "tensor";

    private Torch() {}

    /**
     * Reads a {@code torch.save} file.
     *
     * @param file the file (usually {@code .pt} or {@code .pth})
     * @return the float tensors, named by dotted path, in pickle order
     * @throws IllegalArgumentException naming the file (and tensor) if it is not a readable {@code
     *     torch.save} ZIP archive or needs a global that is not allowed
     * @throws UncheckedIOException if the file cannot be read
     */
    public static TensorFile read(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(FileBytes.read(file), file.toString());
    }

    /**
     * Parses the bytes of a {@code torch.save} file.
     *
     * @param bytes the whole file
     * @param source the name used in messages
     * @return the float tensors, named by dotted path, in pickle order
     * @throws IllegalArgumentException naming the source (and tensor) if the bytes are not a
     *     readable {@code torch.save} ZIP archive or need a global that is not allowed
     */
    public static TensorFile parse(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x80 && bytes[1] >= 0 && bytes[1] <= 5) {
            throw fail(
                    source,
                    "legacy torch.save format (PyTorch < 1.6 or _use_new_zipfile_serialization=False) "
                            + "is not supported; re-save it with a current PyTorch");
        }
        if (!ZipReader.looksLikeZip(bytes)) {
            throw fail(source, "not a torch.save file (expected a ZIP archive)");
        }
        ZipReader zip = ZipReader.open(bytes, source);
        String prefix = prefix(zip, source);
        if (zip.entry(prefix + "constants.pkl").isPresent()
                || zip.entry(prefix + "code/").isPresent()) {
            throw fail(
                    source,
                    "a TorchScript archive (torch.jit.save) is not a state dict; in Python, "
                            + "torch.save(torch.jit.load(f).state_dict(), g)");
        }
        String version = text(zip, prefix + "version", source);
        if (!version.matches("[0-9]{1,9}") || Integer.parseInt(version) < 1) {
            throw fail(source, "entry version holds %s, not a format version", quote(version));
        }
        ByteOrder order = ByteOrder.LITTLE_ENDIAN;
        String byteorder = "little";
        if (zip.entry(prefix + "byteorder").isPresent()) {
            byteorder = text(zip, prefix + "byteorder", source);
            if (byteorder.equals("big")) {
                order = ByteOrder.BIG_ENDIAN;
            } else if (!byteorder.equals("little")) {
                throw fail(source, "entry byteorder holds %s, not little or big", quote(byteorder));
            }
        }
        byte[] pickle = zip.read(prefix + DATA_PKL);
        Object root = Unpickler.load(pickle, source, DATA_PKL);
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("format_version", version);
        metadata.put("byteorder", byteorder);
        metadata.put("prefix", prefix.substring(0, prefix.length() - 1));
        return new Materializer(zip, prefix, order, source, bytes.length, pickle.length)
                .run(root, metadata);
    }

    /** The one top-level folder holding {@code data.pkl}, with its trailing slash. */
    private static String prefix(ZipReader zip, String source) {
        List<String> found = new ArrayList<>();
        for (ZipReader.Entry e : zip.entries()) {
            String n = e.name();
            int slash = n.indexOf('/');
            if (slash > 0 && n.equals(n.substring(0, slash + 1) + DATA_PKL)) {
                found.add(n.substring(0, slash + 1));
            }
        }
        if (found.isEmpty()) {
            throw fail(source, "no <archive>/data.pkl entry; not a torch.save file");
        }
        if (found.size() > 1) {
            throw fail(
                    source,
                    "%d entries named <archive>/data.pkl; not a torch.save file",
                    found.size());
        }
        return found.get(0);
    }

    private static String text(ZipReader zip, String name, String source) {
        ZipReader.Entry e =
                zip.entry(name)
                        .orElseThrow(
                                () ->
                                        fail(
                                                source,
                                                "no entry %s; not a torch.save file",
                                                quote(name)));
        if (e.size() > 64) {
            throw fail(
                    source, "entry %s is %d bytes, expected a short text", quote(name), e.size());
        }
        return new String(zip.read(e), StandardCharsets.UTF_8).strip();
    }

    /** Walks the unpickled value, names its tensors and reads their data. */
    private static final class Materializer {
        /** Overlapping views of one storage may legitimately read its elements more than once. */
        private static final long VIEW_FACTOR = 4;

        private final ZipReader zip;
        private final String prefix;
        private final ByteOrder order;
        private final String source;
        private final long elementBudget;
        private final long visitBudget;
        private final Map<String, ByteBuffer> storages = new HashMap<>();
        private final Map<String, Py.Storage> declared = new HashMap<>();
        private long elements;
        private long visits;

        Materializer(
                ZipReader zip,
                String prefix,
                ByteOrder order,
                String source,
                long fileLength,
                long pickleLength) {
            this.zip = zip;
            this.prefix = prefix;
            this.order = order;
            this.source = source;
            this.elementBudget = VIEW_FACTOR * fileLength + 1024;
            this.visitBudget = 16 * pickleLength + 1024;
        }

        /**
         * One pending node of the walk: a value and its path, or a marker that a container is done.
         */
        private record Step(Object value, String path, boolean nameable, Object leave) {}

        TensorFile run(Object root, Map<String, String> metadata) {
            List<Tensor> tensors = new ArrayList<>();
            Map<String, String> skipped = new LinkedHashMap<>();
            Map<String, Double> scalars = new LinkedHashMap<>();
            // Containers on the current path: a cycle is not descended into again.
            Set<Object> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<Step> todo = new ArrayDeque<>();
            todo.push(new Step(root, "", true, null));
            while (!todo.isEmpty()) {
                Step step = todo.pop();
                if (step.leave() != null) {
                    onPath.remove(step.leave());
                    continue;
                }
                if (++visits > visitBudget) {
                    throw fail(
                            source,
                            "%s: the saved object expands to more than %d values (shared references); "
                                    + "not a state dict",
                            DATA_PKL,
                            visitBudget);
                }
                Object v = step.value();
                if (v instanceof Py.TensorRef) {
                    String name = step.path().isEmpty() ? SINGLE_TENSOR : step.path();
                    if (!step.nameable()) {
                        throw fail(
                                source,
                                "tensor under %s: a dict key that is not a str or int cannot name it",
                                quote(name));
                    }
                    Tensor t = tensor((Py.TensorRef) v, name, skipped);
                    if (t != null) {
                        tensors.add(t);
                    }
                    continue;
                }
                List<Object> keys;
                List<Object> children;
                if (v instanceof Py.Dict) {
                    keys = ((Py.Dict) v).keys;
                    children = ((Py.Dict) v).values;
                } else if (v instanceof Py.PyList) {
                    children = ((Py.PyList) v).items;
                    keys = null;
                } else if (v instanceof Py.Tuple) {
                    children = ((Py.Tuple) v).items;
                    keys = null;
                } else {
                    // str, bool, None, bytes, storages and globals carry no tensor; numbers are
                    // kept as scalars
                    if (step.nameable()
                            && !step.path().isEmpty()
                            && (v instanceof Double
                                    || v instanceof Long
                                    || v instanceof BigInteger)) {
                        scalars.put(step.path(), ((Number) v).doubleValue());
                    }
                    continue;
                }
                if (!onPath.add(v)) {
                    continue;
                }
                todo.push(new Step(null, null, false, v));
                for (int i = children.size() - 1; i >= 0; i--) {
                    Object key = keys == null ? (Object) (long) i : keys.get(i);
                    String part = keyName(key);
                    String path =
                            step.path().isEmpty() ? String.valueOf(part) : step.path() + "." + part;
                    todo.push(
                            new Step(children.get(i), path, step.nameable() && part != null, null));
                }
            }
            if (tensors.isEmpty() && skipped.isEmpty()) {
                throw fail(source, "%s holds no tensors", DATA_PKL);
            }
            checkUnique(tensors, skipped);
            return TensorFile.of(source, tensors, metadata, skipped, scalars);
        }

        private void checkUnique(List<Tensor> tensors, Map<String, String> skipped) {
            Set<String> names = new java.util.HashSet<>();
            for (Tensor t : tensors) {
                if (!names.add(t.name()) || skipped.containsKey(t.name())) {
                    throw fail(
                            source,
                            "tensor %s: two values in the file flatten to this name",
                            quote(t.name()));
                }
            }
        }

        private static String keyName(Object key) {
            if (key instanceof String) {
                return (String) key;
            }
            if (key instanceof Long || key instanceof BigInteger) {
                return key.toString();
            }
            return null;
        }

        private Tensor tensor(Py.TensorRef ref, String name, Map<String, String> skipped) {
            String where = "tensor " + quote(name);
            if (ref.problem != null) {
                throw fail(source, "%s: %s", where, ref.problem);
            }
            Py.Storage s = ref.storage;
            Py.Storage earlier = declared.putIfAbsent(s.key(), s);
            if (earlier != null && (earlier.type() != s.type() || earlier.numel() != s.numel())) {
                throw fail(
                        source,
                        "%s: storage %s is declared as %d x %s and as %d x %s",
                        where,
                        quote(s.key()),
                        earlier.numel(),
                        earlier.type().typeName(),
                        s.numel(),
                        s.type().typeName());
            }
            DType dtype = s.type().dtype();
            if (dtype == null) {
                if (skipped.containsKey(name)) {
                    throw fail(source, "%s: two values in the file flatten to this name", where);
                }
                skipped.put(
                        name,
                        String.format(
                                Locale.ROOT,
                                "torch.%s (%s) %s is not a float tensor",
                                s.type().name(),
                                s.type().typeName(),
                                java.util.Arrays.toString(ref.size)));
                return null;
            }
            ByteBuffer data = storage(s, where);
            int count = 1;
            for (int dim : ref.size) {
                count *= dim;
            }
            elements += count;
            if (elements > elementBudget) {
                throw fail(
                        source,
                        "%s: views of the storages add up to more than %d elements; refusing",
                        where,
                        elementBudget);
            }
            double[] values = new double[count];
            int rank = ref.size.length;
            int[] index = new int[rank];
            int size = dtype.byteSize();
            for (int flat = 0; flat < count; flat++) {
                long element = ref.offset;
                for (int ax = 0; ax < rank; ax++) {
                    element += index[ax] * ref.stride[ax];
                }
                data.position((int) (element * size));
                values[flat] = dtype.read(data);
                for (int ax = rank - 1; ax >= 0; ax--) {
                    if (++index[ax] < ref.size[ax]) {
                        break;
                    }
                    index[ax] = 0;
                }
            }
            return Tensor.of(name, dtype, ref.size, values);
        }

        private ByteBuffer storage(Py.Storage s, String where) {
            ByteBuffer cached = storages.get(s.key());
            if (cached != null) {
                return cached;
            }
            String entryName = prefix + "data/" + s.key();
            ZipReader.Entry e =
                    zip.entry(entryName)
                            .orElseThrow(
                                    () ->
                                            fail(
                                                    source,
                                                    "%s: storage entry %s is missing",
                                                    where,
                                                    quote(entryName)));
            long expected;
            try {
                expected = Math.multiplyExact(s.numel(), (long) s.type().itemSize());
            } catch (ArithmeticException ex) {
                throw fail(
                        source,
                        "%s: storage %s declares an absurd %d elements",
                        where,
                        quote(s.key()),
                        s.numel());
            }
            if (e.size() != expected) {
                throw fail(
                        source,
                        "%s: storage %s holds %d bytes, but the pickle declares %d x %s = %d bytes",
                        where,
                        quote(entryName),
                        e.size(),
                        s.numel(),
                        s.type().typeName(),
                        expected);
            }
            ByteBuffer b = ByteBuffer.wrap(zip.read(e)).order(order);
            storages.put(s.key(), b);
            return b;
        }
    }
}
