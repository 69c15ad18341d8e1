package dev.cogs.cli;

import dev.cogs.algebra.weights.OptimalityReport;
import dev.cogs.algebra.weights.OptimalityReport.Residual;
import dev.cogs.algebra.weights.Verification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link Verification}, as {@code cogs construct --json} prints it for each row
 * and as {@link JsonOutput#print(Object)} prints it for library users:
 *
 * <pre>{@code
 * {"d": 31, "order": 3, "dataSpaceLoss": …, "sumPotentialLoss": …, "accuracy": …,
 *  "weightNorms": {"ua": …, "ub": …, "w": …, "total": …, "decayCost": …},
 *  "tolerance": 1e-10,
 *  "classes": [{"constraint": "R_g", "violated": 30, "max": …, "index": "r_{1,1,1}", "lossShare": …}, …],
 *  "violated": [{"constraint": "R_*", "index": "R_a(2,1)", "k": 1, "m1": 2, "m2": 0, "value": 3.0,
 *                "lossShare": 279.0}, …]}
 * }</pre>
 *
 * <p>{@code index} is {@code "-"} for a class without violation. Stateless.
 */
public final class VerificationJson {

    private VerificationJson() {}

    /**
     * The verification as a JSON tree (insertion-ordered maps and lists).
     *
     * @param v the verification
     * @return the tree
     */
    public static Map<String, Object> of(Verification v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("d", v.d());
        m.put("order", v.order());
        m.put("dataSpaceLoss", v.dataSpaceLoss());
        m.put("sumPotentialLoss", v.sumPotentialLoss());
        m.put("accuracy", v.accuracy());
        m.put("weightNorms", norms(v.norms()));
        m.put("tolerance", v.tolerance());
        List<Map<String, Object>> classes = new ArrayList<>();
        for (OptimalityReport.Violation c : v.report().violations()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("constraint", c.constraint().label());
            cm.put("violated", v.violations(c.constraint()).size());
            cm.put("max", c.max());
            cm.put("index", c.index());
            cm.put("lossShare", c.lossShare());
            classes.add(cm);
        }
        m.put("classes", classes);
        m.put("violated", violated(v));
        return m;
    }

    /**
     * The weight norms as a JSON object: {@code ua}, {@code ub}, {@code w}, {@code total}, {@code
     * decayCost}.
     *
     * @param n the norms
     * @return the tree
     */
    static Map<String, Object> norms(Verification.WeightNorms n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ua", n.ua());
        m.put("ub", n.ub());
        m.put("w", n.w());
        m.put("total", n.total());
        m.put("decayCost", n.decayCost());
        return m;
    }

    /**
     * Every violated constraint: class label, index, k, m1, m2, value (code units) and loss share.
     *
     * @param v the verification
     * @return one object per violated constraint, in the verification's order
     */
    static List<Map<String, Object>> violated(Verification v) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Residual r : v.violations()) {
            Map<String, Object> rm = new LinkedHashMap<>();
            rm.put("constraint", r.constraint().label());
            rm.put("index", r.index());
            rm.put("k", r.k());
            rm.put("m1", r.m1());
            rm.put("m2", r.m2());
            rm.put("value", r.violation());
            rm.put("lossShare", r.lossShare(v.d()));
            out.add(rm);
        }
        return out;
    }
}
