package dev.cogs.category.yoneda;

import dev.cogs.category.sets.NaturalTransformation;
import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.sets.Variance;
import java.util.Objects;

/**
 * The Yoneda extension of a task: for a copresheaf \(T: C \to \mathbf{FinSet}\), the functor
 * \(\mathrm{Lan}_y T: \hat C \to \mathbf{FinSet}\), \(F \mapsto F \otimes_C T\) (docs/category.md
 * §1.7, §2.10). It extends \(T\) along the Yoneda embedding: \(\mathrm{Lan}_y T(h_A) \cong T(A)\)
 * for every task (co-Yoneda), representable or not. For a presheaf task the roles swap: it takes
 * copresheaves \(G\) to \(T \otimes_C G\). Immutable.
 */
public final class YonedaExtension {

    private final SetFunctor task;

    YonedaExtension(SetFunctor task) {
        this.task = Objects.requireNonNull(task, "task");
    }

    /**
     * The task \(T\) being extended.
     *
     * @return the task
     */
    public SetFunctor task() {
        return task;
    }

    /**
     * The extension on an object of \(\hat C\).
     *
     * @param f a functor of the opposite variance to the task, on the same category
     * @return \(F \otimes_C T\)
     * @throws IllegalArgumentException if variance or category do not fit
     */
    public FiniteSet apply(SetFunctor f) {
        return task.variance() == Variance.COVARIANT ? Kan.tensor(f, task) : Kan.tensor(task, f);
    }

    /**
     * The extension on a morphism \(\beta: F \Rightarrow F'\): \([(X, x, t)] \mapsto [(X, \beta_X
     * x, t)]\).
     *
     * @param beta the transformation
     * @return the induced map on classes, indexed by the classes of {@code apply(beta.source())}
     * @throws IllegalArgumentException if variance or category do not fit
     */
    public int[] apply(NaturalTransformation beta) {
        Objects.requireNonNull(beta, "beta");
        FiniteSet from = apply(beta.source());
        FiniteSet to = apply(beta.target());
        int[] map = new int[from.size()];
        boolean covariantTask = task.variance() == Variance.COVARIANT;
        for (int cls = 0; cls < map.length; cls++) {
            int[] r = from.representative(cls);
            map[cls] =
                    covariantTask
                            ? to.classOf(r[0], beta.component(r[0], r[1]), r[2])
                            : to.classOf(r[0], r[1], beta.component(r[0], r[2]));
        }
        return map;
    }
}
