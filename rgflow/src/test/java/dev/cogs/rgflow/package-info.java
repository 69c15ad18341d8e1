/** Module-wide tests of rgflow: the package layering ({@code ArchitectureTest}). */
package dev.cogs.rgflow;
