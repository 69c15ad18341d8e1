package dev.cogs.category.foundation;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import dev.cogs.category.yoneda.Kan;
import dev.cogs.category.yoneda.Yoneda;
import dev.cogs.category.yoneda.YonedaExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fine tuning (Theorem 2 of arXiv:2211.16327, read as in docs/category.md §1.7): learn a functor
 * \(\hat T\) on the feature space \(\hat C\) with \(\hat T \circ y \cong T\). The left Kan
 * extension along Yoneda, \(\mathrm{Lan}_y T(F) = F \otimes_C T\), does this for every task,
 * representable or not.
 */
public final class FineTuning {

    private FineTuning() {}

    /**
     * The fine-tuning adapter: the Yoneda extension of the task.
     *
     * @param task the task (a copresheaf; a presheaf task is extended over copresheaves)
     * @return \(\mathrm{Lan}_y T\)
     */
    public static YonedaExtension adapter(SetFunctor task) {
        return Kan.alongYoneda(Objects.requireNonNull(task, "task"));
    }

    /**
     * The objects on which the adapter fails to reproduce the task: \(|\mathrm{Lan}_y T(h_P)| \ne
     * |T(P)|\). Always empty (co-Yoneda); a computed certificate that fine tuning loses nothing.
     *
     * @param task the task
     * @return the failing objects
     */
    public static List<Integer> failures(SetFunctor task) {
        YonedaExtension ext = adapter(task);
        FiniteCategory c = task.domain();
        Variance opposite =
                task.variance() == Variance.COVARIANT ? Variance.CONTRAVARIANT : Variance.COVARIANT;
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < c.objectCount(); p++) {
            if (ext.apply(Yoneda.hom(c, p, opposite)).size() != task.size(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
