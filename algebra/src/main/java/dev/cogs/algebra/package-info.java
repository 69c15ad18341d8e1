/**
 * Generic algebraic structures as structure objects: semirings, rings, their standard instances,
 * homomorphisms and law checks.
 */
package dev.cogs.algebra;
