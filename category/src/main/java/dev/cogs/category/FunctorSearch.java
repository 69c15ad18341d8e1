package dev.cogs.category;

import java.util.Arrays;

/**
 * Backtracking enumeration of Fun(C, D) (spec §2.4). Mutable search state; not thread-safe; used only
 * through {@link Functors}.
 *
 * <p>Variables are the generators of C (plus isolated objects, which no generator touches). A generator's
 * candidates are the morphisms of D whose ends agree with the object images fixed so far; the variable with
 * the fewest candidates is chosen next (MRV). Assigning a value adds it to the set S of morphisms whose
 * image is known, and S is closed under composition at once: every new pair (x, y) with both images known
 * is composed on both sides, a composite already known is checked (F(g∘f) = F(g)∘F(f)), a new one is
 * propagated. When all generators are assigned, S is all of Mor C and every composable pair has been checked.
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
    /** Members of S by domain object and by codomain object (stack-like, with counts). */
    private final int[][] sByDom;
    private final int[] sByDomCount;
    private final int[][] sByCod;
    private final int[] sByCodCount;
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
    private int top = -1;
    private boolean started;
    private boolean exhausted;
    private final int varCount;
    private final boolean injective;
    /** For injective searches: the source morphism (object) holding each target morphism (object), or -1. */
    private final int[] dUsedBy;
    private final int[] dObjUsedBy;

    FunctorSearch(FiniteCategory c, FiniteCategory d) {
        this(c, d, false);
    }

    /**
     * A search; with {@code injective} only functors injective on objects and on morphisms are produced
     * (with equal sizes: isomorphisms of categories), pruned as soon as two values collide.
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
        cComp = Categories.table(c);
        dComp = Categories.table(d);
        cId = new int[kc];
        for (int x = 0; x < kc; x++) {
            cId[x] = c.identity(x);
        }
        dId = new int[kd];
        for (int x = 0; x < kd; x++) {
            dId[x] = d.identity(x);
        }
        dByDom = Axioms.byDomain(kd, nd, dDom);
        dByCod = Axioms.byDomain(kd, nd, dCod);
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
        sByDom = new int[kc][];
        sByCod = new int[kc][];
        int[] dc = new int[kc];
        int[] cc = new int[kc];
        for (int m = 0; m < nc; m++) {
            dc[cDom[m]]++;
            cc[cCod[m]]++;
        }
        for (int x = 0; x < kc; x++) {
            sByDom[x] = new int[dc[x]];
            sByCod[x] = new int[cc[x]];
        }
        sByDomCount = new int[kc];
        sByCodCount = new int[kc];
        trail = new int[nc];
        objTrail = new int[kc];
        assignedVar = new boolean[varCount];
        frameVar = new int[varCount];
        frameCands = new int[varCount][];
        framePos = new int[varCount];
        frameMark = new int[varCount];
        frameObjMark = new int[varCount];
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
            undo(frameMark[top], frameObjMark[top]);
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

    /** Pushes a frame for the unassigned variable with fewest candidates; false if all are assigned. */
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
        return add(g, v);
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

    /** Adds m ↦ v to S and closes S under composition, checking every new composable pair. */
    private boolean add(int m, int v) {
        if (val[m] >= 0) {
            return val[m] == v;
        }
        int start = trailSize;
        if (!push(m, v)) {
            return false;
        }
        for (int i = start; i < trailSize; i++) {
            int x = trail[i];
            int vx = val[x];
            // x ∘ y for y in S with cod y = dom x
            int dx = cDom[x];
            for (int j = 0; j < sByCodCount[dx]; j++) {
                int y = sByCod[dx][j];
                int z = cComp[x * nc + y];
                int vz = dComp[vx * nd + val[y]];
                if (vz < 0 || !push(z, vz)) {
                    return false;
                }
            }
            // y ∘ x for y in S with dom y = cod x
            int cx = cCod[x];
            for (int j = 0; j < sByDomCount[cx]; j++) {
                int y = sByDom[cx][j];
                int z = cComp[y * nc + x];
                int vz = dComp[val[y] * nd + vx];
                if (vz < 0 || !push(z, vz)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Records z ↦ vz, or checks it if z is already known. Type agreement with the object map is checked. */
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
        if (injective && (a < 0 && dObjUsedBy[dDom[vz]] >= 0
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
        sByDom[cDom[z]][sByDomCount[cDom[z]]++] = z;
        sByCod[cCod[z]][sByCodCount[cCod[z]]++] = z;
        return true;
    }

    private void undo(int mark, int objMark) {
        while (trailSize > mark) {
            int z = trail[--trailSize];
            if (injective) {
                dUsedBy[val[z]] = -1;
            }
            val[z] = -1;
            sByDomCount[cDom[z]]--;
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
                throw new IllegalStateException("morphism " + m + " not determined: generators incomplete");
            }
        }
        return new MapFunctor(c, d, objImage.clone(), val.clone());
    }
}
