package dev.cogs.cli.report;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;

/**
 * Routes SIGINT (Ctrl-C) and SIGTERM to a callback instead of JVM shutdown, via the JDK's {@code
 * sun.misc.Signal} (module jdk.unsupported). The class is reached reflectively, so the build
 * compiles without javac's "internal proprietary API" warning (which no annotation suppresses, and
 * which the {@code -Werror} gate would refuse). Where that is unavailable, or the signal is ignored
 * by the parent (e.g. {@code nohup}), nothing is installed and the JVM's default behaviour
 * (shutdown hooks) applies.
 */
public final class StopSignals {

    private StopSignals() {}

    /**
     * Installs the callback for INT and TERM.
     *
     * @param onSignal runs on the JVM's signal thread for every signal
     * @return how many of the two signals were routed
     */
    public static int install(Runnable onSignal) {
        Objects.requireNonNull(onSignal, "onSignal");
        Class<?> signal;
        Class<?> handler;
        Method handle;
        try {
            signal = Class.forName("sun.misc.Signal");
            handler = Class.forName("sun.misc.SignalHandler");
            handle = signal.getMethod("handle", signal, handler);
        } catch (ReflectiveOperationException | LinkageError e) {
            return 0; // Keep the default: shutdown hooks.
        }
        InvocationHandler relay =
                (proxy, method, args) -> {
                    if (method.getName().equals("handle")) {
                        onSignal.run();
                        return null;
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    return "StopSignals relay";
                };
        Object relayHandler =
                Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler}, relay);
        int n = 0;
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                handle.invoke(
                        null, signal.getConstructor(String.class).newInstance(name), relayHandler);
                n++;
            } catch (InvocationTargetException e) {
                // IllegalArgumentException: the signal is reserved or ignored by the parent; keep
                // the default.
            } catch (ReflectiveOperationException | LinkageError e) {
                // Keep the default: shutdown hooks.
            }
        }
        return n;
    }
}
