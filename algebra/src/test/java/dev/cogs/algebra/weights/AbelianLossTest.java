package dev.cogs.algebra.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.cogs.algebra.group.CharacterGroup;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.testkit.weights.WeightGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The exact loss decomposition over finite abelian groups (docs/cogs-math.md §14.2) against the
 * data-space loss on the group's Cayley table (docs/cogs-math.md §14.6), which uses neither
 * characters nor sum potentials.
 */
class AbelianLossTest {

    private record Case(CharacterGroup characters, RealWeights weights) {
        @Override
        public String toString() {
            return characters.decomposition().group().name() + " q=" + weights.order();
        }
    }

    private static Gen<Case> cases() {
        return AbelianGenerators.smallCharacters()
                .flatMap(
                        ch ->
                                integers()
                                        .between(1, 5)
                                        .flatMap(
                                                q ->
                                                        AbelianGenerators.realWeights(ch.size(), q)
                                                                .map(w -> new Case(ch, w))));
    }

    private static boolean relClose(double expected, double actual, double rel) {
        return Math.abs(expected - actual) <= rel * Math.abs(expected);
    }

    @Test
    void zeroNetLossIsOneMinusOneOverN() {
        for (String name : AbelianGenerators.ACCEPTANCE) {
            CharacterGroup ch = AbelianGenerators.characters(name);
            int n = ch.size();
            RealWeights zero =
                    RealWeights.ofFlat(n, 1, new double[n], new double[n], new double[n]);
            // docs/cogs-math.md §1: an output constant over the classes scores 1 - 1/n
            assertEquals(1 - 1.0 / n, GroupTask.loss(ch.decomposition().group(), zero), 1e-15);
            assertEquals(1 - 1.0 / n, AbelianLoss.fullDataset(GroupNet.empty(ch)), 1e-15);
            assertEquals(1 - 1.0 / n, AbelianLoss.gramForm(GroupNet.empty(ch)), 1e-15);
            assertEquals(1 - 1.0 / n, AbelianLoss.residualForm(GroupNet.fromReal(ch, zero)), 1e-15);
        }
    }

    @Test
    void sumPotentialFormsEqualTheDataSpaceLoss() {
        // the tolerances of check docs/cogs-math.md §11.A.2: 1e-12 relative, 1e-10 for the Gram
        // form's cancellation
        qt().withExamples(150)
                .forAll(cases())
                .check(
                        c -> {
                            GroupNet z = GroupNet.fromReal(c.characters(), c.weights());
                            double data =
                                    GroupTask.loss(
                                            c.characters().decomposition().group(), c.weights());
                            return relClose(data, AbelianLoss.residualForm(z), 1e-12)
                                    && relClose(data, AbelianLoss.gramForm(z), 1e-10)
                                    && relClose(data, AbelianLoss.fullDataset(z), 1e-10)
                                    && relClose(data, AbelianLoss.optimalityReport(z).loss(), 1e-12)
                                    && relClose(data, AbelianLoss.evaluate(z).loss(), 1e-12);
                        });
    }

    @Test
    void acceptanceGroupsDecomposeExactly() {
        // dense random nets over each acceptance group (Z7xZ11 has 77 classes): the theorem of
        // §14.2 over each
        Gen<Case> acceptance =
                Generate.pick(AbelianGenerators.ACCEPTANCE)
                        .map(AbelianGenerators::characters)
                        .flatMap(
                                ch ->
                                        integers()
                                                .between(1, 4)
                                                .flatMap(
                                                        q ->
                                                                AbelianGenerators.realWeights(
                                                                                ch.size(), q)
                                                                        .map(
                                                                                w ->
                                                                                        new Case(
                                                                                                ch,
                                                                                                w))));
        qt().withExamples(8)
                .forAll(acceptance)
                .check(
                        c -> {
                            GroupNet z = GroupNet.fromReal(c.characters(), c.weights());
                            double data =
                                    GroupTask.loss(
                                            c.characters().decomposition().group(), c.weights());
                            return relClose(data, AbelianLoss.residualForm(z), 1e-12)
                                    && relClose(data, AbelianLoss.gramForm(z), 1e-10);
                        });
    }

    @Test
    void sparseAndDenseResidualEnginesAgree() {
        qt().withExamples(60)
                .forAll(
                        AbelianGenerators.smallCharacters()
                                .flatMap(ch -> AbelianGenerators.net(ch, 4)))
                .check(
                        z -> {
                            double[] sparse = new double[1];
                            double[] dense = new double[1];
                            NodeSupports s = new NodeSupports(z.storage());
                            Residuals.visitSparse(
                                    s,
                                    z.arithmetic(),
                                    (k, m1, m2, re, im) -> sparse[0] += re * re + im * im);
                            Residuals.visitDense(
                                    s,
                                    z.arithmetic(),
                                    (k, m1, m2, re, im) -> dense[0] += re * re + im * im);
                            return relClose(sparse[0], dense[0], 1e-12);
                        });
    }

    @Test
    void overTheCyclicGroupEveryFormIsTheZdForm() {
        // Same code on the same coefficients: equal bits (docs/cogs-math.md §14.2).
        Gen<FourierNet> nets = WeightGenerators.oddD().flatMap(d -> WeightGenerators.net(d, 5));
        qt().withExamples(60)
                .forAll(nets)
                .checkAssert(
                        z -> {
                            GroupNet g = GroupNet.fromCyclic(z);
                            assertEquals(CogsLoss.residualForm(z), AbelianLoss.residualForm(g));
                            assertEquals(CogsLoss.gramForm(z), AbelianLoss.gramForm(g));
                            assertEquals(CogsLoss.fullDataset(z), AbelianLoss.fullDataset(g));
                            assertEquals(OptimalityReport.of(z), AbelianLoss.optimalityReport(g));
                        });
        Gen<RealWeights> weights =
                WeightGenerators.oddD()
                        .flatMap(
                                d ->
                                        integers()
                                                .between(1, 5)
                                                .flatMap(q -> WeightGenerators.realWeights(d, q)));
        qt().withExamples(40)
                .forAll(weights)
                .checkAssert(
                        w -> {
                            int d = w.d();
                            assertEquals(
                                    CogsLoss.evaluate(w),
                                    GroupTask.evaluate(FiniteGroups.cyclic(d), w));
                            // the two Fourier transforms: the same sums in the same order over the
                            // same cos/sin values, up to the
                            // rounding of cos/sin of opposite angles (1 ulp of values below 1)
                            FourierNet z = FourierNet.fromReal(w);
                            GroupNet g =
                                    GroupNet.fromReal(CharacterGroup.of(FiniteGroups.cyclic(d)), w);
                            assertTrue(
                                    g.toCyclic().isClose(z, 1e-15),
                                    "transforms differ at d = " + d);
                        });
    }

    @Test
    void groupTaskRefusesMismatchedWeights() {
        FiniteGroup g = FiniteGroups.parse("Z3xZ5");
        RealWeights w = RealWeights.ofFlat(7, 1, new double[7], new double[7], new double[7]);
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GroupTask.evaluate(g, w));
        assertTrue(
                e.getMessage().contains("d = 7") && e.getMessage().contains("Z3xZ5"),
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class, () -> GroupNet.fromReal(CharacterGroup.of(g), w));
    }

    @Test
    void memorisationIsGlobalForEveryGroup() {
        // docs/cogs-math.md §14.6: holds for non-abelian groups too (the construction needs only
        // that g -> a g is
        // a bijection).
        for (String name : new String[] {"S3", "D5", "Q8", "A4", "Z2xZ4", "D4"}) {
            FiniteGroup g = FiniteGroups.parse(name);
            RealWeights m = GroupTask.memorisation(g);
            DataSpaceEvaluation e = GroupTask.evaluate(g, m);
            assertEquals(g.order() * g.order(), m.order());
            assertTrue(e.loss() <= 1e-20, name + " loss " + e.loss());
            assertEquals(1.0, e.accuracy(), name);
        }
        // and the labels matter: the S3 memorisation scored on Z6 is not an optimum
        RealWeights s3 = GroupTask.memorisation(FiniteGroups.parse("S3"));
        assertTrue(GroupTask.loss(FiniteGroups.cyclic(6), s3) > 0.1);
    }
}
