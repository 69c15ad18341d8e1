package dev.cogs.category;

import dev.cogs.category.internal.Buckets;
import java.util.Arrays;

/**
 * Backtracking enumeration of Fun(C, D) (docs/category.md §2.4). Mutable search state; not
 * thread-safe; used only through {@link Functors}.
 *
 * <p>Variables are the generators of C (plus isolated objects, which no generator touches). A
 * generator's candidates are the morphisms of D whose ends agree with the object images fixed so
 * far; the variable with the fewest candidates is chosen next (MRV). Assigning a value adds it to
 * the set S of morphisms whose image is known, and S is closed at once under left composition with
 * the assigned generators: a composite h∘x already known is checked (F(h∘x) = F(h)∘F(x)), a new one
 * is propagated. When all generators are assigned, S is all of Mor C and F(h∘x) = F(h)∘F(x) holds
 * for every generator h and every x, which implies functoriality on every composable pair
 * (induction on words).
 */
final class FunctorSearch {

    private final FiniteCategory c;
    private final FiniteCategory d;
    private final int kc;
    private final int nc;
    private final int[] cDom;
    private final int[] cCod;
    private final int[] cComp;
    private final int[] dDom;
    private final int[] dCod;
    private final int[] dComp;
    private final int nd;
    private final int[] cId;
    private final int[] dId;
    private final int[][] dByDom;
    private final int[][] dByCod;
    private final int[][] dHom;
    private final int[] allD;
    private final int[] allObjectsD;

    /** Variables: generator g (index < gens.length) or isolated object (index ≥ gens.length). */
    private final int[] gens;

    private final int[] isolated;

    // state
    private final int[] objImage;
    private final int[] val;

    /** Members of S by codomain object (stack-like, with counts). */
    private final int[][] sByCod;

    private final int[] sByCodCount;

    /**
     * Assigned generators by domain object (stack-like, with counts), and their assignment order.
     */
    private final int[][] aGenByDom;

    private final int[] aGenByDomCount;
    private final int[] genTrail;
    private int genTrailSize;
    private final int[] trail;
    private int trailSize;
    private final int[] objTrail;
    private int objTrailSize;
    private final boolean[] assignedVar;

    // frames
    private final int[] frameVar;
    private final int[][] frameCands;
    private final int[] framePos;
    private final int[] frameMark;
    private final int[] frameObjMark;
    private final int[] frameGenMark;
    private int top = -1;
    private boolean started;
    private boolean exhausted;
    private final int varCount;
    private final boolean injective;

    /**
     * For injective searches: the source morphism (object) holding each target morphism (object),
     * or -1.
     */
    private final int[] dUsedBy;

    private final int[] dObjUsedBy;

    FunctorSearch(FiniteCategory c, FiniteCategory d) {
        this(c, d, false);
    }

    /**
     * A search; with {@code injective} only functors injective on objects and on morphisms are
     * produced (with equal sizes: isomorphisms of categories), pruned as soon as two values
     * collide.
     */
    FunctorSearch(FiniteCategory c, FiniteCategory d, boolean injective) {
        this.injective = injective;
        this.c = c;
        this.d = d;
        kc = c.objectCount();
        nc = c.morphismCount();
        nd = d.morphismCount();
        int kd = d.objectCount();
        cDom = new int[nc];
        cCod = new int[nc];
        for (int m = 0; m < nc; m++) {
            cDom[m] = c.dom(m);
            cCod[m] = c.cod(m);
        }
        dDom = new int[nd];
        dCod = new int[nd];
        for (int m = 0; m < nd; m++) {
            dDom[m] = d.dom(m);
            dCod[m] = d.cod(m);
        }
        cComp = TableCategory.table(c);
        dComp = TableCategory.table(d);
        cId = new int[kc];
        for (int x = 0; x < kc; x++) {
            cId[x] = c.identity(x);
        }
        dId = new int[kd];
        for (int x = 0; x < kd; x++) {
            dId[x] = d.identity(x);
        }
        dByDom = Buckets.byKey(kd, nd, dDom);
        dByCod = Buckets.byKey(kd, nd, dCod);
        dHom = new int[kd * kd][];
        for (int a = 0; a < kd; a++) {
            for (int b = 0; b < kd; b++) {
                dHom[a * kd + b] = d.hom(a, b).toArray();
            }
        }
        allD = new int[nd];
        for (int m = 0; m < nd; m++) {
            allD[m] = m;
        }
        allObjectsD = new int[kd];
        for (int x = 0; x < kd; x++) {
            allObjectsD[x] = x;
        }
        gens = c.generators().toArray();
        boolean[] touched = new boolean[kc];
        for (int g : gens) {
            touched[cDom[g]] = true;
            touched[cCod[g]] = true;
        }
        int iso = 0;
        for (int x = 0; x < kc; x++) {
            if (!touched[x]) {
                iso++;
            }
        }
        isolated = new int[iso];
        iso = 0;
        for (int x = 0; x < kc; x++) {
            if (!touched[x]) {
                isolated[iso++] = x;
            }
        }
        varCount = gens.length + isolated.length;
        objImage = new int[kc];
        Arrays.fill(objImage, -1);
        val = new int[nc];
        Arrays.fill(val, -1);
        sByCod = new int[kc][];
        aGenByDom = new int[kc][];
        int[] gc = new int[kc];
        int[] cc = new int[kc];
        for (int m = 0; m < nc; m++) {
            cc[cCod[m]]++;
        }
        for (int g : gens) {
            gc[cDom[g]]++;
        }
        for (int x = 0; x < kc; x++) {
            sByCod[x] = new int[cc[x]];
            aGenByDom[x] = new int[gc[x]];
        }
        sByCodCount = new int[kc];
        aGenByDomCount = new int[kc];
        genTrail = new int[gens.length];
        trail = new int[nc];
        objTrail = new int[kc];
        assignedVar = new boolean[varCount];
        frameVar = new int[varCount];
        frameCands = new int[varCount][];
        framePos = new int[varCount];
        frameMark = new int[varCount];
        frameObjMark = new int[varCount];
        frameGenMark = new int[varCount];
        dUsedBy = new int[nd];
        Arrays.fill(dUsedBy, -1);
        dObjUsedBy = new int[kd];
        Arrays.fill(dObjUsedBy, -1);
    }

    /** Advances to the next functor; returns false when there are no more. */
    boolean next() {
        if (exhausted) {
            return false;
        }
        if (!started) {
            started = true;
            if (kc > 0 && d.objectCount() == 0) {
                exhausted = true;
                return false;
            }
            if (!pushNext()) {
                return true; // no variables: the empty functor (C empty)
            }
        } else if (top < 0) {
            exhausted = true;
            return false;
        }
        while (top >= 0) {
            undo(frameMark[top], frameObjMark[top], frameGenMark[top]);
            int var = frameVar[top];
            assignedVar[var] = false;
            if (framePos[top] >= frameCands[top].length) {
                top--;
                continue;
            }
            int v = frameCands[top][framePos[top]++];
            assignedVar[var] = true;
            if (assign(var, v)) {
                if (!pushNext()) {
                    return true;
                }
            }
        }
        exhausted = true;
        return false;
    }

    /**
     * Pushes a frame for the unassigned variable with fewest candidates; false if all are assigned.
     */
    private boolean pushNext() {
        int best = -1;
        int bestSize = Integer.MAX_VALUE;
        for (int var = 0; var < varCount; var++) {
            if (assignedVar[var]) {
                continue;
            }
            int size = candidateCount(var);
            if (size < bestSize) {
                bestSize = size;
                best = var;
                if (size <= 1) {
                    break;
                }
            }
        }
        if (best < 0) {
            return false;
        }
        top++;
        frameVar[top] = best;
        frameCands[top] = candidates(best);
        framePos[top] = 0;
        frameMark[top] = trailSize;
        frameObjMark[top] = objTrailSize;
        frameGenMark[top] = genTrailSize;
        return true;
    }

    private int candidateCount(int var) {
        if (var >= gens.length) {
            return allObjectsD.length;
        }
        int g = gens[var];
        if (val[g] >= 0) {
            return 1;
        }
        int a = objImage[cDom[g]];
        int b = objImage[cCod[g]];
        if (a >= 0 && b >= 0) {
            return dHom[a * dId.length + b].length;
        }
        if (a >= 0) {
            return dByDom[a].length;
        }
        if (b >= 0) {
            return dByCod[b].length;
        }
        return nd;
    }

    private int[] candidates(int var) {
        if (var >= gens.length) {
            return allObjectsD;
        }
        int g = gens[var];
        if (val[g] >= 0) {
            return new int[] {val[g]};
        }
        int a = objImage[cDom[g]];
        int b = objImage[cCod[g]];
        if (a >= 0 && b >= 0) {
            return dHom[a * dId.length + b];
        }
        if (a >= 0) {
            return dByDom[a];
        }
        if (b >= 0) {
            return dByCod[b];
        }
        return allD;
    }

    private boolean assign(int var, int v) {
        if (var >= gens.length) {
            return setObject(isolated[var - gens.length], v);
        }
        int g = gens[var];
        if (val[g] >= 0) {
            return val[g] == v;
        }
        if (!setObject(cDom[g], dDom[v]) || !setObject(cCod[g], dCod[v])) {
            return false;
        }
        return addGenerator(g, v);
    }

    private boolean setObject(int x, int y) {
        if (objImage[x] >= 0) {
            return objImage[x] == y;
        }
        if (injective) {
            if (dObjUsedBy[y] >= 0) {
                return false;
            }
            dObjUsedBy[y] = x;
        }
        objImage[x] = y;
        objTrail[objTrailSize++] = x;
        return add(cId[x], dId[y]);
    }

    /** Adds m ↦ v to S (m an identity or a non-assigned morphism) and propagates. */
    private boolean add(int m, int v) {
        if (val[m] >= 0) {
            return val[m] == v;
        }
        int start = trailSize;
        return push(m, v) && propagate(start);
    }

    /**
     * Registers a newly assigned generator g ↦ v: records it, composes it after every known
     * morphism that ends at its domain, and propagates.
     */
    private boolean addGenerator(int g, int v) {
        int start = trailSize;
        if (!push(g, v)) {
            return false;
        }
        int dg = cDom[g];
        aGenByDom[dg][aGenByDomCount[dg]++] = g;
        genTrail[genTrailSize++] = g;
        int count = sByCodCount[dg];
        for (int j = 0; j < count; j++) {
            int x = sByCod[dg][j];
            int vz = dComp[v * nd + val[x]];
            if (vz < 0 || !push(cComp[g * nc + x], vz)) {
                return false;
            }
        }
        return propagate(start);
    }

    /**
     * Closes S under left composition with the assigned generators, checking F(h∘x) = F(h)∘F(x) for
     * every assigned generator h and known x. Since the assigned generators generate every known
     * morphism, this implies F(u∘x) = F(u)∘F(x) for all known u, x (induction on the word of u), at
     * O(|S|·|generators|) per assignment instead of O(|S|²).
     */
    private boolean propagate(int start) {
        for (int i = start; i < trailSize; i++) {
            int x = trail[i];
            int vx = val[x];
            int cx = cCod[x];
            for (int j = 0; j < aGenByDomCount[cx]; j++) {
                int h = aGenByDom[cx][j];
                int vz = dComp[val[h] * nd + vx];
                if (vz < 0 || !push(cComp[h * nc + x], vz)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Records z ↦ vz, or checks it if z is already known. Type agreement with the object map is
     * checked.
     */
    private boolean push(int z, int vz) {
        if (val[z] >= 0) {
            return val[z] == vz;
        }
        int a = objImage[cDom[z]];
        int b = objImage[cCod[z]];
        if (a >= 0 && a != dDom[vz] || b >= 0 && b != dCod[vz]) {
            return false;
        }
        if (injective && dUsedBy[vz] >= 0) {
            return false;
        }
        if (injective
                && (a < 0 && dObjUsedBy[dDom[vz]] >= 0
                        || b < 0 && cDom[z] != cCod[z] && dObjUsedBy[dCod[vz]] >= 0)) {
            return false;
        }
        if (a < 0) {
            objImage[cDom[z]] = dDom[vz];
            objTrail[objTrailSize++] = cDom[z];
            if (injective) {
                dObjUsedBy[dDom[vz]] = cDom[z];
            }
        }
        if (b < 0 && objImage[cCod[z]] < 0) {
            objImage[cCod[z]] = dCod[vz];
            objTrail[objTrailSize++] = cCod[z];
            if (injective) {
                dObjUsedBy[dCod[vz]] = cCod[z];
            }
        }
        if (injective) {
            dUsedBy[vz] = z;
        }
        val[z] = vz;
        trail[trailSize++] = z;
        sByCod[cCod[z]][sByCodCount[cCod[z]]++] = z;
        return true;
    }

    private void undo(int mark, int objMark, int genMark) {
        while (genTrailSize > genMark) {
            int g = genTrail[--genTrailSize];
            aGenByDomCount[cDom[g]]--;
        }
        while (trailSize > mark) {
            int z = trail[--trailSize];
            if (injective) {
                dUsedBy[val[z]] = -1;
            }
            val[z] = -1;
            sByCodCount[cCod[z]]--;
        }
        while (objTrailSize > objMark) {
            int x = objTrail[--objTrailSize];
            if (injective) {
                dObjUsedBy[objImage[x]] = -1;
            }
            objImage[x] = -1;
        }
    }

    /** The current solution as a functor (valid right after {@link #next()} returned true). */
    Functor current() {
        for (int m = 0; m < nc; m++) {
            if (val[m] < 0) {
                throw new IllegalStateException(
                        "morphism " + m + " not determined: generators incomplete");
            }
        }
        return new MapFunctor(c, d, objImage.clone(), val.clone());
    }
}
