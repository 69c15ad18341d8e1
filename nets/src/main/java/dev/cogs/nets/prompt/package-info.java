/**
 * Prompts for the frozen two-layer quadratic net of the CoGS testbed, in plain double arithmetic
 * (docs/yoneda-nets.md §1.3, §2, §4): a prompt replaces the a-slot pre-activation \(U_a e_a\) by a
 * vector \(u \in \mathbb{R}^q\) while \(U_b\) and W stay frozen and the answer is the argmax over
 * all d classes.
 *
 * <p>{@link dev.cogs.nets.prompt.PromptedNet} evaluates a prompt (outputs, projected MSE, robust
 * accuracy) and certifies that a net is an ideal model of the pretext task; {@link
 * dev.cogs.nets.prompt.PromptTuner} fits prompts of the three nested classes of {@link
 * dev.cogs.nets.prompt.PromptClass} (one-hot, span, free) by exhaustive search or Adam, on all
 * inputs or on a few of them (the few-shot arm); {@link dev.cogs.nets.prompt.HeadFineTune} and
 * {@link dev.cogs.nets.prompt.FullFineTune} are the fine-tuning contrast arms of Theorem 2. Every
 * result is an immutable value; everything random is driven by an explicit seed.
 */
package dev.cogs.nets.prompt;
