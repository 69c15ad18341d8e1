/**
 * The machine and build a benchmark ran on (cores, CPU, Java, load, commit), recorded in every
 * {@code cogs bench … --json} report so that numbers can be tracked and compared.
 */
package dev.cogs.bench.env;
