package dev.cogs.category.foundation;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.Labels;
import java.util.Locale;
import java.util.Objects;

/**
 * The category defined by a pretext task (docs/category.md §1.3): objects are data points, \(Hom(X,
 * Y)\) the relations between \(X\) and \(Y\) the pretext task trains the model to predict.
 *
 * @param category the finite category
 * @param data names of the data points (object labels; may be {@link Labels#none()})
 */
public record PretextCategory(FiniteCategory category, Labels data) {

    /**
     * Validates.
     *
     * @param category the category
     * @param data the data labels
     * @throws IllegalArgumentException if there are object labels but not one per object
     */
    public PretextCategory {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(data, "data");
        if (data.hasObjectLabels() && data.objects().size() != category.objectCount()) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "data: %d labels for %d objects",
                            data.objects().size(),
                            category.objectCount()));
        }
    }

    /**
     * A pretext category named by the category's own labels.
     *
     * @param category the category
     * @return the pretext category
     */
    public static PretextCategory of(FiniteCategory category) {
        return new PretextCategory(category, Objects.requireNonNull(category, "category").labels());
    }

    /**
     * The name of a data point.
     *
     * @param object the object
     * @return its label, or its index
     */
    public String name(int object) {
        return data.object(object);
    }
}
