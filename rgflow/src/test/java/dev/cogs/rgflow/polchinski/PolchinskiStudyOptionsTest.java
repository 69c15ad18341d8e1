package dev.cogs.rgflow.polchinski;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every {@code with…} copy changes exactly the components it names and keeps the others. */
class PolchinskiStudyOptionsTest {

    private static Map<String, Object> components(PolchinskiStudyOptions o) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        for (RecordComponent c : PolchinskiStudyOptions.class.getRecordComponents()) {
            m.put(c.getName(), c.getAccessor().invoke(o));
        }
        return m;
    }

    /**
     * Asserts that {@code with} changes exactly the named components; returns how many it checked.
     */
    private static int changesExactly(
            UnaryOperator<PolchinskiStudyOptions> with, Map<String, Object> expected)
            throws Exception {
        PolchinskiStudyOptions base = PolchinskiStudyOptions.defaults();
        Map<String, Object> before = components(base);
        Map<String, Object> after = components(with.apply(base));
        for (String name : before.keySet()) {
            Object want = expected.containsKey(name) ? expected.get(name) : before.get(name);
            assertEquals(want, after.get(name), name);
        }
        for (String name : expected.keySet()) {
            // the test must change what it names, or it proves nothing
            assertEquals(true, !expected.get(name).equals(before.get(name)), name + " unchanged");
        }
        return after.size();
    }

    @Test
    void eachCopyChangesOnlyWhatItNames() throws Exception {
        int components = PolchinskiStudyOptions.class.getRecordComponents().length;
        assertEquals(
                components,
                changesExactly(
                        o -> o.withTheory(BareTheory.MASS), Map.of("theory", BareTheory.MASS)));
        changesExactly(o -> o.withLattice(2, 5), Map.of("dimension", 2, "side", 5));
        changesExactly(o -> o.withMassSquared(2.5), Map.of("massSquared", 2.5));
        changesExactly(o -> o.withCoupling(0.75), Map.of("coupling", 0.75));
        changesExactly(o -> o.withTimes(3.0, 12), Map.of("tMax", 3.0, "intervals", 12));
        changesExactly(o -> o.withTau(0.02), Map.of("tau", 0.02));
        changesExactly(o -> o.withSamples(500, 32), Map.of("samples", 500, "innerDraws", 32));
        changesExactly(
                o -> o.withHmc(7, 5, 0.125, 11),
                Map.of("hmcBurnIn", 7, "hmcThin", 5, "hmcStepSize", 0.125, "hmcLeapfrogSteps", 11));
        changesExactly(o -> o.withSeed(99), Map.of("seed", 99L));
        for (JkoVariant v : JkoVariant.values()) {
            if (v != PolchinskiStudyOptions.defaults().variant()) {
                changesExactly(o -> o.withVariant(v), Map.of("variant", v));
            }
        }
        for (PolchinskiJko.MapFamily f : PolchinskiJko.MapFamily.values()) {
            if (f != PolchinskiStudyOptions.defaults().maps()) {
                changesExactly(o -> o.withMaps(f), Map.of("maps", f));
            }
        }
    }

    @Test
    void copiesAreValidatedLikeTheConstructor() {
        PolchinskiStudyOptions o = PolchinskiStudyOptions.defaults();
        for (UnaryOperator<PolchinskiStudyOptions> bad :
                Set.<UnaryOperator<PolchinskiStudyOptions>>of(
                        x -> x.withTimes(Double.NaN, 10),
                        x -> x.withTau(-1),
                        x -> x.withSamples(5, 64),
                        x -> x.withLattice(3, 8),
                        x -> x.withMassSquared(0))) {
            assertThrows(IllegalArgumentException.class, () -> bad.apply(o));
        }
    }
}
