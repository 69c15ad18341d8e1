package dev.cogs.category;

import java.util.List;
import java.util.Objects;

/**
 * Optional names for the objects and morphisms of a category.
 *
 * <p>Either list may be empty, meaning "unlabelled"; then {@link #object(int)} and {@link
 * #morphism(int)} fall back to the index ({@code "3"} for object 3, {@code "m5"} for morphism 5).
 * This class is immutable.
 */
public final class Labels {

    private static final Labels NONE = new Labels(List.of(), List.of());

    private final List<String> objects;
    private final List<String> morphisms;

    private Labels(List<String> objects, List<String> morphisms) {
        this.objects = objects;
        this.morphisms = morphisms;
    }

    /**
     * No labels.
     *
     * @return the empty labelling
     */
    public static Labels none() {
        return NONE;
    }

    /**
     * Labels given as lists; an empty list leaves that kind unlabelled.
     *
     * @param objects object names (empty, or one per object)
     * @param morphisms morphism names (empty, or one per morphism)
     * @return the labelling
     * @throws NullPointerException if a list or a name is null
     */
    public static Labels of(List<String> objects, List<String> morphisms) {
        return new Labels(List.copyOf(objects), List.copyOf(morphisms));
    }

    /**
     * Whether object names were given.
     *
     * @return true if objects are labelled
     */
    public boolean hasObjectLabels() {
        return !objects.isEmpty();
    }

    /**
     * Whether morphism names were given.
     *
     * @return true if morphisms are labelled
     */
    public boolean hasMorphismLabels() {
        return !morphisms.isEmpty();
    }

    /**
     * The name of an object.
     *
     * @param x the object index
     * @return its label, or its index as a string when unlabelled
     */
    public String object(int x) {
        return x >= 0 && x < objects.size() ? objects.get(x) : Integer.toString(x);
    }

    /**
     * The name of a morphism.
     *
     * @param m the morphism index
     * @return its label, or {@code "m" + m} when unlabelled
     */
    public String morphism(int m) {
        return m >= 0 && m < morphisms.size() ? morphisms.get(m) : "m" + m;
    }

    /**
     * The name of a morphism in failure messages and explanations: its label, or its index ({@code
     * "5"}) when morphisms are unlabelled, so that unlabelled messages read as before ("morphism
     * 5").
     *
     * @param m the morphism index
     * @return its label, or {@code Integer.toString(m)}
     */
    public String morphismName(int m) {
        return m >= 0 && m < morphisms.size() ? morphisms.get(m) : Integer.toString(m);
    }

    /**
     * The object names as given (possibly empty).
     *
     * @return an unmodifiable list
     */
    public List<String> objects() {
        return objects;
    }

    /**
     * The morphism names as given (possibly empty).
     *
     * @return an unmodifiable list
     */
    public List<String> morphisms() {
        return morphisms;
    }

    /** Checks that the lists are empty or have the stated sizes. */
    Labels checkSizes(int objectCount, int morphismCount) {
        if (!objects.isEmpty() && objects.size() != objectCount) {
            throw new IllegalArgumentException(
                    "labels: " + objects.size() + " object labels for " + objectCount + " objects");
        }
        if (!morphisms.isEmpty() && morphisms.size() != morphismCount) {
            throw new IllegalArgumentException(
                    "labels: "
                            + morphisms.size()
                            + " morphism labels for "
                            + morphismCount
                            + " morphisms");
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Labels
                && ((Labels) o).objects.equals(objects)
                && ((Labels) o).morphisms.equals(morphisms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objects, morphisms);
    }

    @Override
    public String toString() {
        return "Labels[objects=" + objects + ", morphisms=" + morphisms + "]";
    }
}
