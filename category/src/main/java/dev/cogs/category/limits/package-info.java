/**
 * Pointwise limits and colimits of presheaves and copresheaves (docs/category.md §2.11): products,
 * coproducts, terminal and initial objects, equalisers, coequalisers, pullbacks and pushouts in
 * \([C^{op}, \mathbf{FinSet}]\) and \([C, \mathbf{FinSet}]\), each returned with its structure maps
 * and a method for the universal map.
 */
package dev.cogs.category.limits;
