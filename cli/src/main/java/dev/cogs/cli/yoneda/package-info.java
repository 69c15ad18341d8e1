/** The report of {@code cogs yoneda} (docs/yoneda-nets.md). */
package dev.cogs.cli.yoneda;
