package dev.cogs.category.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogs.category.AxiomReport;
import dev.cogs.category.Categories;
import dev.cogs.category.CategoryBuilder;
import dev.cogs.category.CategoryFailure;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Labels;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.SetFunctorFailure;
import dev.cogs.category.sets.Variance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes the JSON format for a finite category with presheaves and copresheaves, the
 * input of {@code cogs category --input} (documented in {@code docs/category-format.md}).
 * Stateless.
 *
 * <pre>{@code
 * { "category": { "objects": ["X", "Y"],
 *                 "morphisms": [ {"name": "f", "dom": "X", "cod": "Y"} ],
 *                 "compose": [ ["g", "f", "h"] ] },          // g∘f = h, "f then g"
 *   "presheaves": [ { "name": "F", "variance": "presheaf",
 *                     "sizes": {"X": 2, "Y": 1},
 *                     "actions": {"f": [0, 0]} } ] }
 * }</pre>
 *
 * <p>Identities are implicit and named {@code id_<object>}; composites with identities are
 * implicit. Every composable pair of non-identity morphisms needs a {@code compose} entry. Presheaf
 * actions may be given on generators only; the rest are derived by composition and every relation
 * is checked. Every error names the offending entry, e.g. {@code presheaves[1] "F": actions."f"[0]:
 * ...}.
 */
public final class CategoryFormat {

    private CategoryFormat() {}

    /**
     * One named set-valued functor of a document.
     *
     * @param name its name
     * @param functor the validated functor
     */
    public record NamedFunctor(String name, SetFunctor functor) {
        /**
         * Validates.
         *
         * @param name the name
         * @param functor the functor
         */
        public NamedFunctor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(functor, "functor");
        }
    }

    /**
     * A parsed document.
     *
     * @param category the category (labelled with the file's names; identities are {@code
     *     id_<object>})
     * @param functors the presheaves and copresheaves, in file order
     */
    public record Document(FiniteCategory category, List<NamedFunctor> functors) {
        /**
         * Copies.
         *
         * @param category the category
         * @param functors the functors
         */
        public Document {
            Objects.requireNonNull(category, "category");
            functors = List.copyOf(functors);
        }
    }

    /**
     * Size limits of a document, checked before anything is allocated, so that a file cannot
     * exhaust memory or overflow an index.
     *
     * @param maxMorphisms the most morphisms (identities included; the composition table has
     *     maxMorphisms² entries), {@code >= 1}
     * @param maxElements the most elements summed over the fibres of one functor, {@code >= 1}
     * @param maxNesting the deepest nesting of JSON arrays and objects, {@code >= 4}
     */
    public record Limits(int maxMorphisms, long maxElements, int maxNesting) {
        /**
         * Validates.
         *
         * @param maxMorphisms the most morphisms
         * @param maxElements the most elements per functor
         * @param maxNesting the deepest nesting
         */
        public Limits {
            if (maxMorphisms < 1 || maxMorphisms > 46_340) {
                throw new IllegalArgumentException(
                        "maxMorphisms (" + maxMorphisms + ") must be in 1..46340");
            }
            if (maxElements < 1) {
                throw new IllegalArgumentException(
                        "maxElements (" + maxElements + ") must be >= 1");
            }
            if (maxNesting < 4) {
                throw new IllegalArgumentException("maxNesting (" + maxNesting + ") must be >= 4");
            }
        }

        /**
         * The defaults: 4000 morphisms (a 64 MB composition table), 10 000 000 elements per
         * functor, nesting 64.
         *
         * @return the defaults
         */
        public static Limits defaults() {
            return new Limits(4000, 10_000_000L, 64);
        }
    }

    /**
     * Parses a document within the {@linkplain Limits#defaults() default limits}.
     *
     * @param json the file's text
     * @return the document
     * @throws IllegalArgumentException naming the offending entry if the text is not valid JSON,
     *     does not follow the format, the category axioms fail, or a functor fails its laws
     */
    public static Document read(String json) {
        return read(json, Limits.defaults());
    }

    /**
     * Parses a document strictly: an unknown key is refused with the nearest known one as a
     * suggestion, a key given twice in one object and two {@code compose} entries for one pair are
     * refused, and the sizes are checked against {@code limits} before anything is allocated (the
     * message names the limit: {@code maxMorphisms}, {@code maxElements} or {@code maxNesting}).
     *
     * @param json the file's text
     * @param limits the size limits
     * @return the document
     * @throws IllegalArgumentException naming the offending entry if the text is not valid JSON,
     *     does not follow the format, exceeds a limit, the category axioms fail, or a functor fails
     *     its laws
     */
    public static Document read(String json, Limits limits) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(limits, "limits");
        JsonNode root;
        try {
            JsonFactory factory =
                    JsonFactory.builder()
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .streamReadConstraints(
                                    StreamReadConstraints.builder()
                                            .maxNestingDepth(limits.maxNesting())
                                            .build())
                            .build();
            root = new ObjectMapper(factory).readTree(json);
        } catch (StreamConstraintsException e) {
            throw new IllegalArgumentException(
                    "not accepted: nesting deeper than the limit maxNesting ("
                            + limits.maxNesting()
                            + ")"
                            + at(e));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not valid JSON: " + oneLine(e.getOriginalMessage()) + at(e));
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(
                    "top level: expected an object with \"category\" and \"presheaves\"");
        }
        keys(root, "top level", "category", "presheaves");
        JsonNode cat = field(root, "category", "top level");
        Names names = new Names();
        FiniteCategory c = readCategory(cat, names, limits);
        List<NamedFunctor> functors = new ArrayList<>();
        JsonNode ps = root.get("presheaves");
        if (ps != null) {
            if (!ps.isArray()) {
                throw new IllegalArgumentException("presheaves: expected an array");
            }
            for (int i = 0; i < ps.size(); i++) {
                functors.add(readFunctor(ps.get(i), i, c, names, limits));
            }
        }
        return new Document(c, functors);
    }

    /** " at line L, column C", or nothing when the parser gave no location. */
    private static String at(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        return l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Refuses any key of {@code node} outside {@code allowed}, suggesting the nearest one. */
    private static void keys(JsonNode node, String where, String... allowed) {
        List<String> known = List.of(allowed);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (known.contains(e.getKey())) {
                continue;
            }
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (String k : known) {
                int dist = editDistance(e.getKey(), k);
                if (dist < bestDistance) {
                    bestDistance = dist;
                    best = k;
                }
            }
            String hint =
                    best != null && bestDistance <= Math.max(2, best.length() / 3)
                            ? "; did you mean \"" + best + "\"?"
                            : "; the keys are " + String.join(", ", known);
            throw new IllegalArgumentException(
                    where + ": unknown key \"" + e.getKey() + "\"" + hint);
        }
    }

    /** Levenshtein distance (insertions, deletions, substitutions), for key suggestions. */
    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Object and morphism names of a document. */
    private static final class Names {
        final Map<String, Integer> objects = new LinkedHashMap<>();
        final List<String> objectList = new ArrayList<>();
        final Map<String, Integer> morphisms = new HashMap<>();
        final List<String> morphismList = new ArrayList<>();

        String morphism(int m) {
            return m >= 0 && m < morphismList.size() ? morphismList.get(m) : "#" + m;
        }
    }

    private static FiniteCategory readCategory(JsonNode cat, Names names, Limits limits) {
        if (!cat.isObject()) {
            throw new IllegalArgumentException("category: expected an object");
        }
        keys(cat, "category", "objects", "morphisms", "compose");
        JsonNode objs = field(cat, "objects", "category");
        if (!objs.isArray()) {
            throw new IllegalArgumentException("category.objects: expected an array of names");
        }
        JsonNode declared = cat.get("morphisms");
        long count =
                (long) objs.size() + (declared != null && declared.isArray() ? declared.size() : 0);
        if (count > limits.maxMorphisms()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "category: %d objects and %d morphisms make %d morphisms with the"
                                    + " identities, above the limit maxMorphisms (%d; the composition"
                                    + " table has n^2 entries)",
                            objs.size(),
                            count - objs.size(),
                            count,
                            limits.maxMorphisms()));
        }
        for (int i = 0; i < objs.size(); i++) {
            String where = "category.objects[" + i + "]";
            String name = text(objs.get(i), where);
            if (names.objects.putIfAbsent(name, i) != null) {
                throw new IllegalArgumentException(
                        where + ": duplicate object name \"" + name + "\"");
            }
            names.objectList.add(name);
        }
        CategoryBuilder b = Categories.builder(objs.size());
        for (int x = 0; x < objs.size(); x++) {
            b.objectLabel(x, names.objectList.get(x));
            String id = "id_" + names.objectList.get(x);
            names.morphisms.put(id, b.identity(x));
            names.morphismList.add(id);
        }
        JsonNode ms = cat.get("morphisms");
        if (ms != null) {
            if (!ms.isArray()) {
                throw new IllegalArgumentException("category.morphisms: expected an array");
            }
            for (int i = 0; i < ms.size(); i++) {
                String where = "category.morphisms[" + i + "]";
                JsonNode m = ms.get(i);
                if (!m.isObject()) {
                    throw new IllegalArgumentException(
                            where + ": expected an object {name, dom, cod}");
                }
                keys(m, where, "name", "dom", "cod");
                String name = text(field(m, "name", where), where + ".name");
                int dom = object(names, field(m, "dom", where), where + ".dom");
                int cod = object(names, field(m, "cod", where), where + ".cod");
                if (names.morphisms.containsKey(name)) {
                    throw new IllegalArgumentException(
                            where + ": duplicate morphism name \"" + name + "\"");
                }
                int index = b.morphism(dom, cod, name);
                names.morphisms.put(name, index);
                names.morphismList.add(name);
            }
        }
        JsonNode comp = cat.get("compose");
        if (comp != null) {
            if (!comp.isArray()) {
                throw new IllegalArgumentException(
                        "category.compose: expected an array of [g, f, g∘f] triples");
            }
            Map<Long, Integer> pairs = new HashMap<>();
            for (int i = 0; i < comp.size(); i++) {
                String where = "category.compose[" + i + "]";
                JsonNode t = comp.get(i);
                if (!t.isArray() || t.size() != 3) {
                    throw new IllegalArgumentException(
                            where + ": expected a triple [g, f, g∘f] of morphism names");
                }
                int g = morphism(names, t.get(0), where + "[0]");
                int f = morphism(names, t.get(1), where + "[1]");
                int h = morphism(names, t.get(2), where + "[2]");
                Integer earlier = pairs.putIfAbsent((long) g * names.morphismList.size() + f, i);
                if (earlier != null) {
                    throw new IllegalArgumentException(
                            where
                                    + ": a second entry for the pair [\""
                                    + names.morphism(g)
                                    + "\", \""
                                    + names.morphism(f)
                                    + "\"] (the first is category.compose["
                                    + earlier
                                    + "]); each composable pair has exactly one entry");
                }
                b.compose(g, f, h);
            }
        }
        AxiomReport report = b.report();
        if (!report.isCategory()) {
            StringBuilder sb =
                    new StringBuilder("category: not a category (")
                            .append(report.totalCount())
                            .append(" failure")
                            .append(report.totalCount() == 1 ? "" : "s")
                            .append(")");
            int shown = 0;
            for (CategoryFailure failure : report.failures()) {
                if (shown++ == 5) {
                    sb.append("; ...");
                    break;
                }
                sb.append(shown == 1 ? ": " : "; ").append(describe(failure, names));
            }
            throw new IllegalArgumentException(sb.toString());
        }
        return b.build();
    }

    private static String describe(CategoryFailure f, Names n) {
        if (f instanceof CategoryFailure.MissingComposite) {
            CategoryFailure.MissingComposite m = (CategoryFailure.MissingComposite) f;
            return "category.compose: no entry for the composable pair [\""
                    + n.morphism(m.g())
                    + "\", \""
                    + n.morphism(m.f())
                    + "\"]";
        }
        if (f instanceof CategoryFailure.SpuriousComposite) {
            CategoryFailure.SpuriousComposite m = (CategoryFailure.SpuriousComposite) f;
            return "category.compose: entry [\""
                    + n.morphism(m.g())
                    + "\", \""
                    + n.morphism(m.f())
                    + "\", ...] but cod(f) != dom(g)";
        }
        if (f instanceof CategoryFailure.CompositeTyping) {
            CategoryFailure.CompositeTyping m = (CategoryFailure.CompositeTyping) f;
            return "category.compose: entry [\""
                    + n.morphism(m.g())
                    + "\", \""
                    + n.morphism(m.f())
                    + "\", \""
                    + n.morphism(m.h())
                    + "\"] has the wrong domain or codomain";
        }
        if (f instanceof CategoryFailure.Associativity) {
            CategoryFailure.Associativity m = (CategoryFailure.Associativity) f;
            return "category.compose: associativity fails for (\""
                    + n.morphism(m.h())
                    + "\", \""
                    + n.morphism(m.g())
                    + "\", \""
                    + n.morphism(m.f())
                    + "\")";
        }
        if (f instanceof CategoryFailure.LeftUnit) {
            return "category.compose: identity law fails on the left for \""
                    + n.morphism(((CategoryFailure.LeftUnit) f).f())
                    + "\"";
        }
        if (f instanceof CategoryFailure.RightUnit) {
            return "category.compose: identity law fails on the right for \""
                    + n.morphism(((CategoryFailure.RightUnit) f).f())
                    + "\"";
        }
        return "category: " + f.describe(Labels.of(n.objectList, n.morphismList));
    }

    private static NamedFunctor readFunctor(
            JsonNode p, int i, FiniteCategory c, Names names, Limits limits) {
        String where = "presheaves[" + i + "]";
        if (!p.isObject()) {
            throw new IllegalArgumentException(
                    where + ": expected an object {name, variance, sizes, actions}");
        }
        keys(p, where, "name", "variance", "sizes", "actions");
        String name = p.has("name") ? text(p.get("name"), where + ".name") : "F" + i;
        where = where + " \"" + name + "\"";
        Variance v = Variance.CONTRAVARIANT;
        if (p.has("variance")) {
            String s = text(p.get("variance"), where + ".variance");
            if (s.equals("copresheaf") || s.equals("covariant")) {
                v = Variance.COVARIANT;
            } else if (!s.equals("presheaf") && !s.equals("contravariant")) {
                throw new IllegalArgumentException(
                        where + ".variance: \"" + s + "\" is not one of presheaf, copresheaf");
            }
        }
        SetFunctor.Builder b = SetFunctor.builder(c, v);
        JsonNode sizes = field(p, "sizes", where);
        if (!sizes.isObject()) {
            throw new IllegalArgumentException(where + ".sizes: expected an object {object: size}");
        }
        long total = 0;
        for (Map.Entry<String, JsonNode> e : sizes.properties()) {
            String w = where + ".sizes.\"" + e.getKey() + "\"";
            Integer x = names.objects.get(e.getKey());
            if (x == null) {
                throw new IllegalArgumentException(w + ": unknown object");
            }
            if (!e.getValue().canConvertToInt()
                    || !e.getValue().isIntegralNumber()
                    || e.getValue().intValue() < 0) {
                throw new IllegalArgumentException(
                        w + ": expected a size >= 0, got " + e.getValue());
            }
            total += e.getValue().intValue();
            if (total > limits.maxElements()) {
                throw new IllegalArgumentException(
                        String.format(
                                Locale.ROOT,
                                "%s: the fibres hold %d elements or more, above the limit"
                                        + " maxElements (%d)",
                                w,
                                total,
                                limits.maxElements()));
            }
            b.size(x, e.getValue().intValue());
        }
        JsonNode acts = p.get("actions");
        if (acts != null) {
            if (!acts.isObject()) {
                throw new IllegalArgumentException(
                        where + ".actions: expected an object {morphism: [images]}");
            }
            for (Map.Entry<String, JsonNode> e : acts.properties()) {
                String w = where + ".actions.\"" + e.getKey() + "\"";
                Integer m = names.morphisms.get(e.getKey());
                if (m == null) {
                    throw new IllegalArgumentException(w + ": unknown morphism");
                }
                JsonNode arr = e.getValue();
                if (!arr.isArray()) {
                    throw new IllegalArgumentException(
                            w + ": expected an array of element indices");
                }
                int[] a = new int[arr.size()];
                for (int j = 0; j < a.length; j++) {
                    if (!arr.get(j).isIntegralNumber() || !arr.get(j).canConvertToInt()) {
                        throw new IllegalArgumentException(
                                w + "[" + j + "]: expected an integer, got " + arr.get(j));
                    }
                    a[j] = arr.get(j).intValue();
                }
                b.action(m, a);
            }
        }
        List<SetFunctorFailure> failures = b.failures();
        if (!failures.isEmpty()) {
            StringBuilder sb =
                    new StringBuilder(where)
                            .append(": not a ")
                            .append(v.noun())
                            .append(" (")
                            .append(failures.size())
                            .append(" failure")
                            .append(failures.size() == 1 ? "" : "s")
                            .append(")");
            for (int k = 0; k < Math.min(5, failures.size()); k++) {
                sb.append(k == 0 ? ": " : "; ").append(describe(failures.get(k), c, names, where));
            }
            if (failures.size() > 5) {
                sb.append("; ...");
            }
            throw new IllegalArgumentException(sb.toString());
        }
        return new NamedFunctor(name, b.build());
    }

    private static String describe(SetFunctorFailure f, FiniteCategory c, Names n, String where) {
        if (f instanceof SetFunctorFailure.ActionOutOfRange) {
            SetFunctorFailure.ActionOutOfRange a = (SetFunctorFailure.ActionOutOfRange) f;
            return String.format(
                    Locale.ROOT,
                    "actions.\"%s\"[%d] = %d is outside the fibre [0, %d)",
                    n.morphism(a.morphism()),
                    a.element(),
                    a.value(),
                    a.bound());
        }
        if (f instanceof SetFunctorFailure.ActionLength) {
            SetFunctorFailure.ActionLength a = (SetFunctorFailure.ActionLength) f;
            return String.format(
                    Locale.ROOT,
                    "actions.\"%s\" has %d entries, expected %d (the size of the fibre it reads)",
                    n.morphism(a.morphism()),
                    a.actual(),
                    a.expected());
        }
        if (f instanceof SetFunctorFailure.MissingAction) {
            return String.format(
                    Locale.ROOT,
                    "actions.\"%s\" is missing and not a composite of given actions",
                    n.morphism(((SetFunctorFailure.MissingAction) f).morphism()));
        }
        if (f instanceof SetFunctorFailure.IdentityNotPreserved) {
            SetFunctorFailure.IdentityNotPreserved a = (SetFunctorFailure.IdentityNotPreserved) f;
            return String.format(
                    Locale.ROOT,
                    "actions.\"%s\" moves element %d to %d",
                    n.morphism(a.identity()),
                    a.element(),
                    a.image());
        }
        if (f instanceof SetFunctorFailure.CompositionNotPreserved) {
            SetFunctorFailure.CompositionNotPreserved a =
                    (SetFunctorFailure.CompositionNotPreserved) f;
            return String.format(
                    Locale.ROOT,
                    "not functorial: relation \"%s\"∘\"%s\" = \"%s\" fails on element %d (composite gives %d, factors give %d)",
                    n.morphism(a.g()),
                    n.morphism(a.f()),
                    n.morphism(a.composite()),
                    a.element(),
                    a.viaComposite(),
                    a.viaFactors());
        }
        if (f instanceof SetFunctorFailure.NegativeSize) {
            SetFunctorFailure.NegativeSize a = (SetFunctorFailure.NegativeSize) f;
            return "sizes.\"" + c.labels().object(a.object()) + "\" is negative";
        }
        return f.describe(c.labels());
    }

    private static JsonNode field(JsonNode node, String name, String where) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(where + ": missing field \"" + name + "\"");
        }
        return v;
    }

    private static String text(JsonNode node, String where) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(where + ": expected a string, got " + node);
        }
        return node.asText();
    }

    private static int object(Names names, JsonNode node, String where) {
        String s = text(node, where);
        Integer x = names.objects.get(s);
        if (x == null) {
            throw new IllegalArgumentException(where + ": unknown object \"" + s + "\"");
        }
        return x;
    }

    private static int morphism(Names names, JsonNode node, String where) {
        String s = text(node, where);
        Integer m = names.morphisms.get(s);
        if (m == null) {
            throw new IllegalArgumentException(where + ": unknown morphism \"" + s + "\"");
        }
        return m;
    }

    /**
     * Writes a category and functors in the format. Identities are named {@code id_<object>}; other
     * morphisms by their labels (or {@code m<index>}). Actions are written for every non-identity
     * morphism.
     *
     * @param c the category (its object labels must be distinct)
     * @param functors the functors on {@code c}
     * @return pretty-printed JSON
     */
    public static String write(FiniteCategory c, List<NamedFunctor> functors) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode cat = root.putObject("category");
        ArrayNode objs = cat.putArray("objects");
        for (int x = 0; x < c.objectCount(); x++) {
            objs.add(c.labels().object(x));
        }
        String[] mname = new String[c.morphismCount()];
        ArrayNode ms = cat.putArray("morphisms");
        for (int m = 0; m < c.morphismCount(); m++) {
            if (c.isIdentity(m)) {
                mname[m] = "id_" + c.labels().object(c.dom(m));
                continue;
            }
            mname[m] = c.labels().morphism(m);
            ObjectNode e = ms.addObject();
            e.put("name", mname[m]);
            e.put("dom", c.labels().object(c.dom(m)));
            e.put("cod", c.labels().object(c.cod(m)));
        }
        ArrayNode comp = cat.putArray("compose");
        for (int f = 0; f < c.morphismCount(); f++) {
            for (int g = 0; g < c.morphismCount(); g++) {
                if (c.isIdentity(f) || c.isIdentity(g) || c.dom(g) != c.cod(f)) {
                    continue;
                }
                ArrayNode t = comp.addArray();
                t.add(mname[g]).add(mname[f]).add(mname[c.compose(g, f)]);
            }
        }
        ArrayNode ps = root.putArray("presheaves");
        for (NamedFunctor nf : functors) {
            SetFunctor f = nf.functor();
            ObjectNode p = ps.addObject();
            p.put("name", nf.name());
            p.put("variance", f.variance().noun());
            ObjectNode sizes = p.putObject("sizes");
            for (int x = 0; x < c.objectCount(); x++) {
                sizes.put(c.labels().object(x), f.size(x));
            }
            ObjectNode acts = p.putObject("actions");
            for (int m = 0; m < c.morphismCount(); m++) {
                if (!c.isIdentity(m)) {
                    ArrayNode a = acts.putArray(mname[m]);
                    for (int v : f.action(m)) {
                        a.add(v);
                    }
                }
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the document", e);
        }
    }
}
