package dev.cogs.category.sets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.cogs.category.Categories;
import dev.cogs.category.FiniteCategory;
import dev.cogs.testkit.category.Presheaves;
import dev.cogs.testkit.category.SmallCategories;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetFunctorTest {

    private static final FiniteCategory ARROW = Categories.walkingArrow();
    private static final FiniteCategory Z4 = Categories.cyclicGroup(4);

    /** The non-identity morphism of the walking arrow 0 → 1. */
    private static int arrow() {
        return ARROW.hom(0, 1).get(0);
    }

    @Test
    void presheafOnArrowActsFromCodomainToDomain() {
        SetFunctor f =
                SetFunctor.builder(ARROW, Variance.CONTRAVARIANT)
                        .sizes(2, 3)
                        .action(arrow(), 1, 0, 1)
                        .build();
        assertEquals(1, f.from(arrow()));
        assertEquals(0, f.to(arrow()));
        assertEquals(0, f.act(arrow(), 1));
        assertEquals(5, f.totalSize());
        assertTrue(f.isFunctor());
    }

    @Test
    void actionOutOfRangeIsNamed() {
        List<SetFunctorFailure> failures =
                SetFunctor.builder(ARROW, Variance.CONTRAVARIANT)
                        .sizes(2, 3)
                        .action(arrow(), 0, 2, 1)
                        .failures();
        assertEquals(List.of(new SetFunctorFailure.ActionOutOfRange(arrow(), 1, 2, 2)), failures);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                SetFunctor.builder(ARROW, Variance.CONTRAVARIANT)
                                        .sizes(2, 3)
                                        .action(arrow(), 0, 2, 1)
                                        .build());
        assertTrue(e.getMessage().contains("sends element 1 to 2"), e.getMessage());
    }

    @Test
    void wrongLengthAndNegativeSizeAreNamed() {
        assertEquals(
                List.of(new SetFunctorFailure.ActionLength(arrow(), 3, 2)),
                SetFunctor.builder(ARROW, Variance.CONTRAVARIANT)
                        .sizes(2, 3)
                        .action(arrow(), 0, 1)
                        .failures());
        List<SetFunctorFailure> negative =
                SetFunctor.builder(ARROW, Variance.CONTRAVARIANT).sizes(2, -1).failures();
        assertEquals(List.of(new SetFunctorFailure.NegativeSize(1, -1)), negative);
        SetFunctorFailure.NegativeSize n = (SetFunctorFailure.NegativeSize) negative.get(0);
        assertEquals(1, n.object());
        assertEquals(-1, n.size());
    }

    @Test
    void missingActionIsNamed() {
        assertEquals(
                List.of(new SetFunctorFailure.MissingAction(arrow())),
                SetFunctor.builder(ARROW, Variance.CONTRAVARIANT).sizes(1, 1).failures());
    }

    @Test
    void brokenIdentityIsNamed() {
        int id1 = ARROW.identity(1);
        List<SetFunctorFailure> failures =
                SetFunctor.builder(ARROW, Variance.CONTRAVARIANT)
                        .sizes(1, 2)
                        .action(arrow(), 0, 0)
                        .action(id1, 1, 1)
                        .failures();
        assertTrue(
                failures.contains(new SetFunctorFailure.IdentityNotPreserved(1, id1, 0, 1)),
                failures.toString());
        for (SetFunctorFailure f : failures) {
            if (f instanceof SetFunctorFailure.IdentityNotPreserved) {
                SetFunctorFailure.IdentityNotPreserved i =
                        (SetFunctorFailure.IdentityNotPreserved) f;
                // the witness is genuine: the identity of the named object moves the named element
                assertEquals(ARROW.identity(i.object()), i.identity());
                assertEquals(new int[][] {{0}, {1, 1}}[i.object()][i.element()], i.image());
                assertTrue(i.image() != i.element(), f.toString());
            }
        }
    }

    @Test
    void nonFunctorialActionOnZ4NamesTheRelation() {
        // Generator 1 of Z4 acting as a transposition, and 2 given explicitly as the identity: 1∘1
        // = 2 fails.
        List<SetFunctorFailure> failures =
                SetFunctor.builder(Z4, Variance.CONTRAVARIANT)
                        .sizes(2)
                        .action(1, 1, 0)
                        .action(2, 1, 0)
                        .action(3, 1, 0)
                        .failures();
        assertTrue(
                failures.contains(new SetFunctorFailure.CompositionNotPreserved(1, 1, 2, 0, 1, 0)),
                failures.toString());
    }

    @Test
    void actionsOnGeneratorsAreExtended() {
        // Z4 acting on 4 points by a 4-cycle, given on the generator 1 only.
        SetFunctor f =
                SetFunctor.builder(Z4, Variance.CONTRAVARIANT)
                        .sizes(4)
                        .action(1, 1, 2, 3, 0)
                        .build();
        assertEquals(2, f.act(2, 0));
        assertEquals(3, f.act(3, 0));
        // 1^4 = id fails for a 3-cycle on 3 points: the builder names a violated relation.
        List<SetFunctorFailure> failures =
                SetFunctor.builder(Z4, Variance.CONTRAVARIANT)
                        .sizes(3)
                        .action(1, 1, 2, 0)
                        .failures();
        assertTrue(
                failures.stream()
                        .anyMatch(x -> x instanceof SetFunctorFailure.CompositionNotPreserved),
                failures.toString());
    }

    @Test
    void constantTerminalInitial() {
        FiniteCategory c = Categories.chain(3);
        assertEquals(3, SetFunctor.constant(c, Variance.COVARIANT, 3).size(2));
        assertEquals(3, SetFunctor.terminal(c, Variance.CONTRAVARIANT).totalSize());
        assertEquals(0, SetFunctor.initial(c, Variance.CONTRAVARIANT).totalSize());
        assertThrows(
                IllegalArgumentException.class,
                () -> SetFunctor.constant(c, Variance.COVARIANT, -1));
    }

    /**
     * docs/category.md, "Numbers to reproduce" C: a^b labelled presheaves on 2 with sizes (a, b);
     * (2,3) → 8, (3,3) → 27.
     */
    @Test
    void presheafCountsOnTheWalkingArrow() {
        List<SetFunctor> all = Presheaves.enumerate(ARROW, Variance.CONTRAVARIANT, 3);
        for (int a = 0; a <= 3; a++) {
            for (int b = 0; b <= 3; b++) {
                final int fa = a;
                final int fb = b;
                long n = all.stream().filter(f -> f.size(0) == fa && f.size(1) == fb).count();
                assertEquals((long) Math.pow(a, b), n, "sizes (" + a + ", " + b + ")");
            }
        }
    }

    /**
     * docs/category.md, "Numbers to reproduce" C: labelled Z4-sets with n = 0..4 points: 1, 1, 2,
     * 4, 16.
     */
    @Test
    void z4SetCounts() {
        List<SetFunctor> all = Presheaves.enumerate(Z4, Variance.CONTRAVARIANT, 4);
        long[] expected = {1, 1, 2, 4, 16};
        for (int n = 0; n <= 4; n++) {
            final int fn = n;
            assertEquals(
                    expected[n], all.stream().filter(f -> f.size(0) == fn).count(), "n = " + n);
        }
    }

    @Test
    void generatedFunctorsSatisfyTheLaws() {
        qt().withExamples(150)
                .forAll(Presheaves.recipes())
                .checkAssert(
                        r -> {
                            SetFunctor f = r.build();
                            assertEquals(List.of(), f.failures());
                            assertEquals(
                                    f,
                                    SetFunctor.of(f.domain(), f.variance(), f.sizes(), actions(f)));
                        });
    }

    @Test
    void enumerationAgreesWithBruteForceOnFixtures() {
        // Brute force over all action arrays (not only generators): same number of functors.
        for (String name : List.of("2", "I", "BZ2", "BIdem")) {
            FiniteCategory c = SmallCategories.fixture(name);
            assertEquals(
                    bruteForceCount(c, 2),
                    Presheaves.enumerate(c, Variance.CONTRAVARIANT, 2).size(),
                    name);
        }
    }

    private static int[][] actions(SetFunctor f) {
        int[][] a = new int[f.domain().morphismCount()][];
        for (int m = 0; m < a.length; m++) {
            a[m] = f.action(m);
        }
        return a;
    }

    private static long bruteForceCount(FiniteCategory c, int maxSize) {
        int k = c.objectCount();
        int n = c.morphismCount();
        long total = 0;
        int[] sizes = new int[k];
        while (true) {
            int[][] act = new int[n][];
            total += brute(c, sizes, act, 0);
            int i = 0;
            while (i < k && sizes[i] == maxSize) {
                sizes[i++] = 0;
            }
            if (i == k) {
                return total;
            }
            sizes[i]++;
        }
    }

    private static long brute(FiniteCategory c, int[] sizes, int[][] act, int m) {
        if (m == act.length) {
            return SetFunctorChecks.failures(c, Variance.CONTRAVARIANT, sizes, act).isEmpty()
                    ? 1
                    : 0;
        }
        int from = sizes[c.cod(m)];
        int to = sizes[c.dom(m)];
        if (from > 0 && to == 0) {
            return 0;
        }
        long total = 0;
        int[] a = new int[from];
        while (true) {
            act[m] = a.clone();
            total += brute(c, sizes, act, m + 1);
            int i = 0;
            while (i < from && a[i] == to - 1) {
                a[i++] = 0;
            }
            if (i == from) {
                return total;
            }
            a[i]++;
        }
    }
}
