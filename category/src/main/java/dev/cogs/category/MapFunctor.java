package dev.cogs.category;

import dev.cogs.category.internal.Buckets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A functor stored as two int arrays. Immutable; arrays are owned. */
final class MapFunctor implements Functor {

    private final FiniteCategory source;
    private final FiniteCategory target;
    private final int[] objects;
    private final int[] morphisms;
    private volatile List<FunctorFailure> failures;

    MapFunctor(FiniteCategory source, FiniteCategory target, int[] objects, int[] morphisms) {
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        if (objects.length != source.objectCount()) {
            throw new IllegalArgumentException(
                    "objectMap has length "
                            + objects.length
                            + ", source has "
                            + source.objectCount()
                            + " objects");
        }
        if (morphisms.length != source.morphismCount()) {
            throw new IllegalArgumentException(
                    "morphismMap has length "
                            + morphisms.length
                            + ", source has "
                            + source.morphismCount()
                            + " morphisms");
        }
        this.objects = objects;
        this.morphisms = morphisms;
    }

    @Override
    public FiniteCategory source() {
        return source;
    }

    @Override
    public FiniteCategory target() {
        return target;
    }

    @Override
    public int onObject(int x) {
        if (x < 0 || x >= objects.length) {
            throw new IllegalArgumentException(
                    "object (" + x + ") out of range [0, " + objects.length + ")");
        }
        return objects[x];
    }

    @Override
    public int onMorphism(int m) {
        if (m < 0 || m >= morphisms.length) {
            throw new IllegalArgumentException(
                    "morphism (" + m + ") out of range [0, " + morphisms.length + ")");
        }
        return morphisms[m];
    }

    @Override
    public int[] objectMap() {
        return objects.clone();
    }

    @Override
    public int[] morphismMap() {
        return morphisms.clone();
    }

    @Override
    public List<FunctorFailure> failures() {
        List<FunctorFailure> f = failures;
        if (f == null) {
            f = List.copyOf(check(100));
            failures = f;
        }
        return f;
    }

    private List<FunctorFailure> check(int max) {
        List<FunctorFailure> out = new ArrayList<>();
        int kd = target.objectCount();
        int nd = target.morphismCount();
        for (int x = 0; x < objects.length; x++) {
            if (objects[x] < 0 || objects[x] >= kd) {
                out.add(new FunctorFailure.ObjectOutOfRange(x, objects[x]));
            }
        }
        for (int m = 0; m < morphisms.length; m++) {
            if (morphisms[m] < 0 || morphisms[m] >= nd) {
                out.add(new FunctorFailure.MorphismOutOfRange(m, morphisms[m]));
            }
        }
        if (!out.isEmpty()) {
            return cap(out, max);
        }
        for (int m = 0; m < morphisms.length; m++) {
            int e = objects[source.dom(m)];
            int a = target.dom(morphisms[m]);
            if (e != a) {
                out.add(new FunctorFailure.DomainMismatch(m, e, a));
            }
            e = objects[source.cod(m)];
            a = target.cod(morphisms[m]);
            if (e != a) {
                out.add(new FunctorFailure.CodomainMismatch(m, e, a));
            }
        }
        for (int x = 0; x < objects.length; x++) {
            if (morphisms[source.identity(x)] != target.identity(objects[x])) {
                out.add(new FunctorFailure.IdentityNotPreserved(x));
            }
        }
        if (!out.isEmpty()) {
            return cap(out, max);
        }
        int n = morphisms.length;
        int[][] byDom = byDomain(source);
        for (int f = 0; f < n; f++) {
            for (int g : byDom[source.cod(f)]) {
                if (morphisms[source.compose(g, f)] != target.compose(morphisms[g], morphisms[f])) {
                    out.add(new FunctorFailure.CompositionNotPreserved(g, f));
                    if (out.size() >= max) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    private static List<FunctorFailure> cap(List<FunctorFailure> l, int max) {
        return l.size() <= max ? l : l.subList(0, max);
    }

    static int[][] byDomain(FiniteCategory c) {
        int n = c.morphismCount();
        int[] dom = new int[n];
        for (int m = 0; m < n; m++) {
            dom[m] = c.dom(m);
        }
        return Buckets.byKey(c.objectCount(), n, dom);
    }

    private boolean[] homMapProperties() {
        // [0] = every hom map injective, [1] = every hom map surjective
        boolean injective = true;
        boolean surjective = true;
        int k = source.objectCount();
        int nd = target.morphismCount();
        int[] stamp = new int[nd];
        int round = 0;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                round++;
                IntSeq h = source.hom(a, b);
                int distinct = 0;
                for (int i = 0; i < h.size(); i++) {
                    int v = morphisms[h.get(i)];
                    if (stamp[v] == round) {
                        injective = false;
                    } else {
                        stamp[v] = round;
                        distinct++;
                    }
                }
                if (distinct != target.homSize(objects[a], objects[b])) {
                    surjective = false;
                }
            }
        }
        return new boolean[] {injective, surjective};
    }

    @Override
    public boolean isFull() {
        requireFunctor();
        return homMapProperties()[1];
    }

    @Override
    public boolean isFaithful() {
        requireFunctor();
        return homMapProperties()[0];
    }

    private void requireFunctor() {
        if (!isFunctor()) {
            throw new IllegalStateException(
                    "not a functor: "
                            + Functors.describe(
                                    failures().subList(0, Math.min(3, failures().size())), this));
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MapFunctor)) {
            return false;
        }
        MapFunctor f = (MapFunctor) o;
        return source.equals(f.source)
                && target.equals(f.target)
                && Arrays.equals(objects, f.objects)
                && Arrays.equals(morphisms, f.morphisms);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(objects) + Arrays.hashCode(morphisms);
    }

    @Override
    public String toString() {
        return "Functor[objects="
                + Arrays.toString(objects)
                + ", morphisms="
                + Arrays.toString(morphisms)
                + "]";
    }
}
