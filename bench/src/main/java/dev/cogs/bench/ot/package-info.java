/**
 * Helpers of {@code cogs bench ot}: exact OT and Sinkhorn timed in cogs and in POT (the Python
 * peer).
 */
package dev.cogs.bench.ot;
