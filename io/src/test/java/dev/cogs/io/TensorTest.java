package dev.cogs.io;

import static dev.cogs.io.IoTesting.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TensorTest {

    @Test
    void ofIsExactFromRounds() {
        assertRefused(
                () -> Tensor.of("w", DType.FLOAT32, new int[] {1}, new double[] {0.1}),
                "tensor w: element 0 (0.1) is not a FLOAT32 value");
        Tensor t = Tensor.from("w", DType.FLOAT32, new int[] {1}, new double[] {0.1});
        assertEquals((float) 0.1, t.get(0), 0.0);
        assertEquals(t, Tensor.of("w", DType.FLOAT32, new int[] {1}, new double[] {(float) 0.1}));
    }

    @Test
    void copiesDefensively() {
        int[] shape = {2, 2};
        double[] data = {1, 2, 3, 4};
        Tensor t = Tensor.of("w", DType.FLOAT64, shape, data);
        shape[0] = 9;
        data[0] = 9;
        t.shape()[1] = 7;
        t.data()[1] = 7;
        assertArrayEquals(new int[] {2, 2}, t.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4}, t.data(), 0.0);
        assertEquals(3.0, t.get(1, 0), 0.0);
    }

    @Test
    void validatesShape() {
        assertRefused(
                () -> Tensor.of("w", DType.FLOAT64, new int[] {2, 3}, new double[5]),
                "tensor w: shape [2, 3] needs 6 elements, data has 5");
        assertRefused(
                () -> Tensor.of("w", DType.FLOAT64, new int[] {-1}, new double[0]),
                "negative dimension");
        assertRefused(
                () -> Tensor.of("w", DType.FLOAT64, new int[] {1 << 16, 1 << 16}, new double[0]),
                "too many elements");
        assertRefused(
                () -> Tensor.of("", DType.FLOAT64, new int[0], new double[1]), "must not be empty");
        Tensor scalar = Tensor.of("s", DType.FLOAT64, new int[0], new double[] {2.5});
        assertEquals(2.5, scalar.get(), 0.0);
        assertRefused(() -> scalar.get(0), "1 indices for rank 0");
        assertRefused(
                () -> Tensor.of("w", DType.FLOAT64, new int[] {2}, new double[2]).get(2),
                "out of range");
    }

    @Test
    void equalityIsExact() {
        Tensor a = Tensor.of("w", DType.FLOAT64, new int[] {2}, new double[] {0.0, Double.NaN});
        assertEquals(
                a, Tensor.of("w", DType.FLOAT64, new int[] {2}, new double[] {0.0, Double.NaN}));
        assertEquals(
                a.hashCode(),
                Tensor.of("w", DType.FLOAT64, new int[] {2}, new double[] {0.0, Double.NaN})
                        .hashCode());
        assertNotEquals(
                a, Tensor.of("w", DType.FLOAT64, new int[] {2}, new double[] {-0.0, Double.NaN}));
        assertNotEquals(
                a, Tensor.of("w", DType.FLOAT32, new int[] {2}, new double[] {0.0, Double.NaN}));
        assertNotEquals(
                a, Tensor.of("w", DType.FLOAT64, new int[] {2, 1}, new double[] {0.0, Double.NaN}));
        assertNotEquals(a, a.withName("v"));
        assertEquals("v FLOAT64 [2]", a.withName("v").toString());
    }

    @Test
    void tensorFileLooksUpAndRefusesByName() {
        Tensor a = Tensor.of("a", DType.FLOAT64, new int[] {1}, new double[] {1});
        TensorFile f =
                TensorFile.of(
                        "x.npz", List.of(a), Map.of("k", "v"), Map.of("n", "int64 is not a float"));
        assertEquals(a, f.get("a"));
        assertEquals(List.of("a"), f.names());
        assertEquals(List.of(new TensorInfo("a", DType.FLOAT64, List.of(1))), f.listing());
        assertEquals("a FLOAT64 [1]", f.listing().get(0).toString());
        assertRefused(() -> f.get("n"), "cogs: x.npz: tensor n: int64 is not a float");
        assertRefused(() -> f.get("b"), "cogs: x.npz: no tensor b (the file has 1 tensor: a)");
        assertRefused(() -> TensorFile.of("x", List.of(a, a)), "cogs: x: two tensors are named a");
        assertRefused(
                () -> TensorFile.of("x", List.of(a), Map.of(), Map.of("a", "r")),
                "both read and skipped");
        assertRefused(() -> new TensorInfo("a", DType.FLOAT16, List.of(-1)), "negative dimension");
    }
}
