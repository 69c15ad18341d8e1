/**
 * The bridge from the algebra module to categories (docs/category.md §3): finite monoids and groups
 * (finite groups as values convert to and from one-object groupoids in {@link
 * dev.cogs.category.bridge.GroupBridge}) and the multiplicative monoid of a finite semiring as
 * one-object categories, monoid homomorphisms as functors, {@link
 * dev.cogs.category.bridge.OneObjectView} for infinite monoids such as the CoGS weight semiring,
 * hom-count matrices over the naturals, and categories enriched in idempotent semirings.
 */
package dev.cogs.category.bridge;
