package dev.cogs.io;

import dev.cogs.io.internal.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tensors read from (or to be written to) one weight file, in file order, with the file's
 * metadata.
 *
 * <p>This class is immutable. Tensor names are unique. Nested containers (a PyTorch checkpoint
 * {@code {"model": state_dict, ...}}) are flattened to dotted paths such as {@code
 * model.layera.weight}.
 *
 * <p>{@link #skipped()} lists tensors that the file holds in a valid but unsupported element type
 * (integer or boolean buffers such as a batch-norm counter): they are named with the reason instead
 * of failing the whole file, and {@link #get(String)} refuses them with that reason.
 *
 * <p>{@link #scalars()} holds the plain numbers a container format stores beside its tensors (for a
 * PyTorch checkpoint {@code {"model": state_dict, "results": [{"epoch": 0, "train_loss": 0.9,
 * ...}]}} the entries {@code results.0.epoch}, {@code results.0.train_loss}, ...), named by the
 * same dotted paths.
 */
public final class TensorFile {

    private final String source;
    private final List<Tensor> tensors;
    private final Map<String, Tensor> byName;
    private final Map<String, String> metadata;
    private final Map<String, String> skipped;
    private final Map<String, Double> scalars;

    private TensorFile(
            String source,
            List<Tensor> tensors,
            Map<String, Tensor> byName,
            Map<String, String> metadata,
            Map<String, String> skipped,
            Map<String, Double> scalars) {
        this.source = source;
        this.tensors = tensors;
        this.byName = byName;
        this.metadata = metadata;
        this.skipped = skipped;
        this.scalars = scalars;
    }

    /**
     * A file of tensors without metadata.
     *
     * @param source the file name used in messages
     * @param tensors the tensors, in order
     * @return the file
     * @throws IllegalArgumentException if two tensors share a name
     */
    public static TensorFile of(String source, List<Tensor> tensors) {
        return of(source, tensors, Map.of(), Map.of());
    }

    /**
     * A file of tensors with metadata and a list of skipped tensors.
     *
     * @param source the file name used in messages
     * @param tensors the tensors, in order
     * @param metadata string metadata (for safetensors the {@code __metadata__} map), copied in
     *     iteration order
     * @param skipped names of tensors left out, mapped to the reason, copied in iteration order
     * @return the file
     * @throws IllegalArgumentException if two tensors share a name, or a skipped name is also a
     *     tensor name
     */
    public static TensorFile of(
            String source,
            List<Tensor> tensors,
            Map<String, String> metadata,
            Map<String, String> skipped) {
        return of(source, tensors, metadata, skipped, Map.of());
    }

    /**
     * A file of tensors with metadata, skipped tensors and the plain numbers stored beside the
     * tensors.
     *
     * <p>Non-finite values: NaN and infinite scalars are kept as they are.
     *
     * @param source the file name used in messages
     * @param tensors the tensors, in order
     * @param metadata string metadata, copied in iteration order
     * @param skipped names of tensors left out, mapped to the reason, copied in iteration order
     * @param scalars dotted path → number, copied in iteration order
     * @return the file
     * @throws IllegalArgumentException if two tensors share a name, or a skipped name is also a
     *     tensor name
     */
    public static TensorFile of(
            String source,
            List<Tensor> tensors,
            Map<String, String> metadata,
            Map<String, String> skipped,
            Map<String, Double> scalars) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scalars, "scalars");
        Objects.requireNonNull(tensors, "tensors");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(skipped, "skipped");
        List<Tensor> list = List.copyOf(tensors);
        Map<String, Tensor> byName = new LinkedHashMap<>();
        for (Tensor t : list) {
            if (byName.put(t.name(), t) != null) {
                throw Problems.fail(source, "two tensors are named %s", Problems.quote(t.name()));
            }
        }
        Map<String, String> skip = copy(skipped, "skipped");
        for (String name : skip.keySet()) {
            if (byName.containsKey(name)) {
                throw Problems.fail(
                        source, "tensor %s is both read and skipped", Problems.quote(name));
            }
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : scalars.entrySet()) {
            numbers.put(
                    Objects.requireNonNull(e.getKey(), "scalar key"),
                    Objects.requireNonNull(e.getValue(), "scalar value"));
        }
        return new TensorFile(
                source,
                list,
                Collections.unmodifiableMap(byName),
                copy(metadata, "metadata"),
                skip,
                Collections.unmodifiableMap(numbers));
    }

    private static Map<String, String> copy(Map<String, String> map, String what) {
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : map.entrySet()) {
            copy.put(
                    Objects.requireNonNull(e.getKey(), what + " key"),
                    Objects.requireNonNull(e.getValue(), what + " value"));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * The file name used in messages.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The tensors in file order.
     *
     * @return an unmodifiable list
     */
    public List<Tensor> tensors() {
        return tensors;
    }

    /**
     * The tensor names in file order.
     *
     * @return an unmodifiable list
     */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /**
     * Name, dtype and shape of every tensor, in file order.
     *
     * @return an unmodifiable list
     */
    public List<TensorInfo> listing() {
        List<TensorInfo> out = new ArrayList<>(tensors.size());
        for (Tensor t : tensors) {
            out.add(t.info());
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The file's string metadata.
     *
     * @return an unmodifiable map in file order (empty if the format has none)
     */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * The plain numbers stored beside the tensors (PyTorch checkpoints: every int or float leaf of
     * the saved object that is not part of a tensor), by dotted path.
     *
     * @return an unmodifiable map in file order (empty if the format or the file has none)
     */
    public Map<String, Double> scalars() {
        return scalars;
    }

    /**
     * Tensors present in the file but not read, with the reason.
     *
     * @return an unmodifiable map from name to reason, in file order
     */
    public Map<String, String> skipped() {
        return skipped;
    }

    /**
     * Looks a tensor up by name.
     *
     * @param name the full (dotted) name
     * @return the tensor, or empty if no tensor has that name
     */
    public Optional<Tensor> find(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The tensor with the given name.
     *
     * @param name the full (dotted) name, for example {@code model.layera.weight}
     * @return the tensor
     * @throws IllegalArgumentException naming the file and the tensor if it is absent or was
     *     skipped
     */
    public Tensor get(String name) {
        Objects.requireNonNull(name, "name");
        Tensor t = byName.get(name);
        if (t != null) {
            return t;
        }
        String reason = skipped.get(name);
        if (reason != null) {
            throw Problems.fail(source, "tensor %s: %s", Problems.quote(name), reason);
        }
        throw Problems.fail(
                source, "no tensor %s (the file has %s)", Problems.quote(name), summary());
    }

    /** The first few names, for "not found" messages that stay on one line. */
    String summary() {
        if (byName.isEmpty()) {
            return "no tensors";
        }
        List<String> names = names();
        int shown = Math.min(names.size(), 8);
        List<String> quoted = new ArrayList<>();
        for (String n : names.subList(0, shown)) {
            quoted.add(Problems.quote(n));
        }
        String list = String.join(", ", quoted);
        return names.size()
                + (names.size() == 1 ? " tensor: " : " tensors: ")
                + list
                + (shown < names.size() ? ", ..." : "");
    }

    /**
     * The source and the number of tensors.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return source + " (" + tensors.size() + " tensors)";
    }
}
