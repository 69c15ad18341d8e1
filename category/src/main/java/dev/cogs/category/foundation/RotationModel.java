package dev.cogs.category.foundation;

/**
 * The two finite readings of the rotation pretext task of Corollary 1 (docs/category.md §1.6).
 * Which one the paper means is to be checked in the PDF; {@link #ACTION_GROUPOID} is the default.
 */
public enum RotationModel {
    /**
     * (R1) Images related by rotations: the action groupoid of \(\mathbb{Z}_4\) on the images,
     * \(Hom(X, Y) = \{g : g \cdot X = Y\}\).
     */
    ACTION_GROUPOID,
    /**
     * (R2) One object per image with the four rotations as formal endomorphisms: \(C =
     * \coprod_{\text{images}} B\mathbb{Z}_4\).
     */
    ONE_OBJECT_PER_IMAGE
}
