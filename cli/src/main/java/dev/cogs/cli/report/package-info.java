/**
 * The report behind {@code cogs reproduce} and {@code cogs analyze}: the run cache (one JSON record
 * and the checkpoint weights as {@code .npy} per {@code TrainingConfig.key()}), the orchestration
 * of training and analysis with clean interruption, console tables, PNG plots (XChart), an HTML
 * page, JSON and CSV.
 */
package dev.cogs.cli.report;
