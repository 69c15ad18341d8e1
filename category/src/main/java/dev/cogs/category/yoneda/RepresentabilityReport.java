package dev.cogs.category.yoneda;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.SetFunctor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The representability verdict of one named set-valued functor, in the category's labels:
 * representable or not, by which pairs (X, x), or why not (the {@link Representability#explain}
 * witness in words). This is what {@code cogs category} prints for each presheaf of its input.
 *
 * @param name the functor's name
 * @param variance {@code presheaf} or {@code copresheaf}
 * @param sizes the fibre sizes per object, in object order
 * @param objects the object names, in object order (the labels, or the indices where unlabelled)
 * @param representable whether it is representable
 * @param representations the representing pairs, as object name and universal element
 * @param reason why not (the {@code explain} witness with names), or {@code "representable"}
 */
public record RepresentabilityReport(
        String name,
        String variance,
        List<Integer> sizes,
        List<String> objects,
        boolean representable,
        List<Pair> representations,
        String reason) {

    /**
     * A representing pair (X, x).
     *
     * @param object the object's name
     * @param element the universal element of F(X)
     */
    public record Pair(String object, int element) {}

    /**
     * Validates and copies.
     *
     * @param name name
     * @param variance variance
     * @param sizes sizes
     * @param objects object names
     * @param representable representable
     * @param representations pairs
     * @param reason reason
     */
    public RepresentabilityReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(variance, "variance");
        sizes = List.copyOf(sizes);
        objects = List.copyOf(objects);
        if (objects.size() != sizes.size()) {
            throw new IllegalArgumentException(
                    objects.size() + " object names for " + sizes.size() + " sizes");
        }
        representations = List.copyOf(representations);
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Decides one functor.
     *
     * @param name its name
     * @param f the functor
     * @return the report
     */
    public static RepresentabilityReport of(String name, SetFunctor f) {
        FiniteCategory c = f.domain();
        List<Pair> pairs = new ArrayList<>();
        for (Representability.Representation r : Representability.all(f)) {
            pairs.add(new Pair(c.labels().object(r.object()), r.universalElement()));
        }
        List<Integer> sizes = new ArrayList<>();
        List<String> objects = new ArrayList<>();
        for (int x = 0; x < c.objectCount(); x++) {
            sizes.add(f.size(x));
            objects.add(c.labels().object(x));
        }
        String reason =
                pairs.isEmpty() ? describe(Representability.explain(f), c, f) : "representable";
        return new RepresentabilityReport(
                name, f.variance().noun(), sizes, objects, !pairs.isEmpty(), pairs, reason);
    }

    /**
     * A {@link NonRepresentability} witness in words, with object and morphism names.
     *
     * @param why the witness
     * @param c the category
     * @param f the functor
     * @return the description
     */
    public static String describe(NonRepresentability why, FiniteCategory c, SetFunctor f) {
        String hom = "Hom(%s, %s)";
        if (why instanceof NonRepresentability.EmptyPresheaf) {
            return "every fibre is empty, but a representable h_X always contains id_X";
        }
        if (why instanceof NonRepresentability.SupportSplit) {
            List<String> parts = new ArrayList<>();
            for (Set<Integer> part : ((NonRepresentability.SupportSplit) why).components()) {
                List<String> ns = new ArrayList<>();
                for (int x : part) {
                    ns.add(c.labels().object(x));
                }
                parts.add("{" + String.join(", ", ns) + "}");
            }
            return "non-empty on "
                    + parts.size()
                    + " connected components "
                    + String.join(", ", parts)
                    + "; a representable is non-empty on one component only";
        }
        if (why instanceof NonRepresentability.ProfileMismatch) {
            NonRepresentability.ProfileMismatch p = (NonRepresentability.ProfileMismatch) why;
            String h =
                    f.variance() == dev.cogs.category.sets.Variance.CONTRAVARIANT
                            ? String.format(
                                    Locale.ROOT,
                                    hom,
                                    c.labels().object(p.object()),
                                    c.labels().object(p.candidate()))
                            : String.format(
                                    Locale.ROOT,
                                    hom,
                                    c.labels().object(p.candidate()),
                                    c.labels().object(p.object()));
            return String.format(
                    Locale.ROOT,
                    "no object passes the size profile; e.g. candidate %s: |F(%s)| = %d but |%s| = %d",
                    c.labels().object(p.candidate()),
                    c.labels().object(p.object()),
                    p.actual(),
                    h,
                    p.expected());
        }
        if (why instanceof NonRepresentability.NotInjective) {
            NonRepresentability.NotInjective n = (NonRepresentability.NotInjective) why;
            return String.format(
                    Locale.ROOT,
                    "candidate (%s, %d) is not universal: morphisms %s and %s give the same element of F(%s)",
                    c.labels().object(n.candidate()),
                    n.element(),
                    c.labels().morphism(n.u1()),
                    c.labels().morphism(n.u2()),
                    c.labels().object(n.object()));
        }
        return why.describe(c.labels());
    }

    /**
     * One line of text: name, verdict, pairs or reason. Sizes are listed by object name when the
     * objects carry labels ({@code sizes X=1, Y=1}), else in object order ({@code sizes [1, 1]}).
     *
     * @return the line
     */
    public String line() {
        String sz = sizes.toString();
        boolean labelled = false;
        for (int x = 0; x < objects.size(); x++) {
            labelled |= !objects.get(x).equals(Integer.toString(x));
        }
        if (labelled) {
            List<String> parts = new ArrayList<>();
            for (int x = 0; x < objects.size(); x++) {
                parts.add(objects.get(x) + "=" + sizes.get(x));
            }
            sz = String.join(", ", parts);
        }
        if (representable) {
            List<String> ps = new ArrayList<>();
            for (Pair p : representations) {
                ps.add("(" + p.object() + ", " + p.element() + ")");
            }
            return String.format(
                    Locale.ROOT,
                    "%s [%s, sizes %s]: representable by %s",
                    name,
                    variance,
                    sz,
                    String.join(" ", ps));
        }
        return String.format(
                Locale.ROOT,
                "%s [%s, sizes %s]: NOT representable: %s",
                name,
                variance,
                sz,
                reason);
    }
}
