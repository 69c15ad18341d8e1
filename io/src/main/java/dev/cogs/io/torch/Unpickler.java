package dev.cogs.io.torch;

import static dev.cogs.io.internal.Problems.fail;
import static dev.cogs.io.internal.Problems.quote;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A restricted unpickler for PyTorch's {@code data.pkl}: it builds plain Python values (dict, list,
 * tuple, str, int, float, bool, None, bytes) and the few objects a state dict needs, and refuses
 * every other global <em>by name, before anything is called</em>, since unpickling an arbitrary
 * global can run code.
 *
 * <p>Opcodes (pickle protocols 0 to 5, binary forms only): PROTO, FRAME, STOP, MARK, POP, POP_MARK,
 * DUP, NONE, NEWTRUE, NEWFALSE, BININT, BININT1, BININT2, LONG1, LONG4, BINFLOAT, BINUNICODE,
 * SHORT_BINUNICODE, BINUNICODE8, BINSTRING, SHORT_BINSTRING, BINBYTES, SHORT_BINBYTES, BINBYTES8,
 * EMPTY_DICT, EMPTY_LIST, EMPTY_TUPLE, TUPLE, TUPLE1, TUPLE2, TUPLE3, LIST, DICT, APPEND, APPENDS,
 * SETITEM, SETITEMS, BINPUT, LONG_BINPUT, MEMOIZE, BINGET, LONG_BINGET, GLOBAL, STACK_GLOBAL,
 * REDUCE, BUILD, BINPERSID. Any other opcode is refused by name. Globals: {@code
 * collections.OrderedDict}, {@code torch._utils._rebuild_tensor_v2}, {@code
 * torch._utils._rebuild_parameter} (callable through REDUCE) and the {@code torch.*Storage} classes
 * (only as markers inside persistent ids). BUILD is accepted only on dicts, whose state (an {@code
 * OrderedDict}'s {@code _metadata}) is dropped.
 *
 * <p>Every opcode consumes at least one byte, so the run time is linear in the input; the memo and
 * the stacks hold at most one entry per opcode; strings and numbers are bounded by the remaining
 * input.
 */
final class Unpickler {

    private static final int MAX_PROTOCOL = 5;
    private static final int MAX_RANK = 64;

    private final byte[] in;
    private final String source;
    private final String entry;
    private int pos;
    private int opStart;
    private List<Object> stack = new ArrayList<>();
    private final Deque<List<Object>> metastack = new ArrayDeque<>();
    private final Map<Long, Object> memo = new HashMap<>();

    private Unpickler(byte[] in, String source, String entry) {
        this.in = in;
        this.source = source;
        this.entry = entry;
    }

    /**
     * Unpickles a {@code data.pkl}.
     *
     * @param bytes the pickle
     * @param source the file name for messages
     * @param entry the entry name for messages (for example {@code data.pkl})
     * @return the root value
     * @throws IllegalArgumentException naming the file and the entry if the pickle is malformed,
     *     uses an unsupported opcode or asks for a global that is not allowed
     */
    static Object load(byte[] bytes, String source, String entry) {
        return new Unpickler(bytes, source, entry).run();
    }

    private IllegalArgumentException bad(String format, Object... args) {
        return fail(
                source,
                "%s: %s (at byte %d)",
                entry,
                String.format(Locale.ROOT, format, args),
                opStart);
    }

    private Object run() {
        while (true) {
            opStart = pos;
            if (pos >= in.length) {
                throw bad("pickle ends without STOP; truncated?");
            }
            int op = in[pos++] & 0xff;
            switch (op) {
                case 0x80:
                    { // PROTO
                        int proto = u8();
                        if (proto > MAX_PROTOCOL) {
                            throw bad("unsupported pickle protocol %d", proto);
                        }
                        break;
                    }
                case 0x95: // FRAME: framing is only a read-ahead hint
                    need(8);
                    pos += 8;
                    break;
                case '.': // STOP
                    return pop();
                case '(': // MARK
                    metastack.push(stack);
                    stack = new ArrayList<>();
                    break;
                case '0': // POP
                    if (stack.isEmpty()) {
                        popMark();
                    } else {
                        pop();
                    }
                    break;
                case '1': // POP_MARK
                    popMark();
                    break;
                case '2': // DUP
                    push(peek());
                    break;
                case 'N':
                    push(Py.None.NONE);
                    break;
                case 0x88:
                    push(Boolean.TRUE);
                    break;
                case 0x89:
                    push(Boolean.FALSE);
                    break;
                case 'J': // BININT
                    push((long) le(4).getInt());
                    break;
                case 'K': // BININT1
                    push((long) u8());
                    break;
                case 'M': // BININT2
                    push((long) (le(2).getShort() & 0xffff));
                    break;
                case 0x8a: // LONG1
                    push(longBytes(u8()));
                    break;
                case 0x8b:
                    { // LONG4
                        int n = le(4).getInt();
                        if (n < 0) {
                            throw bad("LONG4 with negative length");
                        }
                        push(longBytes(n));
                        break;
                    }
                case 'G': // BINFLOAT, big-endian
                    need(8);
                    push(ByteBuffer.wrap(in, pos, 8).order(ByteOrder.BIG_ENDIAN).getDouble());
                    pos += 8;
                    break;
                case 'X': // BINUNICODE
                    push(utf8(le(4).getInt() & 0xffffffffL));
                    break;
                case 0x8c: // SHORT_BINUNICODE
                    push(utf8(u8()));
                    break;
                case 0x8d: // BINUNICODE8
                    push(utf8(le(8).getLong()));
                    break;
                case 'T': // BINSTRING (Python 2 str; torch.load decodes it as UTF-8)
                    push(utf8(le(4).getInt()));
                    break;
                case 'U': // SHORT_BINSTRING
                    push(utf8(u8()));
                    break;
                case 'B': // BINBYTES
                    push(bytes(le(4).getInt() & 0xffffffffL));
                    break;
                case 'C': // SHORT_BINBYTES
                    push(bytes(u8()));
                    break;
                case 0x8e: // BINBYTES8
                    push(bytes(le(8).getLong()));
                    break;
                case '}':
                    push(new Py.Dict());
                    break;
                case ']':
                    push(new Py.PyList());
                    break;
                case ')':
                    push(new Py.Tuple(List.of()));
                    break;
                case 't': // TUPLE
                    push(new Py.Tuple(popMark()));
                    break;
                case 0x85: // TUPLE1
                    push(new Py.Tuple(popN(1)));
                    break;
                case 0x86: // TUPLE2
                    push(new Py.Tuple(popN(2)));
                    break;
                case 0x87: // TUPLE3
                    push(new Py.Tuple(popN(3)));
                    break;
                case 'l':
                    { // LIST
                        Py.PyList list = new Py.PyList();
                        list.items.addAll(popMark());
                        push(list);
                        break;
                    }
                case 'd':
                    { // DICT
                        Py.Dict dict = new Py.Dict();
                        setItems(dict, popMark());
                        push(dict);
                        break;
                    }
                case 'a':
                    { // APPEND
                        Object value = pop();
                        list(peek()).items.add(value);
                        break;
                    }
                case 'e':
                    { // APPENDS
                        List<Object> items = popMark();
                        list(peek()).items.addAll(items);
                        break;
                    }
                case 's':
                    { // SETITEM
                        Object value = pop();
                        Object key = pop();
                        dict(peek()).put(key, value);
                        break;
                    }
                case 'u':
                    { // SETITEMS
                        List<Object> items = popMark();
                        setItems(dict(peek()), items);
                        break;
                    }
                case 'q': // BINPUT
                    memo.put((long) u8(), peek());
                    break;
                case 'r': // LONG_BINPUT
                    memo.put(le(4).getInt() & 0xffffffffL, peek());
                    break;
                case 0x94: // MEMOIZE
                    memo.put((long) memo.size(), peek());
                    break;
                case 'h': // BINGET
                    push(memoGet(u8()));
                    break;
                case 'j': // LONG_BINGET
                    push(memoGet(le(4).getInt() & 0xffffffffL));
                    break;
                case 'c':
                    { // GLOBAL
                        String module = line();
                        String name = line();
                        push(resolve(module, name));
                        break;
                    }
                case 0x93:
                    { // STACK_GLOBAL
                        Object name = pop();
                        Object module = pop();
                        if (!(module instanceof String) || !(name instanceof String)) {
                            throw bad("STACK_GLOBAL needs two strings");
                        }
                        push(resolve((String) module, (String) name));
                        break;
                    }
                case 'R':
                    { // REDUCE
                        Object args = pop();
                        Object callable = pop();
                        push(call(callable, args));
                        break;
                    }
                case 'b':
                    { // BUILD
                        pop(); // the state: for an OrderedDict its instance __dict__
                        // (state_dict._metadata), unused
                        Object target = peek();
                        if (!(target instanceof Py.Dict)) {
                            throw bad("BUILD on %s is not supported", typeName(target));
                        }
                        break;
                    }
                case 'Q': // BINPERSID
                    push(persistent(pop()));
                    break;
                case 'i':
                    { // INST: name the class first, so a dangerous one is refused by name
                        String module = line();
                        String name = line();
                        resolve(module, name);
                        throw bad("opcode INST is not supported");
                    }
                default:
                    throw bad("unsupported pickle opcode %s", opcodeName(op));
            }
        }
    }

    private static String opcodeName(int op) {
        String name;
        switch (op) {
            case 0x81:
                name = "NEWOBJ";
                break;
            case 0x92:
                name = "NEWOBJ_EX";
                break;
            case 'o':
                name = "OBJ";
                break;
            case 'P':
                name = "PERSID";
                break;
            case 'I':
                name = "INT";
                break;
            case 'L':
                name = "LONG";
                break;
            case 'F':
                name = "FLOAT";
                break;
            case 'S':
                name = "STRING";
                break;
            case 'V':
                name = "UNICODE";
                break;
            case 'p':
                name = "PUT";
                break;
            case 'g':
                name = "GET";
                break;
            case 0x82:
                name = "EXT1";
                break;
            case 0x83:
                name = "EXT2";
                break;
            case 0x84:
                name = "EXT4";
                break;
            case 0x8f:
                name = "EMPTY_SET";
                break;
            case 0x90:
                name = "ADDITEMS";
                break;
            case 0x91:
                name = "FROZENSET";
                break;
            case 0x96:
                name = "BYTEARRAY8";
                break;
            case 0x97:
                name = "NEXT_BUFFER";
                break;
            case 0x98:
                name = "READONLY_BUFFER";
                break;
            default:
                name = "unknown";
                break;
        }
        return String.format(Locale.ROOT, "0x%02x (%s)", op, name);
    }

    private Object resolve(String module, String name) {
        for (Py.Global g : Py.Global.values()) {
            if (g.module.equals(module) && g.name.equals(name)) {
                return g;
            }
        }
        if (module.equals("torch") && Py.STORAGE_TYPES.containsKey(name)) {
            return Py.STORAGE_TYPES.get(name);
        }
        throw fail(
                source,
                "%s: refused global %s.%s (pickle can run code; only state-dict types are allowed)",
                entry,
                quote(module),
                quote(name));
    }

    private Object call(Object callable, Object argsObject) {
        if (!(argsObject instanceof Py.Tuple)) {
            throw bad("REDUCE arguments are not a tuple");
        }
        List<Object> args = ((Py.Tuple) argsObject).items;
        if (callable == Py.Global.ORDERED_DICT) {
            if (!args.isEmpty()) {
                throw bad("collections.OrderedDict called with arguments");
            }
            return new Py.Dict();
        }
        if (callable == Py.Global.REBUILD_TENSOR_V2) {
            return rebuildTensor(args);
        }
        if (callable == Py.Global.REBUILD_PARAMETER) {
            if (args.size() != 3 || !(args.get(0) instanceof Py.TensorRef)) {
                throw bad("torch._utils._rebuild_parameter expects (tensor, requires_grad, hooks)");
            }
            return args.get(0);
        }
        if (callable instanceof Py.StorageType) {
            throw bad("torch.%s cannot be called", ((Py.StorageType) callable).name());
        }
        throw bad("REDUCE on %s, which is not callable", typeName(callable));
    }

    /**
     * {@code _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, hooks[,
     * metadata])}.
     */
    private Py.TensorRef rebuildTensor(List<Object> args) {
        if (args.size() != 6 && args.size() != 7) {
            throw bad(
                    "torch._utils._rebuild_tensor_v2 expects 6 or 7 arguments, got %d",
                    args.size());
        }
        if (!(args.get(0) instanceof Py.Storage)) {
            throw bad(
                    "torch._utils._rebuild_tensor_v2: first argument is %s, not a storage",
                    typeName(args.get(0)));
        }
        Py.Storage storage = (Py.Storage) args.get(0);
        if (!(args.get(1) instanceof Long) || (Long) args.get(1) < 0) {
            throw bad("torch._utils._rebuild_tensor_v2: storage offset is not a non-negative int");
        }
        long offset = (Long) args.get(1);
        long[] size = longs(args.get(2), "size");
        long[] stride = longs(args.get(3), "stride");
        if (!(args.get(4) instanceof Boolean)) {
            throw bad("torch._utils._rebuild_tensor_v2: requires_grad is not a bool");
        }
        if (!(args.get(5) instanceof Py.Dict)) {
            throw bad("torch._utils._rebuild_tensor_v2: backward hooks are not a dict");
        }
        int[] dims = new int[size.length];
        String problem = null;
        if (size.length != stride.length) {
            problem =
                    String.format(
                            Locale.ROOT,
                            "size has %d dimensions but stride has %d",
                            size.length,
                            stride.length);
        }
        long count = 1;
        long last = offset;
        for (int i = 0; i < size.length && problem == null; i++) {
            if (size[i] > Integer.MAX_VALUE - 8) {
                problem = "dimension " + size[i] + " is too large";
                break;
            }
            dims[i] = (int) size[i];
            count *= size[i];
            if (count > Integer.MAX_VALUE - 8) {
                problem = "too many elements for a Java array";
                break;
            }
            if (size[i] > 0) {
                try {
                    last = Math.addExact(last, Math.multiplyExact(size[i] - 1, stride[i]));
                } catch (ArithmeticException e) {
                    problem = "stride " + stride[i] + " reaches beyond any storage";
                    break;
                }
            }
        }
        if (problem == null && count > 0 && last >= storage.numel()) {
            problem =
                    String.format(
                            Locale.ROOT,
                            "storage offset %d with size %s and stride %s reaches element "
                                    + "%d of a storage of %d elements",
                            offset,
                            java.util.Arrays.toString(size),
                            java.util.Arrays.toString(stride),
                            last,
                            storage.numel());
        }
        if (problem == null && count > storage.numel()) {
            problem =
                    String.format(
                            Locale.ROOT,
                            "%d elements from a storage of %d (expanded views are not "
                                    + "supported)",
                            count,
                            storage.numel());
        }
        return new Py.TensorRef(storage, offset, dims, stride, problem);
    }

    private long[] longs(Object tuple, String what) {
        if (!(tuple instanceof Py.Tuple)) {
            throw bad("torch._utils._rebuild_tensor_v2: %s is not a tuple", what);
        }
        List<Object> items = ((Py.Tuple) tuple).items;
        if (items.size() > MAX_RANK) {
            throw bad(
                    "torch._utils._rebuild_tensor_v2: %s has more than %d dimensions",
                    what, MAX_RANK);
        }
        long[] out = new long[items.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(items.get(i) instanceof Long) || (Long) items.get(i) < 0) {
                throw bad(
                        "torch._utils._rebuild_tensor_v2: %s holds %s, not a non-negative int",
                        what, typeName(items.get(i)));
            }
            out[i] = (Long) items.get(i);
        }
        return out;
    }

    /** A persistent id {@code ('storage', torch.FloatStorage, key, location, numel)}. */
    private Py.Storage persistent(Object pid) {
        if (!(pid instanceof Py.Tuple)) {
            throw bad("persistent id is %s, not a tuple", typeName(pid));
        }
        List<Object> t = ((Py.Tuple) pid).items;
        if (t.size() != 5 || !"storage".equals(t.get(0))) {
            throw bad("persistent id is not ('storage', type, key, location, numel)");
        }
        if (!(t.get(1) instanceof Py.StorageType)) {
            throw bad("persistent id names %s, not a torch storage class", typeName(t.get(1)));
        }
        if (!(t.get(2) instanceof String) || !(t.get(3) instanceof String)) {
            throw bad("persistent id key and location must be strings");
        }
        if (!(t.get(4) instanceof Long) || (Long) t.get(4) < 0) {
            throw bad("persistent id element count is not a non-negative int");
        }
        return new Py.Storage(
                (Py.StorageType) t.get(1), (String) t.get(2), (String) t.get(3), (Long) t.get(4));
    }

    private void setItems(Py.Dict dict, List<Object> items) {
        if (items.size() % 2 != 0) {
            throw bad("odd number of items for a dict");
        }
        for (int i = 0; i < items.size(); i += 2) {
            dict.put(items.get(i), items.get(i + 1));
        }
    }

    private Py.PyList list(Object o) {
        if (!(o instanceof Py.PyList)) {
            throw bad("APPEND to %s, not a list", typeName(o));
        }
        return (Py.PyList) o;
    }

    private Py.Dict dict(Object o) {
        if (!(o instanceof Py.Dict)) {
            throw bad("SETITEM on %s, not a dict", typeName(o));
        }
        return (Py.Dict) o;
    }

    static String typeName(Object o) {
        if (o instanceof Py.Global) {
            Py.Global g = (Py.Global) o;
            return g.module + "." + g.name;
        }
        if (o instanceof Py.StorageType) {
            return "torch." + ((Py.StorageType) o).name();
        }
        if (o instanceof String) {
            return "a str";
        }
        if (o instanceof Long || o instanceof BigInteger) {
            return "an int";
        }
        if (o instanceof Double) {
            return "a float";
        }
        if (o instanceof Boolean) {
            return "a bool";
        }
        if (o == Py.None.NONE) {
            return "None";
        }
        if (o instanceof Py.Bytes) {
            return "bytes";
        }
        if (o instanceof Py.PyList) {
            return "a list";
        }
        if (o instanceof Py.Tuple) {
            return "a tuple";
        }
        if (o instanceof Py.Dict) {
            return "a dict";
        }
        if (o instanceof Py.Storage) {
            return "a storage";
        }
        if (o instanceof Py.TensorRef) {
            return "a tensor";
        }
        return o.getClass().getSimpleName();
    }

    private Object memoGet(long key) {
        Object o = memo.get(key);
        if (o == null) {
            throw bad("memo key %d was never stored", key);
        }
        return o;
    }

    private void push(Object o) {
        stack.add(o);
    }

    private Object pop() {
        if (stack.isEmpty()) {
            throw bad("stack underflow");
        }
        return stack.remove(stack.size() - 1);
    }

    private Object peek() {
        if (stack.isEmpty()) {
            throw bad("stack underflow");
        }
        return stack.get(stack.size() - 1);
    }

    private List<Object> popN(int n) {
        if (stack.size() < n) {
            throw bad("stack underflow");
        }
        List<Object> tail = stack.subList(stack.size() - n, stack.size());
        List<Object> out = new ArrayList<>(tail);
        tail.clear();
        return out;
    }

    private List<Object> popMark() {
        if (metastack.isEmpty()) {
            throw bad("no MARK to pop to");
        }
        List<Object> items = stack;
        stack = metastack.pop();
        return items;
    }

    private void need(long n) {
        if (n < 0 || n > in.length - pos) {
            throw bad("needs %d more bytes, %d left; truncated?", n, in.length - pos);
        }
    }

    private int u8() {
        need(1);
        return in[pos++] & 0xff;
    }

    private ByteBuffer le(int n) {
        need(n);
        ByteBuffer b = ByteBuffer.wrap(in, pos, n).order(ByteOrder.LITTLE_ENDIAN);
        pos += n;
        return b;
    }

    /** Little-endian two's-complement integer of n bytes, as LONG1 and LONG4 store it. */
    private Object longBytes(int n) {
        need(n);
        byte[] bigEndian = new byte[Math.max(n, 1)];
        for (int i = 0; i < n; i++) {
            bigEndian[n - 1 - i] = in[pos + i];
        }
        pos += n;
        BigInteger v = n == 0 ? BigInteger.ZERO : new BigInteger(bigEndian);
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    private String utf8(long n) {
        need(n);
        try {
            String s =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(in, pos, (int) n))
                            .toString();
            pos += (int) n;
            return s;
        } catch (CharacterCodingException e) {
            throw bad("string is not valid UTF-8");
        }
    }

    private Py.Bytes bytes(long n) {
        need(n);
        pos += (int) n;
        return new Py.Bytes((int) n);
    }

    /** A text line of GLOBAL or INST, without its newline. */
    private String line() {
        int start = pos;
        while (pos < in.length && in[pos] != '\n') {
            pos++;
        }
        if (pos >= in.length) {
            throw bad("GLOBAL name is not terminated by a newline; truncated?");
        }
        String s = new String(in, start, pos - start, StandardCharsets.UTF_8);
        pos++;
        return s;
    }
}
