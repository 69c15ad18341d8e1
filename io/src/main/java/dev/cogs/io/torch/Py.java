package dev.cogs.io.torch;

import dev.cogs.io.DType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Python values the restricted unpickler can build. Containers compare by identity (they may be
 * shared or even cyclic through the memo), so no method here recurses into them.
 */
final class Py {

    private Py() {}

    /** Python's {@code None}. */
    enum None {
        /** The only value. */
        NONE
    }

    /** A {@code bytes} value (never interpreted). */
    static final class Bytes {
        final int length;

        Bytes(int length) {
            this.length = length;
        }
    }

    /** A mutable Python list while unpickling. */
    static final class PyList {
        final List<Object> items = new ArrayList<>();
    }

    /** An immutable Python tuple. */
    static final class Tuple {
        final List<Object> items;

        Tuple(List<Object> items) {
            this.items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /**
     * A Python dict (or {@code OrderedDict}) in insertion order. Scalar keys (str, int, bool,
     * float, None) replace earlier equal keys as in Python; other keys are kept as they come.
     */
    static final class Dict {
        final List<Object> keys = new ArrayList<>();
        final List<Object> values = new ArrayList<>();
        private final Map<Object, Integer> index = new HashMap<>();

        void put(Object key, Object value) {
            if (isScalar(key)) {
                Integer at = index.get(key);
                if (at != null) {
                    values.set(at, value);
                    return;
                }
                index.put(key, keys.size());
            }
            keys.add(key);
            values.add(value);
        }

        static boolean isScalar(Object key) {
            return key instanceof String
                    || key instanceof Long
                    || key instanceof BigInteger
                    || key instanceof Boolean
                    || key instanceof Double
                    || key == None.NONE;
        }
    }

    /** The globals the unpickler accepts. */
    enum Global {
        /** {@code collections.OrderedDict}. */
        ORDERED_DICT("collections", "OrderedDict"),
        /** {@code torch._utils._rebuild_tensor_v2}. */
        REBUILD_TENSOR_V2("torch._utils", "_rebuild_tensor_v2"),
        /** {@code torch._utils._rebuild_parameter} ({@code nn.Parameter}). */
        REBUILD_PARAMETER("torch._utils", "_rebuild_parameter");

        final String module;
        final String name;

        Global(String module, String name) {
            this.module = module;
            this.name = name;
        }
    }

    /**
     * A {@code torch.*Storage} class, used only as a marker in persistent ids (never called).
     *
     * @param name the class name, for example {@code FloatStorage}
     * @param dtype the element type, or {@code null} if it is not a float type
     * @param typeName the element type in words, for messages
     * @param itemSize bytes per element
     */
    record StorageType(String name, DType dtype, String typeName, int itemSize) {}

    /** The storage classes of {@code torch}, float ones first. */
    static final Map<String, StorageType> STORAGE_TYPES = storageTypes();

    private static Map<String, StorageType> storageTypes() {
        Map<String, StorageType> m = new HashMap<>();
        for (StorageType t :
                List.of(
                        new StorageType("FloatStorage", DType.FLOAT32, "float32", 4),
                        new StorageType("DoubleStorage", DType.FLOAT64, "float64", 8),
                        new StorageType("HalfStorage", DType.FLOAT16, "float16", 2),
                        new StorageType("BFloat16Storage", DType.BFLOAT16, "bfloat16", 2),
                        new StorageType("LongStorage", null, "int64", 8),
                        new StorageType("IntStorage", null, "int32", 4),
                        new StorageType("ShortStorage", null, "int16", 2),
                        new StorageType("CharStorage", null, "int8", 1),
                        new StorageType("ByteStorage", null, "uint8", 1),
                        new StorageType("BoolStorage", null, "bool", 1),
                        new StorageType("ComplexFloatStorage", null, "complex64", 8),
                        new StorageType("ComplexDoubleStorage", null, "complex128", 16))) {
            m.put(t.name(), t);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * A storage named by a persistent id {@code ('storage', type, key, location, numel)}.
     *
     * @param type the storage class
     * @param key the record name under {@code data/}
     * @param location the device it was saved from (informative only)
     * @param numel the number of elements
     */
    record Storage(StorageType type, String key, String location, long numel) {}

    /**
     * A tensor built by {@code _rebuild_tensor_v2}: a strided view of a storage. Geometry problems
     * are kept as {@code problem} and reported once the tensor's name is known.
     */
    static final class TensorRef {
        final Storage storage;
        final long offset;
        final int[] size;
        final long[] stride;
        final String problem;

        TensorRef(Storage storage, long offset, int[] size, long[] stride, String problem) {
            this.storage = storage;
            this.offset = offset;
            this.size = size;
            this.stride = stride;
            this.problem = problem;
        }
    }
}
