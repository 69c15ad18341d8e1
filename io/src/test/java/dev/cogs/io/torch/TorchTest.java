package dev.cogs.io.torch;

import static dev.cogs.io.IoTesting.ascii;
import static dev.cogs.io.IoTesting.assertRefused;
import static dev.cogs.io.IoTesting.f32;
import static dev.cogs.io.IoTesting.f64;
import static dev.cogs.io.IoTesting.fixture;
import static dev.cogs.io.IoTesting.u16;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.DType;
import dev.cogs.io.IoTesting.PickleBuilder;
import dev.cogs.io.IoTesting.ZipBuilder;
import dev.cogs.io.TensorFile;
import dev.cogs.io.TensorInfo;
import dev.cogs.io.WeightKeys;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorchTest {

    private static TensorFile parse(byte[] file) {
        return Torch.parse(file, "model.pt");
    }

    private static byte[] single(byte[] pickle, byte[] storage) {
        return TorchPickles.archive("archive", pickle, storage);
    }

    @Test
    void handBuiltPickleIsWhatCPythonWrites() {
        // The fixture was pickled by CPython 3.11.7's own pickler (protocol 2) through stand-ins
        // that reduce
        // exactly as torch 1.13's tensors and storages do (fixtures/make_fixtures.py).
        assertArrayEquals(
                fixture("torch/cpython_pickle_checkpoint.pkl"), TorchPickles.torch113Checkpoint());
    }

    @Test
    void handBuiltArchiveAlignsDataLikePyTorch() {
        byte[] file = TorchPickles.torch113File();
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, b.getInt(0));
        int nameLength = b.getShort(26) & 0xffff;
        int extraLength = b.getShort(28) & 0xffff;
        assertEquals("archive/data.pkl".length(), nameLength);
        assertEquals(
                0,
                (30 + nameLength + extraLength) % 64,
                "data of the first record start 64-aligned");
        assertEquals('F', file[30 + nameLength]);
        assertEquals('B', file[31 + nameLength]);
    }

    @Test
    void readsTorch113Checkpoint() {
        TensorFile f = parse(TorchPickles.torch113File());
        assertEquals(
                List.of(
                        new TensorInfo("model.layera.weight", DType.FLOAT32, List.of(2, 3)),
                        new TensorInfo("model.layerb.weight", DType.FLOAT32, List.of(2, 3)),
                        new TensorInfo("model.layerc.weight", DType.FLOAT32, List.of(3, 2))),
                f.listing());
        assertArrayEquals(TorchPickles.A, f.get("model.layera.weight").data(), 0.0);
        assertArrayEquals(TorchPickles.B, f.get("model.layerb.weight").data(), 0.0);
        assertArrayEquals(TorchPickles.C, f.get("model.layerc.weight").data(), 0.0);
        assertEquals(-0.5, f.get("model.layera.weight").get(0, 1), 0.0);
        assertEquals(
                Map.of("format_version", "3", "byteorder", "little", "prefix", "archive"),
                f.metadata());
        assertTrue(f.skipped().isEmpty());
        // The numbers beside the tensors (ints and floats, not bools, strings or None), by dotted
        // path.
        assertEquals(
                Map.of("results.loss.0", 0.5, "results.loss.1", 0.25, "results.epoch", 3.0),
                f.scalars());
    }

    @Test
    void weightKeysFindTheLuckmattersLayersUnderModel() {
        RealWeights w = WeightKeys.luckmatters().extract(parse(TorchPickles.torch113File()));
        assertEquals(2, w.order());
        assertEquals(3, w.d());
        assertArrayEquals(TorchPickles.C, w.wFlat(), 0.0);
        assertArrayEquals(new double[] {-1.0, -0.5, 0.0}, w.ua()[0], 0.0);
    }

    @Test
    void readsCPythonPickledArchivesOfProtocols2And4() {
        // Python's zipfile wrote these (no alignment, no ZIP64 records); protocol 4 brings FRAME,
        // SHORT_BINUNICODE, STACK_GLOBAL and MEMOIZE.
        for (String name :
                List.of(
                        "torch/cpython_pickle_checkpoint.pt",
                        "torch/cpython_pickle_protocol4.pt")) {
            TensorFile f = Torch.parse(fixture(name), name);
            assertEquals(
                    List.of("model.layera.weight", "model.layerb.weight", "model.layerc.weight"),
                    f.names());
            assertArrayEquals(TorchPickles.C, f.get("model.layerc.weight").data(), 0.0);
            assertEquals(List.of(3, 2), f.get("model.layerc.weight").info().shape());
        }
        assertEquals(
                "model",
                Torch.parse(fixture("torch/cpython_pickle_protocol4.pt"), "p4")
                        .metadata()
                        .get("prefix"));
    }

    @Test
    void refusesOsSystemByName() {
        byte[] pickle =
                new PickleBuilder()
                        .proto(2)
                        .global("os", "system")
                        .binput(0)
                        .binunicode("echo pwned")
                        .tuple1()
                        .reduce()
                        .stop()
                        .bytes();
        String m = assertRefused(() -> parse(single(pickle, new byte[0])));
        assertEquals(
                "cogs: model.pt: data.pkl: refused global os.system (pickle can run code; only state-dict "
                        + "types are allowed)",
                m);
    }

    @Test
    void refusesOtherGlobalsByNameWhicheverOpcodeAsksForThem() {
        byte[] eval = new PickleBuilder().proto(2).global("builtins", "eval").stop().bytes();
        assertRefused(() -> parse(single(eval, new byte[0])), "refused global builtins.eval");
        byte[] fromBytes =
                new PickleBuilder()
                        .proto(2)
                        .global("torch.storage", "_load_from_bytes")
                        .stop()
                        .bytes();
        assertRefused(
                () -> parse(single(fromBytes, new byte[0])),
                "refused global torch.storage._load_from_bytes");
        byte[] stackGlobal =
                new PickleBuilder()
                        .proto(4)
                        .shortBinunicode("subprocess")
                        .shortBinunicode("Popen")
                        .stackGlobal()
                        .stop()
                        .bytes();
        assertRefused(
                () -> parse(single(stackGlobal, new byte[0])), "refused global subprocess.Popen");
        byte[] inst =
                new PickleBuilder()
                        .proto(2)
                        .mark()
                        .raw('i')
                        .raw(ascii("os\nsystem\n"))
                        .stop()
                        .bytes();
        assertRefused(() -> parse(single(inst, new byte[0])), "refused global os.system");
        // An arbitrary object in "results" needs its class: refused by that name, the state dict
        // notwithstanding.
        byte[] namespace =
                new PickleBuilder()
                        .proto(2)
                        .emptyDict()
                        .binunicode("args")
                        .global("argparse", "Namespace")
                        .emptyTuple()
                        .raw(0x81)
                        .setitem()
                        .stop()
                        .bytes();
        assertRefused(
                () -> parse(single(namespace, new byte[0])), "refused global argparse.Namespace");
        // A storage class is only a marker: calling it is refused.
        byte[] callStorage =
                new PickleBuilder()
                        .proto(2)
                        .global("torch", "FloatStorage")
                        .emptyTuple()
                        .reduce()
                        .stop()
                        .bytes();
        assertRefused(
                () -> parse(single(callStorage, new byte[0])),
                "torch.FloatStorage cannot be called");
    }

    @Test
    void readsContiguousOffsetAndGeneralStrides() {
        double[] storage = {0, 1, 2, 3, 4, 5, 6, 7};
        // Transposed view of a 2 x 3 block: size (3, 2), stride (1, 3).
        TensorFile t =
                parse(
                        single(
                                TorchPickles.oneTensor(
                                        "w",
                                        "FloatStorage",
                                        8,
                                        0,
                                        new int[] {3, 2},
                                        new int[] {1, 3}),
                                f32(storage)));
        assertArrayEquals(new double[] {0, 3, 1, 4, 2, 5}, t.get("w").data(), 0.0);
        TensorFile o =
                parse(
                        single(
                                TorchPickles.oneTensor(
                                        "w",
                                        "FloatStorage",
                                        8,
                                        2,
                                        new int[] {2, 3},
                                        new int[] {3, 1}),
                                f32(storage)));
        assertArrayEquals(new double[] {2, 3, 4, 5, 6, 7}, o.get("w").data(), 0.0);
        TensorFile s =
                parse(
                        single(
                                TorchPickles.oneTensor(
                                        "w", "FloatStorage", 8, 1, new int[] {3}, new int[] {3}),
                                f32(storage)));
        assertArrayEquals(new double[] {1, 4, 7}, s.get("w").data(), 0.0);
        TensorFile scalar =
                parse(
                        single(
                                TorchPickles.oneTensor(
                                        "w", "FloatStorage", 8, 5, new int[] {}, new int[] {}),
                                f32(storage)));
        assertEquals(0, scalar.get("w").rank());
        assertEquals(5.0, scalar.get("w").get(), 0.0);
        TensorFile empty =
                parse(
                        single(
                                TorchPickles.oneTensor(
                                        "w",
                                        "FloatStorage",
                                        0,
                                        0,
                                        new int[] {0, 3},
                                        new int[] {3, 1}),
                                new byte[0]));
        assertEquals(0, empty.get("w").size());
    }

    @Test
    void readsEveryFloatStorageType() {
        TensorFile d =
                parse(
                        single(
                                TorchPickles.oneTensor(
                                        "w", "DoubleStorage", 2, 0, new int[] {2}, new int[] {1}),
                                f64(0.1, -1e300)));
        assertArrayEquals(new double[] {0.1, -1e300}, d.get("w").data(), 0.0);
        assertEquals(DType.FLOAT64, d.get("w").dtype());
        // IEEE binary16 bit patterns: 1.0, -2.0, 65504 (largest), 2^-24 (smallest subnormal).
        TensorFile h =
                parse(
                        single(
                                TorchPickles.oneTensor(
                                        "w", "HalfStorage", 4, 0, new int[] {4}, new int[] {1}),
                                u16(0x3c00, 0xc000, 0x7bff, 0x0001)));
        assertArrayEquals(new double[] {1.0, -2.0, 65504.0, 0x1p-24}, h.get("w").data(), 0.0);
        assertEquals(DType.FLOAT16, h.get("w").dtype());
        // bfloat16 = upper half of binary32: 1.0, 3.140625, -0.5.
        TensorFile bf =
                parse(
                        single(
                                TorchPickles.oneTensor(
                                        "w", "BFloat16Storage", 3, 0, new int[] {3}, new int[] {1}),
                                u16(0x3f80, 0x4049, 0xbf00)));
        assertArrayEquals(new double[] {1.0, 3.140625, -0.5}, bf.get("w").data(), 0.0);
    }

    @Test
    void honoursTheByteorderRecord() {
        byte[] pickle =
                TorchPickles.oneTensor("w", "FloatStorage", 2, 0, new int[] {2}, new int[] {1});
        ByteBuffer be =
                ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putFloat(1.5f).putFloat(-2f);
        byte[] file =
                new ZipBuilder()
                        .align64()
                        .stored("archive/data.pkl", pickle)
                        .stored("archive/byteorder", ascii("big"))
                        .stored("archive/data/0", be.array())
                        .stored("archive/version", ascii("3\n"))
                        .build();
        assertArrayEquals(new double[] {1.5, -2.0}, parse(file).get("w").data(), 0.0);
        byte[] odd =
                new ZipBuilder()
                        .stored("archive/data.pkl", pickle)
                        .stored("archive/byteorder", ascii("middle"))
                        .stored("archive/data/0", be.array())
                        .stored("archive/version", ascii("3\n"))
                        .build();
        assertRefused(() -> parse(odd), "byteorder holds middle");
    }

    @Test
    void parametersAndSharedStoragesAndNestedContainers() {
        // {"p": Parameter(view 0..1), "opt": [{"m": view 2..3}]}: one storage shared by both
        // tensors.
        PickleBuilder p = new PickleBuilder().proto(2).emptyDict().mark();
        p.binunicode("p").global("torch._utils", "_rebuild_parameter");
        view(p, 4, 0, 2);
        p.newtrue().global("collections", "OrderedDict").emptyTuple().reduce().tuple3().reduce();
        p.binunicode("opt").emptyList().mark().emptyDict().binunicode("m");
        view(p, 4, 2, 2);
        p.setitem().appends();
        p.setitems().stop();
        TensorFile f = parse(single(p.bytes(), f32(1, 2, 3, 4)));
        assertEquals(List.of("p", "opt.0.m"), f.names());
        assertArrayEquals(new double[] {1, 2}, f.get("p").data(), 0.0);
        assertArrayEquals(new double[] {3, 4}, f.get("opt.0.m").data(), 0.0);
    }

    /**
     * Pushes _rebuild_tensor_v2(storage '0' of numel floats, offset, (n,), (1,), False,
     * OrderedDict()).
     */
    private static void view(PickleBuilder p, int numel, int offset, int n) {
        p.global("torch._utils", "_rebuild_tensor_v2").mark();
        p.mark()
                .binunicode("storage")
                .global("torch", "FloatStorage")
                .binunicode("0")
                .binunicode("cpu")
                .binint(numel)
                .tuple()
                .binpersid();
        p.binint(offset).binint(n).tuple1().binint1(1).tuple1().newfalse();
        p.global("collections", "OrderedDict").emptyTuple().reduce().tuple().reduce();
    }

    @Test
    void integerBuffersAreSkippedWithTheReason() {
        PickleBuilder p = new PickleBuilder().proto(2).emptyDict().mark();
        p.binunicode("bn.num_batches_tracked").global("torch._utils", "_rebuild_tensor_v2").mark();
        p.mark()
                .binunicode("storage")
                .global("torch", "LongStorage")
                .binunicode("1")
                .binunicode("cpu")
                .binint1(1)
                .tuple()
                .binpersid();
        p.binint1(0)
                .emptyTuple()
                .emptyTuple()
                .newfalse()
                .global("collections", "OrderedDict")
                .emptyTuple()
                .reduce()
                .tuple()
                .reduce();
        p.binunicode("w").global("torch._utils", "_rebuild_tensor_v2").mark();
        p.mark()
                .binunicode("storage")
                .global("torch", "FloatStorage")
                .binunicode("0")
                .binunicode("cpu")
                .binint1(1)
                .tuple()
                .binpersid();
        p.binint1(0)
                .emptyTuple()
                .emptyTuple()
                .newfalse()
                .global("collections", "OrderedDict")
                .emptyTuple()
                .reduce()
                .tuple()
                .reduce();
        p.setitems().stop();
        byte[] file =
                new ZipBuilder()
                        .stored("archive/data.pkl", p.bytes())
                        .stored("archive/data/0", f32(2.5))
                        .stored("archive/data/1", new byte[8])
                        .stored("archive/version", ascii("3\n"))
                        .build();
        TensorFile f = parse(file);
        assertEquals(List.of("w"), f.names());
        assertEquals(2.5, f.get("w").get(), 0.0);
        assertEquals(
                Map.of(
                        "bn.num_batches_tracked",
                        "torch.LongStorage (int64) [] is not a float tensor"),
                f.skipped());
        assertRefused(
                () -> f.get("bn.num_batches_tracked"),
                "cogs: model.pt: tensor bn.num_batches_tracked: " + "torch.LongStorage (int64)");
    }

    @Test
    void refusesLegacyTorchScriptAndNonTorchFiles() {
        byte[] legacy = {
            (byte) 0x80,
            0x02,
            (byte) 0x8a,
            0x0a,
            0x6c,
            (byte) 0xfc,
            (byte) 0x9c,
            0x46,
            (byte) 0xf9,
            0x20,
            0x6a,
            (byte) 0xa8,
            0x50,
            0x19
        };
        assertRefused(() -> parse(legacy), "cogs: model.pt: legacy torch.save format");
        assertRefused(() -> parse(ascii("hello")), "not a torch.save file");
        byte[] script =
                new ZipBuilder()
                        .stored("m/data.pkl", TorchPickles.torch113Checkpoint())
                        .stored("m/constants.pkl", new byte[] {(byte) 0x80, 2, ')', '.'})
                        .stored("m/version", ascii("3"))
                        .build();
        assertRefused(() -> parse(script), "TorchScript");
        byte[] noPkl = new ZipBuilder().stored("archive/version", ascii("3\n")).build();
        assertRefused(() -> parse(noPkl), "no <archive>/data.pkl");
        byte[] noVersion =
                new ZipBuilder()
                        .stored("archive/data.pkl", TorchPickles.torch113Checkpoint())
                        .build();
        assertRefused(() -> parse(noVersion), "no entry archive/version");
        byte[] badVersion =
                new ZipBuilder()
                        .stored("a/data.pkl", TorchPickles.torch113Checkpoint())
                        .stored("a/version", ascii("three"))
                        .build();
        assertRefused(() -> parse(badVersion), "version holds three");
        byte[] two =
                new ZipBuilder()
                        .stored("a/data.pkl", new byte[0])
                        .stored("b/data.pkl", new byte[0])
                        .build();
        assertRefused(() -> parse(two), "2 entries named <archive>/data.pkl");
    }

    @Test
    void refusesStoragesThatDoNotMatchThePickle() {
        byte[] pickle =
                TorchPickles.oneTensor(
                        "layer.w", "FloatStorage", 6, 0, new int[] {2, 3}, new int[] {3, 1});
        assertRefused(
                () -> parse(single(pickle, f32(1, 2, 3, 4, 5))),
                "cogs: model.pt: tensor layer.w: storage "
                        + "archive/data/0 holds 20 bytes, but the pickle declares 6 x float32 = 24 bytes");
        byte[] missing =
                new ZipBuilder()
                        .stored("archive/data.pkl", pickle)
                        .stored("archive/version", ascii("3"))
                        .build();
        assertRefused(
                () -> parse(missing), "tensor layer.w: storage entry archive/data/0 is missing");
        byte[] outside =
                TorchPickles.oneTensor(
                        "layer.w", "FloatStorage", 6, 1, new int[] {2, 3}, new int[] {3, 1});
        assertRefused(
                () -> parse(single(outside, f32(1, 2, 3, 4, 5, 6))),
                "tensor layer.w: storage offset 1 with "
                        + "size [2, 3] and stride [3, 1] reaches element 6 of a storage of 6 elements");
        byte[] expanded =
                TorchPickles.oneTensor(
                        "layer.w", "FloatStorage", 1, 0, new int[] {1000}, new int[] {0});
        assertRefused(
                () -> parse(single(expanded, f32(1))),
                "tensor layer.w: 1000 elements from a storage of 1 "
                        + "(expanded views are not supported)");
        byte[] ranks =
                TorchPickles.oneTensor(
                        "layer.w", "FloatStorage", 6, 0, new int[] {2, 3}, new int[] {1});
        assertRefused(
                () -> parse(single(ranks, f32(1, 2, 3, 4, 5, 6))),
                "size has 2 dimensions but stride has 1");
        byte[] huge =
                TorchPickles.oneTensor(
                        "layer.w",
                        "FloatStorage",
                        Integer.MAX_VALUE,
                        0,
                        new int[] {2},
                        new int[] {Integer.MAX_VALUE});
        assertRefused(() -> parse(single(huge, f32(1))), "tensor layer.w:");
    }

    @Test
    void refusesMalformedPickles() {
        assertRefused(
                () -> parse(single(new PickleBuilder().proto(2).emptyDict().bytes(), new byte[0])),
                "data.pkl: pickle ends without STOP; truncated? (at byte 3)");
        assertRefused(
                () ->
                        parse(
                                single(
                                        new PickleBuilder().proto(2).binget(7).stop().bytes(),
                                        new byte[0])),
                "memo key 7 was never stored");
        assertRefused(
                () ->
                        parse(
                                single(
                                        new PickleBuilder().proto(2).setitem().stop().bytes(),
                                        new byte[0])),
                "stack underflow");
        assertRefused(
                () ->
                        parse(
                                single(
                                        new PickleBuilder()
                                                .proto(2)
                                                .emptyTuple()
                                                .raw(0x81)
                                                .stop()
                                                .bytes(),
                                        new byte[0])),
                "unsupported pickle opcode 0x81 (NEWOBJ)");
        assertRefused(
                () -> parse(single(new PickleBuilder().proto(6).stop().bytes(), new byte[0])),
                "unsupported pickle protocol 6");
        assertRefused(
                () ->
                        parse(
                                single(
                                        new PickleBuilder()
                                                .proto(2)
                                                .emptyList()
                                                .binint1(1)
                                                .binint1(2)
                                                .setitem()
                                                .stop()
                                                .bytes(),
                                        new byte[0])),
                "SETITEM on a list, not a dict");
        assertRefused(
                () ->
                        parse(
                                single(
                                        new PickleBuilder().proto(2).binunicode("x").stop().bytes(),
                                        new byte[0])),
                "data.pkl holds no tensors");
        byte[] badUtf8 =
                new PickleBuilder().proto(2).raw('X', 2, 0, 0, 0, 0xc3, 0x28).stop().bytes();
        assertRefused(() -> parse(single(badUtf8, new byte[0])), "string is not valid UTF-8");
    }

    @Test
    void plainValuesOfEveryKindAreIgnored() {
        PickleBuilder p = new PickleBuilder().proto(2).emptyDict().mark();
        p.binunicode("ints")
                .mark()
                .binint(-5)
                .binint2(40000)
                .long1((byte) 0)
                .long1(new byte[9])
                .long1((byte) 0x80)
                .raw(0x8b, 2, 0, 0, 0, 1, 0)
                .raw('l');
        p.binunicode("bytes")
                .raw('C', 2, 'h', 'i')
                .raw('B', 0, 0, 0, 0)
                .raw(0x8e, 0, 0, 0, 0, 0, 0, 0, 0)
                .tuple3();
        p.binunicode("strs")
                .raw('U', 1, 'a')
                .raw('T', 1, 0, 0, 0, 'b')
                .raw(0x8d, 1, 0, 0, 0, 0, 0, 0, 0, 'c')
                .tuple3();
        p.binunicode("dict").mark().binunicode("k").none().raw('d');
        p.binunicode("dup").binfloat(1.0).raw('2').tuple2();
        p.binunicode("popped").mark().none().raw('1').none().raw('0').newfalse();
        p.binunicode("memo").binunicode("v").longBinput(70000).longBinget(70000).tuple2();
        p.binunicode("w");
        tensorValue(p);
        p.setitems().stop();
        TensorFile f = parse(single(p.bytes(), f32(4)));
        assertEquals(List.of("w"), f.names());
        // BININT, BININT2, LONG1 (empty, 9 zero bytes, 0x80) and LONG4 values, and the DUPed float.
        assertEquals(
                List.of(-5.0, 40000.0, 0.0, 0.0, -128.0, 1.0),
                List.of(
                        f.scalars().get("ints.0"),
                        f.scalars().get("ints.1"),
                        f.scalars().get("ints.2"),
                        f.scalars().get("ints.3"),
                        f.scalars().get("ints.4"),
                        f.scalars().get("ints.5")));
        assertEquals(1.0, f.scalars().get("dup.1"), 0.0);
    }

    private static void tensorValue(PickleBuilder p) {
        p.global("torch._utils", "_rebuild_tensor_v2").mark();
        p.mark()
                .binunicode("storage")
                .global("torch", "FloatStorage")
                .binunicode("0")
                .binunicode("cpu")
                .binint1(1)
                .tuple()
                .binpersid();
        p.binint1(0)
                .emptyTuple()
                .emptyTuple()
                .newfalse()
                .global("collections", "OrderedDict")
                .emptyTuple()
                .reduce()
                .tuple()
                .reduce();
    }

    @Test
    void cyclesAndExponentialSharingTerminate() {
        // d = {"l": L} with L = [L, tensor]: the cycle is not followed, the tensor is named l.1.
        PickleBuilder p =
                new PickleBuilder()
                        .proto(2)
                        .emptyDict()
                        .binunicode("l")
                        .emptyList()
                        .binput(0)
                        .binget(0)
                        .append();
        tensorValue(p);
        p.append().setitem().stop();
        assertEquals(List.of("l.1"), parse(single(p.bytes(), f32(4))).names());
        // L0 = [None]; L(k+1) = [Lk, Lk]: 2^40 paths from 40 short lists.
        PickleBuilder q = new PickleBuilder().proto(2).emptyList().binput(0).none().append();
        for (int k = 1; k <= 40; k++) {
            q.emptyList().mark().binget(k - 1).binget(k - 1).appends().binput(k);
        }
        q.stop();
        assertRefused(() -> parse(single(q.bytes(), f32(4))), "expands to more than");
    }

    @Test
    void refusesNamesThatCollide() {
        PickleBuilder p = new PickleBuilder().proto(2).emptyDict().mark().binunicode("a.b");
        tensorValue(p);
        p.binunicode("a").emptyDict().binunicode("b");
        tensorValue(p);
        p.setitem().setitems().stop();
        assertRefused(
                () -> parse(single(p.bytes(), f32(4))),
                "tensor a.b: two values in the file flatten");
    }

    @Test
    void singleTensorFile() {
        PickleBuilder p = new PickleBuilder().proto(2);
        tensorValue(p);
        p.stop();
        assertEquals(List.of(Torch.SINGLE_TENSOR), parse(single(p.bytes(), f32(4))).names());
    }

    @Test
    void readsFilesAndReportsUnreadableOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.pt");
        Files.write(file, TorchPickles.torch113File());
        assertEquals(file.toString(), Torch.read(file).source());
        UncheckedIOException e =
                assertThrows(UncheckedIOException.class, () -> Torch.read(dir.resolve("no.pt")));
        assertTrue(
                e.getMessage().startsWith("cogs: " + dir.resolve("no.pt") + ": cannot read"),
                e.getMessage());
    }

    @Test
    void realTorchSaveIfPyTorchIsInstalled() throws Exception {
        TorchPython.assumeTorch();
        TensorFile f = TorchPython.saveAndRead();
        assertEquals(List.of(3, 4), f.get("model.layera.weight").info().shape());
        assertEquals(List.of(4, 3), f.get("model.layerc.weight").info().shape());
        RealWeights w = WeightKeys.luckmatters().extract(f);
        assertEquals(3, w.order());
        assertEquals(4, w.d());
        // The saved values are arange(12)/8 - 0.75 (exact in float32), see TorchPython.
        assertEquals(-0.75, w.ua()[0][0], 0.0);
        assertEquals(0.625, w.ua()[2][3], 0.0);
    }
}
