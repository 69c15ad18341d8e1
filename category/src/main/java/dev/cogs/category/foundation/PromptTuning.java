package dev.cogs.category.foundation;

import dev.cogs.category.sets.SetFunctor;
import dev.cogs.category.yoneda.NonRepresentability;
import dev.cogs.category.yoneda.Representability;
import dev.cogs.category.yoneda.Representability.Representation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prompt tuning (Theorem 1 of arXiv:2211.16327: a frozen ideal model solves a task with a prompt
 * iff the task is representable). A prompt is an object \(P\); with the head \(Hom(X, P)\) a prompt
 * answers the presheaf \(h_P\), so \(P\) solves a presheaf task \(T\) iff \(T \cong h_P\), and the
 * best prompts are the representing objects (one isomorphism class). For a copresheaf task the head
 * is \(Hom(P, X)\).
 */
public final class PromptTuning {

    private PromptTuning() {}

    /**
     * A prompt that solves a task.
     *
     * @param object the prompt \(P\)
     * @param universalElement the universal element \(x \in T(P)\): the answer on \(X\) is \(u
     *     \mapsto T(u)(x)\)
     */
    public record Prompt(int object, int universalElement) {}

    /**
     * The verdict for one task.
     *
     * @param solvable whether some prompt solves the task (the task is representable)
     * @param prompts every (prompt, universal element) pair, by ascending prompt then element
     * @param reason why not, or {@code Representable} when solvable
     */
    public record Verdict(boolean solvable, List<Prompt> prompts, NonRepresentability reason) {
        /**
         * Validates and copies.
         *
         * @param solvable solvable
         * @param prompts the prompts
         * @param reason the reason
         */
        public Verdict {
            prompts = List.copyOf(prompts);
            Objects.requireNonNull(reason, "reason");
            if (solvable == prompts.isEmpty()) {
                throw new IllegalArgumentException(
                        "solvable (" + solvable + ") contradicts " + prompts.size() + " prompts");
            }
        }

        /**
         * The distinct prompt objects.
         *
         * @return the best prompts, ascending
         */
        public Set<Integer> promptObjects() {
            Set<Integer> s = new TreeSet<>();
            for (Prompt p : prompts) {
                s.add(p.object());
            }
            return Collections.unmodifiableSet(s);
        }
    }

    /**
     * Decides whether prompt tuning solves a task, with every best prompt or the reason why not.
     *
     * @param task the task (presheaf, or copresheaf for the other head orientation)
     * @return the verdict
     */
    public static Verdict decide(SetFunctor task) {
        Objects.requireNonNull(task, "task");
        List<Prompt> prompts = new ArrayList<>();
        for (Representation r : Representability.all(task)) {
            prompts.add(new Prompt(r.object(), r.universalElement()));
        }
        NonRepresentability reason =
                prompts.isEmpty()
                        ? Representability.explain(task)
                        : new NonRepresentability.Representable();
        return new Verdict(!prompts.isEmpty(), prompts, reason);
    }

    /**
     * The first best prompt, if any.
     *
     * @param task the task
     * @return the first (prompt, universal element) in (object, element) order
     */
    public static Optional<Prompt> bestPrompt(SetFunctor task) {
        return Representability.find(task).map(r -> new Prompt(r.object(), r.universalElement()));
    }

    /**
     * The objects that solve the task as prompts.
     *
     * @param task the task
     * @return the representing objects (empty iff not solvable)
     */
    public static Set<Integer> solvingPrompts(SetFunctor task) {
        return decide(task).promptObjects();
    }

    /**
     * Why no prompt solves the task.
     *
     * @param task the task
     * @return the witness ({@code Representable} if a prompt does solve it)
     */
    public static NonRepresentability whyNot(SetFunctor task) {
        return Representability.explain(task);
    }
}
