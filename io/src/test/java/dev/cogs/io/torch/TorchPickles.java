package dev.cogs.io.torch;

import dev.cogs.io.IoTesting;
import dev.cogs.io.IoTesting.PickleBuilder;

/**
 * PyTorch checkpoints written by hand, opcode by opcode and byte by byte.
 *
 * <p>The pickle is what torch 1.13's {@code torch.save} emits (pickle protocol 2, CPython's C
 * pickler) for
 *
 * <pre>
 * {"model": state_dict, "results": {"loss": [0.5, 0.25], "epoch": 3, "name": "run-1", "ok": True, "note": None}}
 * </pre>
 *
 * where {@code state_dict} is the {@code OrderedDict} of a module with three bias-free {@code
 * nn.Linear} layers (d = 3, q = 2) and carries its {@code _metadata} attribute: each tensor is
 * {@code _rebuild_tensor_v2(persistent storage id, offset, size, stride, False, OrderedDict())},
 * each storage id {@code ('storage', torch.FloatStorage, key, 'cpu', numel)}; strings, tuples and
 * dicts are memoized with BINPUT in the order the pickler meets them; repeated objects come back
 * with BINGET. The exact byte sequence was checked against CPython 3.11's own pickler (see {@code
 * TorchTest#handBuiltPickleIsWhatCPythonWrites}).
 */
final class TorchPickles {

    /** The float32 values of the three storages (exact in float32). */
    static final double[] A = {-1.0, -0.5, 0.0, 0.5, 1.0, 1.5};

    static final double[] B = {0.0, 0.25, 0.5, 0.75, 1.0, 1.25};
    static final double[] C = {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5};

    private TorchPickles() {}

    /** The torch 1.13 {@code data.pkl} of the checkpoint described in the class comment. */
    static byte[] torch113Checkpoint() {
        PickleBuilder p = new PickleBuilder().proto(2);
        p.emptyDict().binput(0).mark();
        p.binunicode("model").binput(1);
        p.global("collections", "OrderedDict").binput(2).emptyTuple().reduce().binput(3);
        p.mark();
        // layera.weight: first tensor, so the globals and the constant strings are written in full.
        p.binunicode("layera.weight").binput(4);
        p.global("torch._utils", "_rebuild_tensor_v2").binput(5);
        p.mark();
        p.mark()
                .binunicode("storage")
                .binput(6)
                .global("torch", "FloatStorage")
                .binput(7)
                .binunicode("0")
                .binput(8)
                .binunicode("cpu")
                .binput(9)
                .binint1(6)
                .tuple()
                .binput(10)
                .binpersid();
        p.binint1(0)
                .binint1(2)
                .binint1(3)
                .tuple2()
                .binput(11)
                .binint1(3)
                .binint1(1)
                .tuple2()
                .binput(12);
        p.newfalse().binget(2).emptyTuple().reduce().binput(13);
        p.tuple().binput(14).reduce().binput(15);
        // layerb.weight
        p.binunicode("layerb.weight").binput(16).binget(5).mark();
        p.mark()
                .binget(6)
                .binget(7)
                .binunicode("1")
                .binput(17)
                .binget(9)
                .binint1(6)
                .tuple()
                .binput(18)
                .binpersid();
        p.binint1(0)
                .binint1(2)
                .binint1(3)
                .tuple2()
                .binput(19)
                .binint1(3)
                .binint1(1)
                .tuple2()
                .binput(20);
        p.newfalse().binget(2).emptyTuple().reduce().binput(21);
        p.tuple().binput(22).reduce().binput(23);
        // layerc.weight, 3 x 2
        p.binunicode("layerc.weight").binput(24).binget(5).mark();
        p.mark()
                .binget(6)
                .binget(7)
                .binunicode("2")
                .binput(25)
                .binget(9)
                .binint1(6)
                .tuple()
                .binput(26)
                .binpersid();
        p.binint1(0)
                .binint1(3)
                .binint1(2)
                .tuple2()
                .binput(27)
                .binint1(2)
                .binint1(1)
                .tuple2()
                .binput(28);
        p.newfalse().binget(2).emptyTuple().reduce().binput(29);
        p.tuple().binput(30).reduce().binput(31);
        p.setitems();
        // state: the OrderedDict's __dict__ {'_metadata': OrderedDict('' -> {'version': 1}, ...)},
        // then BUILD
        p.emptyDict().binput(32).binunicode("_metadata").binput(33);
        p.binget(2).emptyTuple().reduce().binput(34).mark();
        p.binunicode("")
                .binput(35)
                .emptyDict()
                .binput(36)
                .binunicode("version")
                .binput(37)
                .binint1(1)
                .setitem();
        p.binunicode("layera").binput(38).emptyDict().binput(39).binget(37).binint1(1).setitem();
        p.binunicode("layerb").binput(40).emptyDict().binput(41).binget(37).binint1(1).setitem();
        p.binunicode("layerc").binput(42).emptyDict().binput(43).binget(37).binint1(1).setitem();
        p.setitems().setitem().build();
        // "results": plain values only
        p.binunicode("results").binput(44).emptyDict().binput(45).mark();
        p.binunicode("loss")
                .binput(46)
                .emptyList()
                .binput(47)
                .mark()
                .binfloat(0.5)
                .binfloat(0.25)
                .appends();
        p.binunicode("epoch").binput(48).binint1(3);
        p.binunicode("name").binput(49).binunicode("run-1").binput(50);
        p.binunicode("ok").binput(51).newtrue();
        p.binunicode("note").binput(52).none();
        p.setitems();
        p.setitems().stop();
        return p.bytes();
    }

    /**
     * A torch-1.13-style archive around a pickle: {@code <prefix>/data.pkl}, storages, {@code
     * version}.
     */
    static byte[] archive(String prefix, byte[] pickle, byte[]... storages) {
        IoTesting.ZipBuilder z = new IoTesting.ZipBuilder().align64().zip64End();
        z.stored(prefix + "/data.pkl", pickle);
        for (int i = 0; i < storages.length; i++) {
            z.stored(prefix + "/data/" + i, storages[i]);
        }
        z.stored(prefix + "/version", IoTesting.ascii("3\n"));
        return z.build();
    }

    /** The hand-built checkpoint as a whole file. */
    static byte[] torch113File() {
        return archive(
                "archive",
                torch113Checkpoint(),
                IoTesting.f32(A),
                IoTesting.f32(B),
                IoTesting.f32(C));
    }

    /**
     * A state dict {@code OrderedDict(name -> tensor)} with one tensor of the given storage class,
     * storage size, offset, size and stride (all protocol-2 opcodes, integers as BININT).
     */
    static byte[] oneTensor(
            String name, String storageClass, int numel, int offset, int[] size, int[] stride) {
        PickleBuilder p = new PickleBuilder().proto(2);
        p.global("collections", "OrderedDict").binput(0).emptyTuple().reduce().binput(1);
        p.binunicode(name).binput(2);
        p.global("torch._utils", "_rebuild_tensor_v2").binput(3).mark();
        p.mark()
                .binunicode("storage")
                .global("torch", storageClass)
                .binunicode("0")
                .binunicode("cpu")
                .binint(numel)
                .tuple()
                .binpersid();
        p.binint(offset);
        p.mark();
        for (int s : size) {
            p.binint(s);
        }
        p.tuple();
        p.mark();
        for (int s : stride) {
            p.binint(s);
        }
        p.tuple();
        p.newfalse().binget(0).emptyTuple().reduce();
        p.tuple().reduce().setitem().stop();
        return p.bytes();
    }
}
