/**
 * The weights of a two-layer quadratic net in any supported file format, and whole training runs as
 * folders of checkpoints.
 *
 * <p>{@link dev.cogs.io.weights.WeightFiles} reads one net from a folder of {@code Ua.npy}, {@code
 * Ub.npy}, {@code W.npy} or from one PyTorch ({@code .pt}, {@code .pth}), {@code .safetensors} or
 * {@code .npz} file, with the tensor names of {@link dev.cogs.io.WeightKeys}, and writes nets back
 * as {@code .safetensors} or {@code .npz} under the luckmatters names, so that {@code
 * model.load_state_dict} accepts them. {@link dev.cogs.io.weights.Checkpoints} lists a run folder
 * ({@code model00100.pt}, {@code model00200.pt}, ...) with the epoch of each file, and {@link
 * dev.cogs.io.weights.LoggedEvaluation} reads the losses a trainer logged into a checkpoint.
 *
 * <p>Errors follow the module's convention: one {@link java.lang.IllegalArgumentException} line
 * naming the file (and the tensor), {@link java.io.UncheckedIOException} when a file cannot be read
 * or written.
 */
package dev.cogs.io.weights;
