package dev.cogs.category.foundation;

import dev.cogs.category.Categories;
import dev.cogs.category.CategoryBuilder;
import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.Representability;
import dev.cogs.category.yoneda.Yoneda;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The fixtures of Corollary 1 (the rotation pretext task, Gidaris et al., ICLR 2018;
 * docs/category.md §1.6 and 'Numbers to reproduce' E).
 *
 * <p>\(\mathbb{Z}_4\) acts on images; an orbit of size \(s \mid 4\) has points \(j = 0..s-1\) with
 * \(g \cdot j = (j + g) \bmod s\). Orbit \(i\) is named by the letter {@code 'A' + i}, its points
 * {@code A0, A1, ...}. Morphism labels: {@code id_A0} for identities, {@code r2@A0} for rotation by
 * \(2 \cdot 90°\) starting at {@code A0}.
 */
public final class RotationTasks {

    private RotationTasks() {}

    /**
     * A named task of the runnable example.
     *
     * @param name the task's name
     * @param task the task as a presheaf
     */
    public record NamedTask(String name, SetFunctor task) {
        /**
         * Validates.
         *
         * @param name the name
         * @param task the task
         */
        public NamedTask {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(task, "task");
        }
    }

    /**
     * The rotation category for orbits of the given sizes.
     *
     * <p>R1: the action groupoid, \(|Hom(X, Y)| = |\mathrm{Stab}|\) on an orbit; R2: one
     * \(B\mathbb{Z}_4\) per image. Both have \(4 \sum_i s_i\) morphisms.
     *
     * @param orbitSizes the orbit sizes, each dividing 4
     * @param model the reading
     * @return the labelled category
     * @throws IllegalArgumentException if a size does not divide 4 or there are more than 26 orbits
     */
    public static FiniteCategory rotationCategory(int[] orbitSizes, RotationModel model) {
        Objects.requireNonNull(orbitSizes, "orbitSizes");
        Objects.requireNonNull(model, "model");
        if (orbitSizes.length > 26) {
            throw new IllegalArgumentException(
                    "orbitSizes: " + orbitSizes.length + " orbits, at most 26");
        }
        List<String> names = new ArrayList<>();
        List<int[]> points = new ArrayList<>();
        for (int i = 0; i < orbitSizes.length; i++) {
            int s = orbitSizes[i];
            if (s != 1 && s != 2 && s != 4) {
                throw new IllegalArgumentException(
                        String.format(Locale.ROOT, "orbitSizes[%d] (%d) must divide 4", i, s));
            }
            for (int j = 0; j < s; j++) {
                names.add(String.valueOf((char) ('A' + i)) + j);
                points.add(new int[] {i, j, s});
            }
        }
        int k = names.size();
        CategoryBuilder b = Categories.builder(k);
        int[] first = new int[k];
        for (int x = 0; x < k; x++) {
            b.objectLabel(x, names.get(x));
            first[x] = x - points.get(x)[1];
        }
        // morph[x][g] = the morphism "rotate by g" starting at x; g = 0 is the identity.
        int[][] morph = new int[k][4];
        for (int x = 0; x < k; x++) {
            morph[x][0] = b.identity(x);
            for (int g = 1; g < 4; g++) {
                morph[x][g] =
                        b.morphism(
                                x,
                                target(x, g, first, points, model),
                                "r" + g + "@" + names.get(x));
            }
        }
        for (int x = 0; x < k; x++) {
            for (int g = 1; g < 4; g++) {
                int y = target(x, g, first, points, model);
                for (int h = 1; h < 4; h++) {
                    b.compose(morph[y][h], morph[x][g], morph[x][(g + h) % 4]);
                }
            }
        }
        return b.build();
    }

    private static int target(int x, int g, int[] first, List<int[]> points, RotationModel model) {
        if (model == RotationModel.ONE_OBJECT_PER_IMAGE) {
            return x;
        }
        int[] p = points.get(x);
        return first[x] + (p[1] + g) % p[2];
    }

    /**
     * The seven-image fixture of docs/category.md, "Numbers to reproduce" E: a free orbit A0..A3, a
     * 180°-symmetric orbit B0, B1 and a fully symmetric image C0 (7 objects, 28 morphisms).
     *
     * @param model the reading
     * @return the category
     */
    public static FiniteCategory sevenImages(RotationModel model) {
        return rotationCategory(new int[] {4, 2, 1}, model);
    }

    /**
     * Classification: one answer per image, the terminal presheaf.
     *
     * @param c the rotation category
     * @return the terminal presheaf
     */
    public static SetFunctor classification(FiniteCategory c) {
        return SetFunctor.terminal(c, Variance.CONTRAVARIANT);
    }

    /**
     * "The rotation that takes X to the reference": the representable \(h_{ref}\).
     *
     * @param c the rotation category
     * @param reference the reference image
     * @return \(h_{reference}\)
     */
    public static SetFunctor relativeRotation(FiniteCategory c, int reference) {
        return Yoneda.representable(c, reference);
    }

    /**
     * Classification restricted to some images: one element on them, empty elsewhere. It is a
     * presheaf when the images form a union of connected components (e.g. one orbit).
     *
     * @param c the rotation category
     * @param images the images where the task answers
     * @return the presheaf
     * @throws IllegalArgumentException if the images are not closed under the morphisms
     */
    public static SetFunctor classificationOn(FiniteCategory c, Set<Integer> images) {
        SetFunctor.Builder b = SetFunctor.builder(c, Variance.CONTRAVARIANT);
        for (int x : images) {
            b.size(x, 1);
        }
        for (int m = 0; m < c.morphismCount(); m++) {
            b.action(m, images.contains(c.cod(m)) ? new int[] {0} : new int[0]);
        }
        return b.build();
    }

    /**
     * The connected components on which a functor is non-empty (lemma 1.6(a), (c)).
     *
     * @param f the functor
     * @return the parts of its support, one set per component met
     */
    public static List<Set<Integer>> support(SetFunctor f) {
        return Representability.supportParts(f);
    }

    /**
     * The orbits (connected components) of a rotation category, by least object.
     *
     * @param c the category
     * @return the orbits
     */
    public static List<Set<Integer>> orbits(FiniteCategory c) {
        return support(SetFunctor.terminal(c, Variance.CONTRAVARIANT));
    }

    /**
     * The tasks of the runnable example (docs/category.md, "Numbers to reproduce" E):
     * classification, constant answers of size 2 and 3, the relative rotation to each orbit's first
     * image, and classification per orbit.
     *
     * @param c a rotation category
     * @return the named tasks
     */
    public static List<NamedTask> exampleTasks(FiniteCategory c) {
        List<NamedTask> out = new ArrayList<>();
        out.add(new NamedTask("classification (terminal presheaf)", classification(c)));
        out.add(
                new NamedTask(
                        "constant answer set of size 2",
                        SetFunctor.constant(c, Variance.CONTRAVARIANT, 2)));
        out.add(
                new NamedTask(
                        "constant answer set of size 3",
                        SetFunctor.constant(c, Variance.CONTRAVARIANT, 3)));
        for (Set<Integer> orbit : orbits(c)) {
            int ref = orbit.iterator().next();
            out.add(
                    new NamedTask(
                            "rotation relative to " + c.labels().object(ref),
                            relativeRotation(c, ref)));
        }
        for (Set<Integer> orbit : orbits(c)) {
            int ref = orbit.iterator().next();
            out.add(
                    new NamedTask(
                            "classification on the orbit of " + c.labels().object(ref),
                            classificationOn(c, orbit)));
        }
        return out;
    }
}
