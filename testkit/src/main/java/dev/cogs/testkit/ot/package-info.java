/**
 * Point clouds and discrete measures for optimal-transport tests ({@link
 * dev.cogs.testkit.ot.PointClouds}) and the contract every {@code
 * dev.cogs.rgflow.ot.TransportSolver} must meet ({@link
 * dev.cogs.testkit.ot.TransportSolverContract}).
 */
package dev.cogs.testkit.ot;
