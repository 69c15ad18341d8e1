package dev.cogs.cli.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cogs.algebra.group.FiniteGroup;
import dev.cogs.algebra.group.FiniteGroups;
import dev.cogs.cli.groups.GroupOptions;
import dev.cogs.cli.report.GroupJson;
import dev.cogs.nets.run.TrainingConfig;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The settings of one sweep run in a serialisable form, as an engine ships them to a worker (a
 * {@link TrainingConfig} holds a group object and is not serialisable). Immutable.
 *
 * <p>The group is its name when {@link FiniteGroups#parse(String)} rebuilds it exactly ({@code
 * Z23}, {@code S4}, {@code Z5xZ5}), and otherwise (a {@code --group-table}) also its table as JSON
 * (the {@code GroupJson} form); {@link #config()} rebuilds the configuration, equal to the original
 * and with the same key.
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
 * @param group the group's name
 * @param groupTable the group as JSON with its table if its name does not rebuild it, else empty
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
        int checkpointEpoch,
        String group,
        String groupTable)
        implements Serializable {

    private static final long serialVersionUID = 2L;

    private static final ObjectMapper GROUPS =
            JsonMapper.builder().addModule(GroupJson.module()).build();

    /**
     * Checks the group fields.
     *
     * @param d see the record description
     * @param q see the record description
     * @param weightDecay see the record description
     * @param learningRate see the record description
     * @param beta1 see the record description
     * @param beta2 see the record description
     * @param epsilon see the record description
     * @param epochs see the record description
     * @param seed see the record description
     * @param testFraction see the record description
     * @param evalEvery see the record description
     * @param evalAllBelow see the record description
     * @param checkpointEpoch see the record description
     * @param group see the record description
     * @param groupTable see the record description; null is empty
     */
    public RunSettings {
        Objects.requireNonNull(group, "group");
        groupTable = groupTable == null ? "" : groupTable;
    }

    /**
     * The settings of a configuration.
     *
     * @param c the configuration
     * @return its settings
     */
    public static RunSettings of(TrainingConfig c) {
        Objects.requireNonNull(c, "c");
        FiniteGroup g = c.group();
        String table = "";
        if (!named(g)) {
            try {
                table = GROUPS.writeValueAsString(g);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
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
                c.checkpointEpoch(),
                g.name(),
                table);
    }

    private static boolean named(FiniteGroup g) {
        try {
            return FiniteGroups.parse(g.name()).equals(g);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * A short name of the task for progress lines: {@code d=23} over Z_d (d odd), else the group's
     * name.
     *
     * @return e.g. {@code d=23} or {@code S4}
     */
    public String task() {
        return groupTable.isEmpty() && d % 2 == 1 && group.equals("Z" + d) ? "d=" + d : group;
    }

    /**
     * The group of the run.
     *
     * @return the group, rebuilt from its name or its table
     * @throws IllegalArgumentException if the name or the table is not a group
     */
    public FiniteGroup groupValue() {
        return groupTable.isEmpty()
                ? GroupOptions.named("group", group)
                : GroupOptions.table("group " + group, groupTable);
    }

    /**
     * The configuration back ({@code of(c).config().equals(c)} for every c).
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
                checkpointEpoch,
                groupValue());
    }
}
