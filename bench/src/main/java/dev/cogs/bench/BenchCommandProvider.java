package dev.cogs.bench;

import dev.cogs.cli.spi.CommandProvider;
import java.util.List;

/**
 * Adds {@code cogs bench} to the {@code cogs} command line; registered in {@code
 * META-INF/services/dev.cogs.cli.spi.CommandProvider}.
 */
public final class BenchCommandProvider implements CommandProvider {

    /** Called by {@link java.util.ServiceLoader}. */
    public BenchCommandProvider() {}

    @Override
    public List<Object> commands() {
        return List.of(new BenchCommand());
    }
}
