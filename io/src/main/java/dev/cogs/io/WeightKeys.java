package dev.cogs.io;

import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.io.internal.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tensors of a weight file hold \(U_a\), \(U_b\) and \(W\) of a two-layer quadratic net.
 *
 * <p>The defaults ({@link #luckmatters()}) follow the luckmatters code of the paper's authors,
 * whose model has three bias-free {@code nn.Linear} layers: {@code layera.weight} → \(U_a\) (q×d),
 * {@code layerb.weight} → \(U_b\) (q×d), {@code layerc.weight} → \(W\) (d×q). Each name is looked
 * up as given and, failing that, under a {@code model.} prefix, as the authors' trainer saves
 * {@code {"model": state_dict, ...}}; a name found both ways is ambiguous and refused. Other
 * layouts are described with {@link #withOverrides(String)}, for example {@code
 * Ua=net.fc_a.weight,W=net.out.weight}.
 *
 * <p>Immutable and validated: every name is non-empty.
 *
 * @param ua the name of the tensor holding \(U_a\)
 * @param ub the name of the tensor holding \(U_b\)
 * @param w the name of the tensor holding \(W\)
 */
public record WeightKeys(String ua, String ub, String w) {

    /**
     * The prefix also searched: the authors' trainer saves the state dict under {@code "model"}.
     */
    public static final String MODEL_PREFIX = "model.";

    /**
     * Validates the names.
     *
     * @param ua the name of the tensor holding \(U_a\)
     * @param ub the name of the tensor holding \(U_b\)
     * @param w the name of the tensor holding \(W\)
     * @throws IllegalArgumentException if a name is empty
     */
    public WeightKeys {
        Objects.requireNonNull(ua, "ua");
        Objects.requireNonNull(ub, "ub");
        Objects.requireNonNull(w, "w");
        if (ua.isEmpty() || ub.isEmpty() || w.isEmpty()) {
            throw new IllegalArgumentException(
                    "weight keys must not be empty (Ua=" + ua + ", Ub=" + ub + ", W=" + w + ")");
        }
    }

    /**
     * The luckmatters names: {@code layera.weight}, {@code layerb.weight}, {@code layerc.weight}.
     *
     * @return the default keys
     */
    public static WeightKeys luckmatters() {
        return new WeightKeys("layera.weight", "layerb.weight", "layerc.weight");
    }

    /**
     * The luckmatters defaults with overrides applied (see {@link #withOverrides(String)}).
     *
     * @param overrides for example {@code Ua=fc1.weight,Ub=fc2.weight,W=out.weight}; empty for the
     *     defaults
     * @return the keys
     * @throws IllegalArgumentException if the text is malformed
     */
    public static WeightKeys parse(String overrides) {
        return luckmatters().withOverrides(overrides);
    }

    /**
     * These keys with some replaced.
     *
     * <p>Syntax: comma-separated {@code role=name} pairs, roles {@code Ua}, {@code Ub}, {@code W}
     * (case-sensitive), each at most once; blanks around roles and names are ignored; an empty text
     * changes nothing.
     *
     * @param overrides the pairs
     * @return the keys with the named roles replaced
     * @throws IllegalArgumentException naming the offending pair if a pair has no {@code =}, an
     *     unknown or repeated role, or an empty name
     */
    public WeightKeys withOverrides(String overrides) {
        Objects.requireNonNull(overrides, "overrides");
        if (overrides.isBlank()) {
            return this;
        }
        Map<String, String> set = new LinkedHashMap<>();
        for (String pair : overrides.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(
                        "weight key override '"
                                + pair.strip()
                                + "' is not role=name (roles Ua, Ub, W)");
            }
            String role = pair.substring(0, eq).strip();
            String name = pair.substring(eq + 1).strip();
            if (!role.equals("Ua") && !role.equals("Ub") && !role.equals("W")) {
                throw new IllegalArgumentException(
                        "weight key override '"
                                + pair.strip()
                                + "': unknown role '"
                                + role
                                + "' (roles Ua, Ub, W)");
            }
            if (name.isEmpty()) {
                throw new IllegalArgumentException(
                        "weight key override '" + pair.strip() + "': empty tensor name");
            }
            if (set.put(role, name) != null) {
                throw new IllegalArgumentException(
                        "weight key override: role " + role + " given twice");
            }
        }
        return new WeightKeys(
                set.getOrDefault("Ua", ua), set.getOrDefault("Ub", ub), set.getOrDefault("W", w));
    }

    /**
     * Finds the tensor for one key: the name as given, else under {@link #MODEL_PREFIX}.
     *
     * @param file the tensors
     * @param key the name
     * @return the tensor
     * @throws IllegalArgumentException naming the file and the tensor if it is absent, skipped (not
     *     a float tensor) or present both with and without the prefix
     */
    public static Tensor lookup(TensorFile file, String key) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Optional<Tensor> plain = file.find(key);
        Optional<Tensor> prefixed = file.find(MODEL_PREFIX + key);
        if (plain.isPresent() && prefixed.isPresent()) {
            throw Problems.fail(
                    file.source(),
                    "tensor %s is ambiguous: both %s and %s%s exist; name one of them "
                            + "exactly with an override",
                    Problems.quote(key),
                    Problems.quote(key),
                    MODEL_PREFIX,
                    Problems.quote(key));
        }
        if (plain.isPresent()) {
            return plain.get();
        }
        if (prefixed.isPresent()) {
            return prefixed.get();
        }
        if (file.skipped().containsKey(key)) {
            return file.get(key);
        }
        if (file.skipped().containsKey(MODEL_PREFIX + key)) {
            return file.get(MODEL_PREFIX + key);
        }
        throw Problems.fail(
                file.source(),
                "no tensor %s (nor %s%s); the file has %s; name the tensors with "
                        + "Ua=...,Ub=...,W=...",
                Problems.quote(key),
                MODEL_PREFIX,
                Problems.quote(key),
                file.summary());
    }

    /**
     * Extracts \(U_a\), \(U_b\) and \(W\) and checks their shapes against each other.
     *
     * <p>Non-finite values: a NaN or infinite entry is refused with its tensor and index.
     *
     * @param file the tensors
     * @return the weights; d and q are taken from \(U_a\)
     * @throws IllegalArgumentException naming the file and the tensor if a tensor is missing or not
     *     2-D, if \(U_b\) is not q×d or \(W\) is not d×q, if d &lt; 3 (no group net has fewer
     *     classes), or if an entry is not finite
     */
    public RealWeights extract(TensorFile file) {
        Objects.requireNonNull(file, "file");
        Tensor a = lookup(file, ua);
        Tensor b = lookup(file, ub);
        Tensor c = lookup(file, w);
        int[] sa = twoD(file, a, "Ua", "q×d");
        int q = sa[0];
        int d = sa[1];
        int[] sb = twoD(file, b, "Ub", "q×d");
        int[] sw = twoD(file, c, "W", "d×q");
        if (sb[0] != q || sb[1] != d) {
            throw mismatch(file, b, "Ub", sb, "q×d", q, d, a);
        }
        if (sw[0] != d || sw[1] != q) {
            throw mismatch(file, c, "W", sw, "d×q", d, q, a);
        }
        if (q < 1 || d < 1) {
            throw Problems.fail(
                    file.source(),
                    "tensor %s (Ua): shape %s is empty",
                    Problems.quote(a.name()),
                    Tensor.shapeString(sa));
        }
        if (d < 3) {
            throw Problems.fail(
                    file.source(),
                    "tensor %s (Ua): shape %s has d = %d classes; a net on a group needs d >= 3",
                    Problems.quote(a.name()),
                    Tensor.shapeString(sa),
                    d);
        }
        return RealWeights.ofFlat(
                d, q, finite(file, a, "Ua"), finite(file, b, "Ub"), finite(file, c, "W"));
    }

    private static int[] twoD(TensorFile file, Tensor t, String role, String layout) {
        if (t.rank() != 2) {
            throw Problems.fail(
                    file.source(),
                    "tensor %s (%s): shape %s is not 2-D (expected %s)",
                    Problems.quote(t.name()),
                    role,
                    Tensor.shapeString(t.shape()),
                    layout);
        }
        return t.shape();
    }

    private static IllegalArgumentException mismatch(
            TensorFile file,
            Tensor t,
            String role,
            int[] shape,
            String layout,
            int rows,
            int cols,
            Tensor reference) {
        return Problems.fail(
                file.source(),
                "tensor %s (%s): shape %s, expected %s = [%d, %d] from tensor %s (Ua) "
                        + "of shape %s",
                Problems.quote(t.name()),
                role,
                Tensor.shapeString(shape),
                layout,
                rows,
                cols,
                Problems.quote(reference.name()),
                Tensor.shapeString(reference.shape()));
    }

    private static double[] finite(TensorFile file, Tensor t, String role) {
        double[] v = t.data();
        int cols = t.shape()[1];
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw Problems.fail(
                        file.source(),
                        "tensor %s (%s): entry [%d][%d] is %s; weights must be finite",
                        Problems.quote(t.name()),
                        role,
                        i / cols,
                        i % cols,
                        Double.toString(v[i]));
            }
        }
        return v;
    }
}
