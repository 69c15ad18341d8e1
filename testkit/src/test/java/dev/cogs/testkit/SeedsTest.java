package dev.cogs.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reading the seed of a failed property back, and replaying it. */
class SeedsTest {

    @Test
    void theSeedOfAFailureReplaysTheSameCounterexample() {
        // A false claim: every integer in [0, 1000] is below 900. QuickTheories finds a
        // counterexample and
        // shrinks it to 900; the printed seed replays the run exactly.
        AssertionError first =
                assertThrows(
                        AssertionError.class,
                        () ->
                                qt().withExamples(2000)
                                        .forAll(integers().between(0, 1000))
                                        .check(i -> i < 900));
        long seed = Seeds.of(first).orElseThrow();
        AssertionError again =
                assertThrows(
                        AssertionError.class,
                        () ->
                                qt().withFixedSeed(seed)
                                        .withExamples(2000)
                                        .forAll(integers().between(0, 1000))
                                        .check(i -> i < 900));
        assertEquals(first.getMessage(), again.getMessage());
        assertEquals(OptionalLong.of(seed), Seeds.of(again));
    }

    @Test
    void messagesWithoutASeedGiveNothing() {
        assertEquals(OptionalLong.empty(), Seeds.of(new AssertionError("no seed here")));
        assertEquals(
                OptionalLong.of(-12),
                Seeds.of(
                        new IllegalStateException(
                                "wrapped", new AssertionError("...\nSeed was -12"))));
    }
}
