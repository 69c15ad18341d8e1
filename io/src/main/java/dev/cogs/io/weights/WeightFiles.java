package dev.cogs.io.weights;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.DType;
import dev.cogs.io.Tensor;
import dev.cogs.io.TensorFile;
import dev.cogs.io.WeightKeys;
import dev.cogs.io.internal.FileBytes;
import dev.cogs.io.internal.Problems;
import dev.cogs.io.npy.Npy;
import dev.cogs.io.npy.NpyDtype;
import dev.cogs.io.npy.NpyWeights;
import dev.cogs.io.npz.Npz;
import dev.cogs.io.safetensors.Safetensors;
import dev.cogs.io.torch.Torch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the weights of a two-layer quadratic net from any supported format and writes them back.
 *
 * <p>Reading ({@link #readNet}): a folder holds {@code Ua.npy} (q×d), {@code Ub.npy} (q×d) and
 * {@code W.npy} (d×q), read by {@link NpyWeights}; a file is read by the reader of its {@link
 * WeightFormat} and the three matrices are looked up with {@link WeightKeys} (the luckmatters names
 * {@code layera.weight}, {@code layerb.weight}, {@code layerc.weight}, also under {@code model.},
 * unless overridden). Every layout is PyTorch's {@code nn.Linear} weight layout {@code (out, in)},
 * so nothing is ever transposed, and the values are kept exactly (float16, bfloat16 and float32
 * values are doubles without rounding), so the same net analyses to the same result from every
 * format.
 *
 * <p>Writing ({@link #write}): {@code .safetensors} and {@code .npz} files hold the three matrices
 * under the luckmatters names, so that {@code
 * model.load_state_dict(safetensors.torch.load_file(f))} or {@code {k: torch.from_numpy(v) for k, v
 * in numpy.load(f).items()}} restores a luckmatters model; a folder gets {@code Ua.npy}, {@code
 * Ub.npy}, {@code W.npy}. PyTorch {@code .pt} files are never written (they are pickles).
 */
public final class WeightFiles {

    /** The keys of a folder of {@code .npy} files: the file names without {@code .npy}. */
    public static final WeightKeys NPY_FOLDER_KEYS = new WeightKeys("Ua", "Ub", "W");

    private WeightFiles() {}

    /**
     * The format of a path, or a one-line refusal naming the supported ones.
     *
     * @param path a file or folder
     * @return its format
     * @throws IllegalArgumentException if the name has no supported extension
     */
    public static WeightFormat formatOf(Path path) {
        return WeightFormat.of(path)
                .orElseThrow(
                        () ->
                                Problems.fail(
                                        path.toString(),
                                        "not a weight file: expected a "
                                                + "folder of .npy files or a .pt, .pth, .safetensors or .npz file"));
    }

    /**
     * Every tensor of a weight file; for a folder, every {@code *.npy} file in it (not recursive),
     * named by its file name without {@code .npy}, in name order.
     *
     * @param path the file or folder
     * @return the tensors
     * @throws IllegalArgumentException naming the file (and tensor) if it is not a valid file of
     *     its format
     * @throws UncheckedIOException if it cannot be read
     */
    public static TensorFile read(Path path) {
        Objects.requireNonNull(path, "path");
        switch (formatOf(path)) {
            case TORCH:
                return Torch.read(path);
            case SAFETENSORS:
                return Safetensors.read(path);
            case NPZ:
                return Npz.read(path);
            default:
                return readFolder(path);
        }
    }

    private static TensorFile readFolder(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files =
                    s.filter(
                                    p ->
                                            p.getFileName().toString().endsWith(".npy")
                                                    && Files.isRegularFile(p))
                            .sorted()
                            .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list (" + e.getMessage() + ")", e);
        }
        List<Tensor> tensors = new ArrayList<>();
        Map<String, String> skipped = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            name = name.substring(0, name.length() - ".npy".length());
            if (name.isEmpty()) {
                continue;
            }
            Npy.Entry e = Npy.parseEntry(FileBytes.read(f), dir.toString(), name);
            e.tensor().ifPresent(tensors::add);
            e.skipped().ifPresent(reason -> skipped.put(e.name(), reason));
        }
        return TensorFile.of(dir.toString(), tensors, Map.of(), skipped);
    }

    /**
     * The keys used for a path when none are given: {@link #NPY_FOLDER_KEYS} for a folder, the
     * luckmatters names otherwise.
     *
     * @param path the file or folder
     * @return the default keys
     */
    public static WeightKeys defaultKeys(Path path) {
        return WeightFormat.of(path).orElse(WeightFormat.TORCH) == WeightFormat.NPY_FOLDER
                ? NPY_FOLDER_KEYS
                : WeightKeys.luckmatters();
    }

    /**
     * Reads a net with the default keys of its format ({@link #defaultKeys}).
     *
     * @param path a folder of {@code .npy} files or a weight file
     * @return the weights
     * @throws IllegalArgumentException naming the file and the tensor if the file is invalid, a
     *     tensor is missing, the shapes disagree, d &lt; 3, or an entry is not finite
     * @throws UncheckedIOException if it cannot be read
     */
    public static RealWeights readNet(Path path) {
        return readNet(path, Optional.empty());
    }

    /**
     * Reads a net.
     *
     * <p>Non-finite values: a NaN or infinite weight is refused with its tensor and index.
     *
     * @param path a folder of {@code .npy} files or a weight file
     * @param keys the tensor names; empty for {@link #defaultKeys}
     * @return the weights
     * @throws IllegalArgumentException naming the file and the tensor if the file is invalid, a
     *     tensor is missing, the shapes disagree, d &lt; 3, or an entry is not finite
     * @throws UncheckedIOException if it cannot be read
     */
    public static RealWeights readNet(Path path, Optional<WeightKeys> keys) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(keys, "keys");
        WeightFormat format = formatOf(path);
        if (format == WeightFormat.NPY_FOLDER && keys.isEmpty()) {
            try {
                return NpyWeights.read(path);
            } catch (IOException e) {
                throw Problems.fail(
                        e,
                        path.toString(),
                        "%s",
                        e.getMessage().startsWith(path.toString())
                                ? e.getMessage()
                                        .substring(path.toString().length())
                                        .replaceFirst("^[/\\\\]?", "")
                                : e.getMessage());
            }
        }
        TensorFile file = read(path);
        return keys.orElseGet(() -> defaultKeys(path)).extract(file);
    }

    /**
     * The three matrices as tensors under the luckmatters names ({@code layera.weight} q×d, {@code
     * layerb.weight} q×d, {@code layerc.weight} d×q), rounded to {@code dtype}.
     *
     * @param weights the net
     * @param dtype the storage type
     * @return the three tensors, in that order
     */
    public static List<Tensor> tensors(RealWeights weights, DType dtype) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(dtype, "dtype");
        WeightKeys k = WeightKeys.luckmatters();
        int q = weights.order();
        int d = weights.d();
        return List.of(
                Tensor.from(k.ua(), dtype, new int[] {q, d}, weights.uaFlat()),
                Tensor.from(k.ub(), dtype, new int[] {q, d}, weights.ubFlat()),
                Tensor.from(k.w(), dtype, new int[] {d, q}, weights.wFlat()));
    }

    /**
     * Writes a net: a {@code .safetensors} or {@code .npz} file under the luckmatters names (see
     * {@link #tensors}), or, for a path without one of the file extensions, a folder of {@code
     * Ua.npy}, {@code Ub.npy}, {@code W.npy}.
     *
     * <p>Non-finite values: the weights are finite; rounding to float16 may overflow to infinity,
     * which is written as it is.
     *
     * @param path the file or folder (parent folders are created; an existing file is replaced)
     * @param weights the net
     * @param dtype the storage type (float16, bfloat16, float32 or float64; a folder or {@code
     *     .npz} takes no bfloat16, a folder no float16)
     * @param metadata string metadata for {@code .safetensors} (ignored by the other formats)
     * @throws IllegalArgumentException for a {@code .pt}/{@code .pth} path or a dtype the format
     *     cannot hold
     * @throws UncheckedIOException if writing fails
     */
    public static void write(
            Path path, RealWeights weights, DType dtype, Map<String, String> metadata) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(metadata, "metadata");
        WeightFormat format =
                Files.isDirectory(path)
                        ? WeightFormat.NPY_FOLDER
                        : WeightFormat.ofName(String.valueOf(path.getFileName()))
                                .orElse(WeightFormat.NPY_FOLDER);
        switch (format) {
            case TORCH:
                throw Problems.fail(
                        path.toString(),
                        "cogs does not write torch.save files (they are pickles); write "
                                + ".safetensors (torch: safetensors.torch.load_file) or .npz (numpy.load) instead");
            case SAFETENSORS:
                Safetensors.write(path, tensors(weights, dtype), metadata);
                return;
            case NPZ:
                if (dtype == DType.BFLOAT16) {
                    throw Problems.fail(
                            path.toString(),
                            "NumPy has no bfloat16 type; write float32 or a "
                                    + ".safetensors file");
                }
                Npz.write(path, tensors(weights, dtype), Npz.Compression.STORED);
                return;
            default:
                if (dtype != DType.FLOAT32 && dtype != DType.FLOAT64) {
                    throw Problems.fail(
                            path.toString(),
                            String.format(
                                    Locale.ROOT,
                                    "a folder of .npy weights is "
                                            + "written as float32 or float64, not %s",
                                    dtype));
                }
                try {
                    NpyWeights.write(path, weights, NpyDtype.of(dtype));
                } catch (IOException e) {
                    throw new UncheckedIOException(e.getMessage(), e);
                }
        }
    }
}
