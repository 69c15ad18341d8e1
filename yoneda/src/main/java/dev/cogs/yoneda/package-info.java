/**
 * Yuan's prompt-tuning theorem (arXiv:2211.16327, numbering a reconstruction) tested on CoGS nets:
 * the bridge between the category module (labelled task presheaves, representability, the
 * ideal-model certificate) and the nets module (prompted nets, prompt fitting, the Fourier reach of
 * prompts), as specified in docs/yoneda-nets.md.
 *
 * <p>{@link dev.cogs.yoneda.YonedaExperiment#run(dev.cogs.yoneda.YonedaExperiment.Options)} runs
 * the experiment of docs/yoneda-nets.md §2 on the constructions and on any nets the caller passes,
 * and returns a {@link dev.cogs.yoneda.YonedaResult}: the category table, every arm's measurements
 * beside the predictions, and a pass/fail verdict with its numbers for each of P1–P7. The module
 * computes; presentation belongs to the command line.
 */
package dev.cogs.yoneda;
