package io.github.inpaint4j.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.inpaint4j.testing.ClassRoots;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The gan module's public surface: what a user of the library calls — {@link GanInpainter},
 * {@link GanTraining} and its configuration, the types DJL users hand over and the model zoo's
 * entry points — and nothing else outside its {@code internal} packages; and no public signature
 * that names an {@code internal} type, so a user never needs one. (The module has no
 * {@code module-info}, see docs/djl.md#module-path; {@code ModuleBoundariesTest} checks that no other
 * module uses its {@code internal} packages.) A type added here is an API change for CHANGELOG.md.
 */
class PublicApiTest {

    /** Every public top-level type outside {@code internal}, by package. */
    static final Set<String> PUBLIC_TYPES = Set.of(
            "io.github.inpaint4j.gan.DjlImages",
            "io.github.inpaint4j.gan.GanInpainter",
            "io.github.inpaint4j.gan.GanTraining",
            "io.github.inpaint4j.gan.checkpoint.CheckpointException",
            "io.github.inpaint4j.gan.checkpoint.CheckpointMetadata",
            "io.github.inpaint4j.gan.checkpoint.CheckpointSource",
            "io.github.inpaint4j.gan.data.GuideSource", "io.github.inpaint4j.gan.data.MaskMix",
            "io.github.inpaint4j.gan.loss.DiscriminatorTarget",
            "io.github.inpaint4j.gan.loss.GeneratorLossForm",
            "io.github.inpaint4j.gan.model.Bottleneck",
            "io.github.inpaint4j.gan.model.DiscriminatorConfig",
            "io.github.inpaint4j.gan.model.GeneratorConfig",
            "io.github.inpaint4j.gan.model.ModelDescription",
            "io.github.inpaint4j.gan.train.Augmentation",
            "io.github.inpaint4j.gan.train.TrainingConfig",
            "io.github.inpaint4j.gan.train.TrainingListener",
            "io.github.inpaint4j.gan.train.TrainingMetrics",
            "io.github.inpaint4j.gan.train.ValidationScore",
            "io.github.inpaint4j.gan.translate.GanTranslatorFactory",
            "io.github.inpaint4j.gan.translate.InpaintingInput",
            "io.github.inpaint4j.gan.translate.MaskedImage",
            "io.github.inpaint4j.gan.zoo.GanModelZoo",
            "io.github.inpaint4j.gan.zoo.GanZooProvider");

    @Test
    void publicTypesAreTheLibrarysApiOnly() throws IOException {
        assertEquals(new TreeSet<>(PUBLIC_TYPES), new TreeSet<>(publicTypes(false)));
    }

    @Test
    void noPublicSignatureNamesAnInternalType() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (String name : publicTypes(true)) {
            leaks.addAll(internalTypesIn(load(name)));
        }
        assertEquals(List.of(), leaks);
        assertEquals(List.of("io.github.inpaint4j.gan.internal.CoarseToFine: io.github.inpaint4j.gan.internal.Canvas",
                "io.github.inpaint4j.gan.internal.CoarseToFine: io.github.inpaint4j.gan.internal.HoleWindows$Window"),
                internalTypesIn(io.github.inpaint4j.gan.internal.CoarseToFine.class).stream().distinct().sorted()
                        .toList(), "the check sees an internal signature");
    }

    /** The internal types that the public and protected signatures of {@code type} name, as "type: internal type". */
    private static List<String> internalTypesIn(Class<?> type) {
        List<Type> used = new ArrayList<>();
        used.add(type.getGenericSuperclass());
        used.addAll(List.of(type.getGenericInterfaces()));
        for (Field f : type.getDeclaredFields()) {
            if (visible(f)) {
                used.add(f.getGenericType());
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c)) {
                addSignature(c, used);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m) && !m.isSynthetic()) {
                used.add(m.getGenericReturnType());
                addSignature(m, used);
            }
        }
        List<String> leaks = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Type t : used) {
            collect(t, type.getName(), leaks, seen);
        }
        return leaks;
    }

    /** The public types of gan's classes outside {@code internal}: top-level ones, or nested ones too. */
    private static List<String> publicTypes(boolean nested) throws IOException {
        Path root = ClassRoots.of(GanInpainter.class);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace('\\', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains(".internal.") || name.endsWith("package-info") || (!nested && name.contains("$"))) {
                    continue;
                }
                Class<?> type = load(name);
                if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
                        && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name, e);
        }
    }

    private static boolean visible(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    private static void addSignature(Executable e, List<Type> used) {
        used.addAll(List.of(e.getGenericParameterTypes()));
        used.addAll(List.of(e.getGenericExceptionTypes()));
    }

    /** Each internal type {@code t} names (itself, its arguments, bounds and components), as "owner: type". */
    private static void collect(Type t, String owner, List<String> leaks, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        if (t instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.getName().contains(".internal.")) {
                leaks.add(owner + ": " + c.getName());
            }
        } else if (t instanceof ParameterizedType p) {
            collect(p.getRawType(), owner, leaks, seen);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, owner, leaks, seen);
            }
        } else if (t instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), owner, leaks, seen);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                collect(b, owner, leaks, seen);
            }
            for (Type b : w.getLowerBounds()) {
                collect(b, owner, leaks, seen);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                collect(b, owner, leaks, seen);
            }
        }
    }
}
