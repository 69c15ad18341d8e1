package dev.cogs.algebra.weights;

import dev.cogs.algebra.group.CharacterGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The weight semiring over one character group, delegating to the Z_n semiring on the storage;
 * immutable.
 */
final class AbelianWeightSemiringImpl implements AbelianWeightSemiring {

    private final CharacterGroup characters;
    private final WeightSemiring cyclic;
    private final GroupNet zero;
    private final GroupNet one;

    AbelianWeightSemiringImpl(CharacterGroup characters, double tolerance) {
        Objects.requireNonNull(characters, "characters");
        this.characters = characters;
        this.zero = GroupNet.empty(characters);
        this.one = zero.with(FourierNet.one(characters.size()));
        this.cyclic = WeightSemiring.over(characters.size(), tolerance);
    }

    @Override
    public CharacterGroup characters() {
        return characters;
    }

    @Override
    public double tolerance() {
        return cyclic.tolerance();
    }

    @Override
    public GroupNet zero() {
        return zero;
    }

    @Override
    public GroupNet one() {
        return one;
    }

    private FourierNet check(GroupNet z, String name) {
        Objects.requireNonNull(z, name);
        if (!z.sameCharacters(zero)) {
            throw new IllegalArgumentException(
                    String.format(
                            Locale.ROOT,
                            "%s is a net over the characters of %s (%s) but this weight semiring is over those of %s (%s); "
                                    + "operands must share the characters",
                            name,
                            z.group().name(),
                            z.characters().decomposition().invariantFactors(),
                            characters.decomposition().group().name(),
                            characters.decomposition().invariantFactors()));
        }
        return z.storage();
    }

    @Override
    public GroupNet add(GroupNet a, GroupNet b) {
        return zero.with(cyclic.add(check(a, "a"), check(b, "b")));
    }

    @Override
    public GroupNet sum(Iterable<GroupNet> terms) {
        Objects.requireNonNull(terms, "terms");
        List<FourierNet> list = new ArrayList<>();
        int i = 0;
        for (GroupNet z : terms) {
            list.add(check(z, "terms[" + i + "]"));
            i++;
        }
        return zero.with(cyclic.sum(list));
    }

    @Override
    public GroupNet multiply(GroupNet a, GroupNet b) {
        return zero.with(cyclic.multiply(check(a, "a"), check(b, "b")));
    }

    @Override
    public boolean isZero(GroupNet a) {
        return check(a, "a").order() == 0;
    }

    @Override
    public boolean equivalent(GroupNet a, GroupNet b) {
        return cyclic.equivalent(check(a, "a"), check(b, "b"));
    }

    @Override
    public Optional<int[]> nodeMatching(GroupNet a, GroupNet b) {
        return cyclic.nodeMatching(check(a, "a"), check(b, "b"));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AbelianWeightSemiringImpl)) {
            return false;
        }
        AbelianWeightSemiringImpl w = (AbelianWeightSemiringImpl) o;
        return characters.decomposition().equals(w.characters.decomposition())
                && cyclic.equals(w.cyclic);
    }

    @Override
    public int hashCode() {
        return 31 * characters.decomposition().hashCode() + cyclic.hashCode();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "AbelianWeightSemiring[%s, tolerance=%s]",
                characters.decomposition().group().name(),
                cyclic.tolerance());
    }
}
