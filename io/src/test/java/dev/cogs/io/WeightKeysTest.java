package dev.cogs.io;

import static dev.cogs.io.IoTesting.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cogs.algebra.weights.RealWeights;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightKeysTest {

    private static Tensor t(String name, int rows, int cols, double start) {
        double[] v = new double[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = start + i;
        }
        return Tensor.of(name, DType.FLOAT64, new int[] {rows, cols}, v);
    }

    private static TensorFile file(Tensor... tensors) {
        return TensorFile.of("net.pt", List.of(tensors));
    }

    @Test
    void parsesOverrides() {
        assertEquals(
                new WeightKeys("layera.weight", "layerb.weight", "layerc.weight"),
                WeightKeys.parse(""));
        assertEquals(
                new WeightKeys("fc1.weight", "layerb.weight", "out.weight"),
                WeightKeys.parse(" Ua = fc1.weight , W=out.weight"));
        assertEquals(new WeightKeys("a", "b", "c"), WeightKeys.parse("W=c,Ub=b,Ua=a"));
        assertRefused(() -> WeightKeys.parse("Ua"), "'Ua' is not role=name");
        assertRefused(() -> WeightKeys.parse("Uc=x"), "unknown role 'Uc'");
        assertRefused(() -> WeightKeys.parse("ua=x"), "unknown role 'ua'");
        assertRefused(() -> WeightKeys.parse("Ua=x,Ua=y"), "role Ua given twice");
        assertRefused(() -> WeightKeys.parse("Ua= "), "empty tensor name");
        assertRefused(() -> WeightKeys.parse("Ua=x,"), "'' is not role=name");
        assertRefused(() -> new WeightKeys("", "b", "c"), "must not be empty");
    }

    @Test
    void extractsWithOrWithoutTheModelPrefix() {
        Tensor ua = t("layera.weight", 2, 3, 0);
        Tensor ub = t("layerb.weight", 2, 3, 10);
        Tensor w = t("layerc.weight", 3, 2, 20);
        RealWeights plain = WeightKeys.luckmatters().extract(file(ua, ub, w));
        RealWeights prefixed =
                WeightKeys.luckmatters()
                        .extract(
                                file(
                                        ua.withName("model.layera.weight"),
                                        ub.withName("model.layerb.weight"),
                                        w.withName("model.layerc.weight")));
        assertEquals(plain, prefixed);
        assertEquals(2, plain.order());
        assertEquals(3, plain.d());
        assertArrayEquals(new double[] {13, 14, 15}, plain.ub()[1], 0.0);
        assertArrayEquals(new double[] {22, 23}, plain.w()[1], 0.0);
        assertArrayEquals(w.data(), plain.wFlat(), 0.0);
        RealWeights custom =
                WeightKeys.parse("Ua=x,Ub=y,W=z")
                        .extract(file(ua.withName("x"), ub.withName("y"), w.withName("model.z")));
        assertEquals(plain, custom);
    }

    @Test
    void shapeMismatchesNameTheTensor() {
        Tensor ua = t("layera.weight", 2, 3, 0);
        Tensor ub = t("layerb.weight", 2, 3, 10);
        assertRefused(
                () -> WeightKeys.luckmatters().extract(file(ua, ub, t("layerc.weight", 2, 3, 0))),
                "cogs: net.pt: tensor layerc.weight (W): shape [2, 3], expected d×q = [3, 2] from tensor "
                        + "layera.weight (Ua) of shape [2, 3]");
        assertRefused(
                () ->
                        WeightKeys.luckmatters()
                                .extract(
                                        file(
                                                ua,
                                                t("layerb.weight", 3, 2, 0),
                                                t("layerc.weight", 3, 2, 0))),
                "tensor layerb.weight (Ub): shape [3, 2], expected q×d = [2, 3]");
        Tensor flat = Tensor.of("layera.weight", DType.FLOAT64, new int[] {6}, new double[6]);
        assertRefused(
                () -> WeightKeys.luckmatters().extract(file(flat, ub, t("layerc.weight", 3, 2, 0))),
                "tensor layera.weight (Ua): shape [6] is not 2-D (expected q×d)");
    }

    @Test
    void missingAmbiguousSkippedAndNonFinite() {
        Tensor ua = t("layera.weight", 2, 3, 0);
        Tensor ub = t("layerb.weight", 2, 3, 10);
        Tensor w = t("layerc.weight", 3, 2, 20);
        assertRefused(
                () -> WeightKeys.luckmatters().extract(file(ua, ub)),
                "cogs: net.pt: no tensor layerc.weight (nor model.layerc.weight); the file has 2 tensors: "
                        + "layera.weight, layerb.weight");
        assertRefused(
                () ->
                        WeightKeys.luckmatters()
                                .extract(file(ua, ub, w, w.withName("model.layerc.weight"))),
                "tensor layerc.weight is ambiguous");
        TensorFile skipped =
                TensorFile.of(
                        "net.pt",
                        List.of(ua, ub),
                        java.util.Map.of(),
                        java.util.Map.of(
                                "model.layerc.weight",
                                "torch.LongStorage (int64) [3, 2] is not a float tensor"));
        assertRefused(
                () -> WeightKeys.luckmatters().extract(skipped),
                "tensor model.layerc.weight: torch.LongStorage");
        double[] v = w.data();
        v[3] = Double.NaN;
        Tensor nan = Tensor.of("layerc.weight", DType.FLOAT64, new int[] {3, 2}, v);
        assertRefused(
                () -> WeightKeys.luckmatters().extract(file(ua, ub, nan)),
                "tensor layerc.weight (W): entry [1][1] is NaN; weights must be finite");
        List<Tensor> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(t("t" + i, 1, 1, i));
        }
        assertRefused(
                () -> WeightKeys.luckmatters().extract(TensorFile.of("f", many)),
                "the file has 10 tensors: t0, t1, t2, t3, t4, t5, t6, t7, ...");
    }
}
