package dev.cogs.category.yoneda;

import dev.cogs.category.FiniteCategory;
import dev.cogs.category.IntSeq;

/** Position of every morphism inside its hom-set (ascending morphism index); immutable. */
final class HomIndex {

    private final int[] position;

    private HomIndex(int[] position) {
        this.position = position;
    }

    static HomIndex of(FiniteCategory c) {
        int[] pos = new int[c.morphismCount()];
        for (int a = 0; a < c.objectCount(); a++) {
            for (int b = 0; b < c.objectCount(); b++) {
                IntSeq h = c.hom(a, b);
                for (int i = 0; i < h.size(); i++) {
                    pos[h.get(i)] = i;
                }
            }
        }
        return new HomIndex(pos);
    }

    int position(int morphism) {
        return position[morphism];
    }
}
