/**
 * Weight files in and out: the values shared by the format packages ({@link dev.cogs.io.Tensor},
 * {@link dev.cogs.io.TensorFile}, {@link dev.cogs.io.DType}) and the mapping of file tensors to the
 * weights of a two-layer quadratic net ({@link dev.cogs.io.WeightKeys}, which returns the algebra's
 * {@code RealWeights}).
 *
 * <p>The readers live in {@code dev.cogs.io.torch} (PyTorch {@code torch.save}), {@code
 * dev.cogs.io.safetensors} and {@code dev.cogs.io.npz} ({@code .npy} entries parsed by {@code
 * dev.cogs.io.npy.Npy}); {@code dev.cogs.io.weights} reads a net from any of them and lists the
 * checkpoints of a run. They are all-or-nothing: a file is parsed and validated completely before
 * anything is returned, and every refusal is one {@link java.lang.IllegalArgumentException} line of
 * the form {@code cogs: <file>: tensor <name>: <problem>}. Sizes are checked against the bytes
 * actually present, so a corrupt or hostile file cannot make a reader allocate much more than the
 * file's own size (deflated ZIP entries: at most deflate's maximum ratio of about 1032:1).
 */
package dev.cogs.io;
