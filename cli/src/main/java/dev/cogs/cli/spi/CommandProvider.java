package dev.cogs.cli.spi;

import java.util.List;

/**
 * A plug-in that adds top-level subcommands to the {@code cogs} command line.
 *
 * <p>{@code cogs}' entry point ({@link dev.cogs.cli.Main}) finds the providers on the class path
 * with {@link java.util.ServiceLoader}: a module that contributes commands (such as {@code
 * cogs-bench}, which adds {@code cogs bench}) lists its implementation class in {@code
 * META-INF/services/dev.cogs.cli.spi.CommandProvider}. The implementation must be a public class
 * with a public no-argument constructor. Without such a module on the class path, {@code cogs}
 * simply lacks its commands; the core commands never depend on a plug-in, so dependencies flow from
 * the plug-in to {@code cli} only.
 *
 * <p>Command names must not clash with the built-in commands or with another provider's: picocli
 * rejects a duplicate name when the command line is built.
 */
public interface CommandProvider {

    /**
     * The subcommands to add, each in a form that picocli's {@code
     * CommandLine.addSubcommand(Object)} accepts: normally a fresh instance of a class annotated
     * with {@code @picocli.CommandLine.Command} (with a {@code name}), or a {@code
     * picocli.CommandLine} built around one.
     *
     * <p>Called once per command line that {@code cogs} builds; return new objects on each call,
     * since picocli injects the parsed options into them.
     *
     * @return the subcommands, in the order they are listed in the help (empty if none)
     */
    List<Object> commands();
}
