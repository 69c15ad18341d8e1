/**
 * Reads PyTorch {@code torch.save} files (ZIP format) through a restricted unpickler that accepts
 * only the types a state dict needs and never runs code from the file; see {@link
 * dev.cogs.io.torch.Torch}.
 */
package dev.cogs.io.torch;
