package dev.cogs.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published surface of the module: commons-math3 is an implementation detail of {@code algebra}
 * (its {@code FastMath} kernels behind {@link Complex}, Levenberg–Marquardt behind {@code
 * weights.StandaloneSearch}), so no public or protected signature may mention one of its types; and
 * every package has a {@code package-info.java}.
 */
class PublicApiTest {

    private static final String FORBIDDEN = "org.apache.commons.math3.";

    /**
     * Every class compiled from {@code src/main/java}, found next to {@link Complex}'s class file.
     */
    private static List<Class<?>> mainClasses()
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path root =
                Path.of(Complex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p :
                    (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
                out.add(
                        Class.forName(
                                name.substring(0, name.length() - ".class".length()),
                                false,
                                PublicApiTest.class.getClassLoader()));
            }
        }
        return out;
    }

    private static boolean exported(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Type t, List<String> out, String where) {
        if (t instanceof Class<?>) {
            Class<?> c = (Class<?>) t;
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.getName().startsWith(FORBIDDEN)) {
                out.add(where + " uses " + c.getName());
            }
        } else if (t instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) t;
            collect(p.getRawType(), out, where);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, out, where);
            }
        } else if (t instanceof GenericArrayType) {
            collect(((GenericArrayType) t).getGenericComponentType(), out, where);
        } else if (t instanceof WildcardType) {
            WildcardType w = (WildcardType) t;
            for (Type b : w.getUpperBounds()) {
                collect(b, out, where);
            }
            for (Type b : w.getLowerBounds()) {
                collect(b, out, where);
            }
        } else if (t instanceof TypeVariable<?>) {
            for (Type b : ((TypeVariable<?>) t).getBounds()) {
                collect(b, out, where);
            }
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void collect(Executable e, List<String> out, String where) {
        for (Type p : e.getGenericParameterTypes()) {
            collect(p, out, where);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            collect(x, out, where);
        }
        if (e instanceof Method) {
            collect(((Method) e).getGenericReturnType(), out, where);
        }
    }

    @Test
    void noPublicSignatureExposesCommonsMath() throws Exception {
        List<String> leaks = new ArrayList<>();
        List<Class<?>> classes = mainClasses();
        assertTrue(
                classes.contains(Complex.class) && classes.size() > 50,
                classes.size() + " classes found");
        for (Class<?> c : classes) {
            if (!exported(c)) {
                continue;
            }
            String n = c.getName();
            collect(c.getGenericSuperclass(), leaks, n + " (superclass)");
            for (Type i : c.getGenericInterfaces()) {
                collect(i, leaks, n + " (interface)");
            }
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (visible(k.getModifiers())) {
                    collect(k, leaks, n + ".<init>");
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    collect(m, leaks, n + "." + m.getName());
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    collect(f.getGenericType(), leaks, n + "." + f.getName());
                }
            }
            if (c.isRecord()) {
                for (RecordComponent r : c.getRecordComponents()) {
                    collect(r.getGenericType(), leaks, n + "." + r.getName());
                }
            }
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        // Surefire runs with the module directory as working directory.
        Path sources = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(sources), sources.toAbsolutePath().toString());
        List<String> missing = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(sources)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                boolean hasJava;
                try (Stream<Path> files = Files.list(d)) {
                    hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (hasJava && !Files.exists(d.resolve("package-info.java"))) {
                    missing.add(sources.relativize(d).toString());
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
