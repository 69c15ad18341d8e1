package dev.cogs.io.npz;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of small float tensors for the format round-trip properties. */
public final class NpzGenerators {

    private NpzGenerators() {}

    /** Doubles over many binades plus non-finite and boundary candidates. */
    public static Gen<Double> values() {
        Gen<Double> wide =
                doubles().between(-1.0, 1.0).zip(integers().between(-30, 30), Math::scalb);
        return wide.mix(
                Generate.pick(
                        List.of(
                                0.0,
                                -0.0,
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                Double.NEGATIVE_INFINITY,
                                Double.MIN_VALUE,
                                Double.MIN_NORMAL,
                                Double.MAX_VALUE)),
                10);
    }

    /** Shapes of rank 0 to 3 with dimensions 0 to 4. */
    public static Gen<int[]> shapes() {
        return lists().of(integers().between(0, 4))
                .ofSizeBetween(0, 3)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One tensor of the given dtypes, named t + an index given later. */
    public static Gen<Tensor> tensors(List<DType> dtypes) {
        return shapes().zip(
                        Generate.pick(dtypes),
                        lists().of(values()).ofSize(64),
                        (shape, dtype, pool) -> {
                            int n = 1;
                            for (int d : shape) {
                                n *= d;
                            }
                            double[] data = new double[n];
                            for (int i = 0; i < n; i++) {
                                data[i] = pool.get(i % pool.size());
                            }
                            return Tensor.from("t", dtype, shape, data);
                        });
    }

    /** Up to four float16/32/64 tensors with distinct names. */
    public static Gen<List<Tensor>> tensorLists() {
        return tensorLists(List.of(DType.FLOAT16, DType.FLOAT32, DType.FLOAT64));
    }

    /** Up to four tensors of the given dtypes with distinct names. */
    public static Gen<List<Tensor>> tensorLists(List<DType> dtypes) {
        return lists().of(tensors(dtypes))
                .ofSizeBetween(0, 4)
                .map(
                        l -> {
                            List<Tensor> named = new ArrayList<>();
                            for (int i = 0; i < l.size(); i++) {
                                named.add(l.get(i).withName("layer" + i + ".weight"));
                            }
                            return named;
                        });
    }

    /** Either compression. */
    public static Gen<Npz.Compression> compression() {
        return Generate.enumValues(Npz.Compression.class);
    }
}
