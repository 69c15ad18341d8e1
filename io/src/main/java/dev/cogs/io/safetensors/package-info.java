/**
 * Reads and writes Hugging Face {@code .safetensors} files with full validation of the header and
 * of the data offsets; see {@link dev.cogs.io.safetensors.Safetensors}.
 */
package dev.cogs.io.safetensors;
