package dev.cogs.io.weights;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One checkpoint file of a training run and the epoch it was saved at.
 *
 * <p>Immutable.
 *
 * @param epoch the epoch read from the file name (the number of optimiser steps applied, in the
 *     luckmatters and cogs conventions)
 * @param path the file
 */
public record Checkpoint(int epoch, Path path) {

    /**
     * Validates the record.
     *
     * @param epoch the epoch read from the file name
     * @param path the file
     * @throws IllegalArgumentException if the epoch is negative
     */
    public Checkpoint {
        Objects.requireNonNull(path, "path");
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch (" + epoch + ") must be >= 0");
        }
    }
}
