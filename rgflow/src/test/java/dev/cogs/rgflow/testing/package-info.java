/**
 * Test support shared by the rgflow tests: tolerance assertions with messages that name the
 * compared value.
 */
package dev.cogs.rgflow.testing;
