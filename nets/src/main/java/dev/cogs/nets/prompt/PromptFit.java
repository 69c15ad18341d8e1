package dev.cogs.nets.prompt;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The best prompt of one fit (docs/yoneda-nets.md §2.3): the restart of least training objective,
 * with its metrics on all d inputs and on the training inputs.
 *
 * <p>Immutable: the prompt is copied in and out, and {@code equals} compares it by content
 * (bitwise).
 *
 * @param promptClass the family searched
 * @param objective the objective fitted
 * @param budget the norm budget ρ in units of \(r_{max}\) (\(+\infty\) when unbounded; free prompts
 *     only)
 * @param u the prompt, length q
 * @param token the token, for a one-hot fit
 * @param evaluation the metrics on all d inputs (loss = projected MSE, whatever the objective)
 * @param training the metrics on the training inputs
 * @param objectiveValue the objective on the training inputs, from the definition
 * @param relativeNorm \(|u|/r_{max}\)
 * @param restarts every restart (every token for a one-hot fit), in order
 * @param chosen the index of the kept restart in {@code restarts}
 */
public record PromptFit(
        PromptClass promptClass,
        Objective objective,
        double budget,
        double[] u,
        OptionalInt token,
        PromptEvaluation evaluation,
        PromptEvaluation training,
        double objectiveValue,
        double relativeNorm,
        List<RestartSummary> restarts,
        int chosen) {

    /**
     * Validates and copies.
     *
     * @param promptClass the class
     * @param objective the objective
     * @param budget ρ
     * @param u the prompt
     * @param token the token
     * @param evaluation all-input metrics
     * @param training training metrics
     * @param objectiveValue the objective
     * @param relativeNorm the norm
     * @param restarts the restarts
     * @param chosen the kept restart
     * @throws IllegalArgumentException if a one-hot fit has no token or another fit has one, ρ is
     *     not &gt; 0, or chosen is not an index of restarts
     */
    public PromptFit {
        Objects.requireNonNull(promptClass, "promptClass");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(training, "training");
        u = Objects.requireNonNull(u, "u").clone();
        restarts = List.copyOf(restarts);
        if (token.isPresent() != (promptClass == PromptClass.ONE_HOT)) {
            throw new IllegalArgumentException(
                    "token " + token + " does not fit class " + promptClass);
        }
        if (!(budget > 0)) {
            throw new IllegalArgumentException("budget (" + budget + ") must be > 0");
        }
        if (chosen < 0 || chosen >= restarts.size()) {
            throw new IllegalArgumentException(
                    "chosen (" + chosen + ") must index the " + restarts.size() + " restarts");
        }
    }

    /**
     * The prompt.
     *
     * @return a copy of u
     */
    @Override
    public double[] u() {
        return u.clone();
    }

    /**
     * The projected MSE on all d inputs.
     *
     * @return the loss
     */
    public double loss() {
        return evaluation.loss();
    }

    /**
     * The robust accuracy on all d inputs.
     *
     * @return the robust accuracy
     */
    public double robustAccuracy() {
        return evaluation.robustAccuracy();
    }

    /**
     * The smallest margin on all d inputs.
     *
     * @return the margin
     */
    public double margin() {
        return evaluation.minMargin();
    }

    /**
     * The Euclidean norm of the prompt.
     *
     * @return |u|
     */
    public double norm() {
        return Math.sqrt(Kernels.normSquared(u));
    }

    /**
     * Whether the kept restart stopped on a non-finite objective.
     *
     * @return the chosen restart's divergence flag
     */
    public boolean diverged() {
        return restarts.get(chosen).diverged();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PromptFit)) {
            return false;
        }
        PromptFit f = (PromptFit) o;
        return promptClass == f.promptClass
                && objective.equals(f.objective)
                && Double.compare(budget, f.budget) == 0
                && Arrays.equals(u, f.u)
                && token.equals(f.token)
                && evaluation.equals(f.evaluation)
                && training.equals(f.training)
                && Double.compare(objectiveValue, f.objectiveValue) == 0
                && Double.compare(relativeNorm, f.relativeNorm) == 0
                && restarts.equals(f.restarts)
                && chosen == f.chosen;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                promptClass,
                objective,
                budget,
                Arrays.hashCode(u),
                token,
                evaluation,
                training,
                objectiveValue,
                relativeNorm,
                restarts,
                chosen);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "PromptFit[%s, %s, budget=%s, loss=%.6g, robust=%d/%d, margin=%.4g, |u|/rmax=%.4g%s]",
                promptClass,
                objective,
                budget,
                evaluation.loss(),
                evaluation.robustCorrect(),
                evaluation.inputs(),
                evaluation.minMargin(),
                relativeNorm,
                token.isPresent() ? ", token=" + token.getAsInt() : "");
    }
}
