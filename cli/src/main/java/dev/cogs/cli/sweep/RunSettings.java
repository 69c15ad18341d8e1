package dev.cogs.cli.sweep;

import dev.cogs.nets.run.TrainingConfig;
import java.io.Serializable;
import java.util.Objects;

/**
 * The settings of one sweep run over Z_d in a serialisable form, as an engine ships them to a
 * worker (a {@link TrainingConfig} holds a group object and is not serialisable). Immutable.
 *
 * <p>Serialised with Java serialisation only between the processes of one sweep (driver and
 * workers), never stored.
 *
 * @serial exclude
 * @param d group order
 * @param q hidden width
 * @param weightDecay weight decay
 * @param learningRate learning rate
 * @param beta1 Adam β₁
 * @param beta2 Adam β₂
 * @param epsilon Adam ε
 * @param epochs steps
 * @param seed seed
 * @param testFraction held-out fraction
 * @param evalEvery evaluation period
 * @param evalAllBelow epochs below this are all evaluated
 * @param checkpointEpoch analysed epoch
 */
public record RunSettings(
        int d,
        int q,
        double weightDecay,
        double learningRate,
        double beta1,
        double beta2,
        double epsilon,
        int epochs,
        long seed,
        double testFraction,
        int evalEvery,
        int evalAllBelow,
        int checkpointEpoch)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The settings of a configuration over Z_d.
     *
     * @param c the configuration
     * @return its settings
     * @throws IllegalArgumentException if the task is not modular addition
     */
    public static RunSettings of(TrainingConfig c) {
        Objects.requireNonNull(c, "c");
        if (!c.cyclic()) {
            throw new IllegalArgumentException(
                    "sweeps train on Z_d only, not on " + c.group().name());
        }
        return new RunSettings(
                c.d(),
                c.q(),
                c.weightDecay(),
                c.learningRate(),
                c.beta1(),
                c.beta2(),
                c.epsilon(),
                c.epochs(),
                c.seed(),
                c.testFraction(),
                c.evalEvery(),
                c.evalAllBelow(),
                c.checkpointEpoch());
    }

    /**
     * The configuration back ({@code of(c).config().equals(c)} for every c over Z_d).
     *
     * @return the configuration
     * @throws IllegalArgumentException if a value is invalid
     */
    public TrainingConfig config() {
        return new TrainingConfig(
                d,
                q,
                weightDecay,
                learningRate,
                beta1,
                beta2,
                epsilon,
                epochs,
                seed,
                testFraction,
                evalEvery,
                evalAllBelow,
                checkpointEpoch);
    }
}
