package dev.cogs.yoneda;

import dev.cogs.nets.prompt.Objective;
import dev.cogs.nets.prompt.PromptClass;
import dev.cogs.nets.prompt.PromptFit;
import dev.cogs.yoneda.YonedaResult.CategoryRow;
import dev.cogs.yoneda.YonedaResult.Evidence;
import dev.cogs.yoneda.YonedaResult.FewShotResult;
import dev.cogs.yoneda.YonedaResult.NetResult;
import dev.cogs.yoneda.YonedaResult.PredictionCheck;
import dev.cogs.yoneda.YonedaResult.TaskResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statistical acceptance checks 8–12 of docs/yoneda-nets.md §5 on the trained nets (kind {@link
 * NetKind#TRAINED}), decided by the same rules as {@link Predictions}: a check fails as soon as one
 * measurement contradicts it, and is not evaluated when the run holds nothing it speaks about (no
 * trained net, no budget ρ = 1, no few-shot point k = 3).
 *
 * <ul>
 *   <li>8: every trained net passes the ideality certificate (accuracy 1 on all d² pairs).
 *   <li>9: P1 exactly on the ideal trained nets.
 *   <li>10: free-MSE at ρ = 1 on every reflection: robust accuracy 1 and loss ≤ {@value
 *       #SOLVED_LOSS}.
 *   <li>11: on every multiplication, every free fit (MSE and CE) at ρ ≤ 2 has robust accuracy ≤ 2/d
 *       and loss ≥ L_lin − {@value Predictions#P3_SLACK}.
 *   <li>12: one-hot few-shot with k = 1 has mean robust accuracy 1 on every few-shot translation;
 *       free few-shot with k = 3 has mean robust accuracy ≥ {@value Predictions#IDENTIFIED} on the
 *       few-shot translations and reflections.
 * </ul>
 */
final class TrainedNetChecks {

    /** Check 10's loss threshold. */
    static final double SOLVED_LOSS = 0.05;

    private TrainedNetChecks() {}

    static List<PredictionCheck> evaluate(
            YonedaExperiment.Options o, List<CategoryRow> table, List<NetResult> nets) {
        List<NetResult> trained =
                nets.stream().filter(n -> n.net().kind() == NetKind.TRAINED).toList();
        List<NetResult> ideal = trained.stream().filter(NetResult::ideal).toList();
        List<PredictionCheck> out = new ArrayList<>();
        out.add(check8(trained));
        out.add(check9(o, table, ideal));
        out.add(check10(o, ideal));
        out.add(check11(o, ideal));
        out.add(check12(ideal));
        return out;
    }

    private static PredictionCheck check8(List<NetResult> trained) {
        List<Evidence> ev = new ArrayList<>();
        for (NetResult n : trained) {
            double accuracy = n.certificate().accuracy();
            ev.add(
                    new Evidence(
                            n.net().name(),
                            "-",
                            "pretext accuracy on all d^2 pairs",
                            accuracy,
                            "1 (ideal)",
                            n.ideal()));
        }
        return Predictions.check(
                "C8", "Check 8: every trained net passes the ideality certificate", ev);
    }

    private static PredictionCheck check9(
            YonedaExperiment.Options o, List<CategoryRow> table, List<NetResult> ideal) {
        PredictionCheck p1 = Predictions.p1(o, table, ideal);
        return Predictions.check(
                "C9", "Check 9: P1 holds exactly on the trained nets", p1.evidence());
    }

    private static PredictionCheck check10(YonedaExperiment.Options o, List<NetResult> ideal) {
        List<Evidence> ev = new ArrayList<>();
        int d = o.d();
        for (NetResult n : ideal) {
            for (TaskResult t : n.tasks()) {
                if (t.task().kind() != TaskKind.REFLECTION) {
                    continue;
                }
                t.freeMse(1.0)
                        .ifPresent(
                                f ->
                                        ev.add(
                                                new Evidence(
                                                        n.net().name(),
                                                        t.task().name(),
                                                        String.format(
                                                                Locale.ROOT,
                                                                "free-MSE at rho=1: loss (robust"
                                                                        + " %d of %d)",
                                                                f.evaluation().robustCorrect(),
                                                                d),
                                                        f.loss(),
                                                        "robust accuracy 1 and loss <= 0.05",
                                                        f.evaluation().robustCorrect() == d
                                                                && f.loss() <= SOLVED_LOSS)));
            }
        }
        return Predictions.check(
                "C10",
                "Check 10: on trained nets free prompts with rho = 1 solve the reflections (robust"
                        + " accuracy 1, loss <= 0.05)",
                ev);
    }

    private static PredictionCheck check11(YonedaExperiment.Options o, List<NetResult> ideal) {
        List<Evidence> ev = new ArrayList<>();
        int d = o.d();
        for (NetResult n : ideal) {
            for (TaskResult t : n.tasks()) {
                if (t.task().kind() != TaskKind.MULTIPLICATION) {
                    continue;
                }
                List<PromptFit> fits = new ArrayList<>(t.freeMse());
                fits.addAll(t.freeCe());
                for (PromptFit f : fits) {
                    if (f.budget() > Predictions.P4_BUDGET) {
                        continue;
                    }
                    String arm = f.objective() instanceof Objective.Mse ? "free-MSE" : "free-CE";
                    ev.add(
                            new Evidence(
                                    n.net().name(),
                                    t.task().name(),
                                    arm + " robust accuracy at rho=" + f.budget(),
                                    f.robustAccuracy(),
                                    String.format(Locale.ROOT, "<= 2/d = %.4f", 2.0 / d),
                                    f.evaluation().robustCorrect() <= 2));
                    double bound = t.linearSpanBound() - Predictions.P3_SLACK;
                    ev.add(
                            new Evidence(
                                    n.net().name(),
                                    t.task().name(),
                                    arm + " loss at rho=" + f.budget(),
                                    f.loss(),
                                    String.format(Locale.ROOT, ">= L_lin - 1e-6 = %.9f", bound),
                                    f.loss() >= bound));
                }
            }
        }
        return Predictions.check(
                "C11",
                "Check 11: on trained nets, for 2b and 3b + 1 free prompts with rho <= 2 stay at"
                        + " robust accuracy <= 2/d and loss >= L_lin - 1e-6",
                ev);
    }

    private static PredictionCheck check12(List<NetResult> ideal) {
        List<Evidence> ev = new ArrayList<>();
        for (NetResult n : ideal) {
            for (FewShotResult r : n.fewShot()) {
                TaskKind kind = r.task().kind();
                double mean = r.meanRobustAccuracy();
                String what = r.promptClass() + " mean robust accuracy at k=" + r.k();
                if (r.promptClass() == PromptClass.ONE_HOT
                        && r.k() == 1
                        && kind == TaskKind.TRANSLATION) {
                    ev.add(
                            new Evidence(
                                    n.net().name(),
                                    r.task().name(),
                                    what,
                                    mean,
                                    "1.0",
                                    mean == 1.0));
                } else if (r.promptClass() == PromptClass.FREE
                        && r.k() == 3
                        && (kind == TaskKind.TRANSLATION || kind == TaskKind.REFLECTION)) {
                    ev.add(
                            new Evidence(
                                    n.net().name(),
                                    r.task().name(),
                                    what,
                                    mean,
                                    ">= 0.95",
                                    mean >= Predictions.IDENTIFIED));
                }
            }
        }
        return Predictions.check(
                "C12",
                "Check 12: few-shot on trained nets: one-hot with k = 1 reaches 1.0 on b + 3; free"
                        + " prompts with k = 3 reach >= 0.95 on b + 3 and on -b",
                ev);
    }
}
