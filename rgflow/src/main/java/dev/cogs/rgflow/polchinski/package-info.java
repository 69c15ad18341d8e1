/**
 * The lattice Polchinski flow as an optimal-transport gradient flow, end to end (Cotler–Rezchikov,
 * arXiv:2202.11737; docs/rgflow.md §3–§5): the JKO solver of the flow on samples ({@link
 * dev.cogs.rgflow.polchinski.PolchinskiJko}) and its infinite-sample Gaussian limit, and the study
 * behind {@code cogs rgflow} ({@link dev.cogs.rgflow.polchinski.PolchinskiStudy}: options and
 * result as records).
 *
 * <p>Layering: the top package of the module; it combines {@code lattice} (the physics), {@code
 * flow} (generic JKO steps) and {@code ot}, and nothing in the module depends on it.
 */
package dev.cogs.rgflow.polchinski;
