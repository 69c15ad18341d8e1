package dev.cogs.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cogs.algebra.Complex;
import dev.cogs.algebra.weights.Constructions;
import dev.cogs.algebra.weights.RealWeights;
import dev.cogs.nets.analysis.GroupAnalysis;
import dev.cogs.nets.analysis.GroupConstruction;
import dev.cogs.nets.analysis.NetAnalysis;
import dev.cogs.nets.analysis.SolutionKind;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/guide-nets.md, verbatim between the guide markers. Only public API, so it
 * also runs in the separate Maven project of the it module.
 */
class NetsGuideTest {

    @Test
    void analyseANetAndCompareItsGroupsWithConstructions() {
        // guide:begin
        // Real weights U_a, U_b, W of a net over Z_23 (here the construction z_F4/6; a trained
        // net's weights
        // come from cogs-train or from .npy files through cogs-io)
        Complex nu = Complex.polar(1, 0.7);
        Complex xi = Complex.polar(1, 0.3);
        RealWeights w = Constructions.f46(23, nu, xi, 1).toReal();

        NetAnalysis a = NetAnalysis.of(w); // the pipeline of docs/cogs-math.md §9
        for (GroupAnalysis g : a.groups()) {
            System.out.println(
                    "k = " + g.frequency() + ": " + g.kind().label() + " " + g.construction());
        }
        // k = 1 is z_nu*z_syn, k = 2..11 are z_{nu=i}*z_xi; parameters compare up to the symmetries
        assertTrue(a.group(1).matches(GroupConstruction.nuSyn(nu), 1e-9));
        assertTrue(a.group(5).matches(GroupConstruction.nuIXi(xi), 1e-9));
        System.out.println(a.statistics());
        // guide:end
        assertEquals(SolutionKind.NU_SYN, a.group(1).kind());
        assertEquals(10, a.statistics().nuIXi());
    }
}
