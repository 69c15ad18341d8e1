package dev.cogs.cli.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The sweep engines on the class path: {@code local} and the plug-ins' ({@link SweepEngine}). */
public final class SweepEngines {

    private SweepEngines() {}

    /**
     * Every engine: {@code local} first, then the plug-ins in the order of their names.
     *
     * @return the engines
     */
    public static List<SweepEngine> all() {
        List<SweepEngine> list = new ArrayList<>();
        list.add(new LocalEngine());
        ServiceLoader.load(SweepEngine.class, SweepEngines.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(SweepEngine::name))
                .forEach(list::add);
        return list;
    }

    /**
     * The engine of a name.
     *
     * @param name e.g. {@code local} or {@code spark}
     * @return the engine, or empty if none of that name is on the class path
     */
    public static Optional<SweepEngine> find(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
