/**
 * Test support: QuickTheories generators of small finite categories built from construction recipes.
 */
package dev.cogs.category.testing;
