/**
 * Reads and writes NumPy {@code .npz} archives (stored or deflated ZIP of {@code .npy} entries);
 * see {@link dev.cogs.io.npz.Npz}.
 */
package dev.cogs.io.npz;
