package dev.cogs.io.weights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The weight file formats cogs reads, recognised by file name extension (case-insensitive) or as a
 * folder.
 */
public enum WeightFormat {
    /** A PyTorch {@code torch.save} ZIP archive: {@code .pt}, {@code .pth}. Read only. */
    TORCH(List.of(".pt", ".pth")),
    /** A {@code .safetensors} file. Read and written. */
    SAFETENSORS(List.of(".safetensors")),
    /** A NumPy {@code .npz} archive. Read and written. */
    NPZ(List.of(".npz")),
    /**
     * A folder of {@code .npy} files ({@code Ua.npy}, {@code Ub.npy}, {@code W.npy}). Read and
     * written.
     */
    NPY_FOLDER(List.of());

    private final List<String> extensions;

    WeightFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    /**
     * The file name extensions of this format, with the dot.
     *
     * @return for example {@code [.pt, .pth]}; empty for {@link #NPY_FOLDER}
     */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * The format of a file by its name: an existing folder is {@link #NPY_FOLDER}, otherwise the
     * extension decides.
     *
     * @param path the file or folder
     * @return the format, or empty if the name has none of the extensions
     */
    public static Optional<WeightFormat> of(Path path) {
        Objects.requireNonNull(path, "path");
        if (Files.isDirectory(path)) {
            return Optional.of(NPY_FOLDER);
        }
        return ofName(path.getFileName() == null ? "" : path.getFileName().toString());
    }

    /**
     * The format of a file name by its extension alone.
     *
     * @param fileName the name
     * @return the format, or empty if the name has none of the extensions
     */
    public static Optional<WeightFormat> ofName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (WeightFormat f : values()) {
            for (String e : f.extensions) {
                if (lower.endsWith(e) && lower.length() > e.length()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
