package io.github.inpaint4j;

import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.settings.SettingException;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every inpainting method on the class path, by name: the registry that the command line, the
 * server, the batch runner and user code share.
 *
 * <pre>{@code
 * try (Inpainter criminisi = Inpainters.create("criminisi", Map.of("patch", "13"))) {
 *     RgbImage repaired = criminisi.inpaint(picture, holes);
 * }
 * }</pre>
 *
 * <p>Methods come from {@link InpainterProvider}s found by {@link ServiceLoader} when the registry is
 * first used: {@code inpaint4j-texture} brings {@code telea}, {@code efros-leung}, {@code criminisi} and
 * {@code patchmatch}, {@code inpaint4j-gan} brings {@code gan}, and a user's own method joins by
 * adding a provider. Thread-safe.
 */
public final class Inpainters {

    private static final Logger LOG = LoggerFactory.getLogger(Inpainters.class);

    private Inpainters() {
    }

    /** The names of the registered methods, in alphabetical order. */
    public static List<String> names() {
        return List.copyOf(Registry.PROVIDERS.keySet());
    }

    /** The descriptions of every registered method, in the order of {@link #names()}. */
    public static List<MethodDescription> descriptions() {
        return Registry.PROVIDERS.values().stream().map(InpainterProvider::description).toList();
    }

    /**
     * What a method is and which options it takes (types, defaults, ranges).
     *
     * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
     */
    public static MethodDescription describe(String name) {
        return provider(name).description();
    }

    /**
     * A method with its default options.
     *
     * @see #create(String, Map)
     */
    public static Inpainter create(String name) throws IOException {
        return create(name, Map.of());
    }

    /**
     * A method with options given as text, as a user types them.
     *
     * @param name a registered method's name
     * @param options option name (without dashes, e.g. {@code search-radius}) → value; others take their defaults
     * @return a new inpainter; close it when done (it may hold native memory)
     * @throws IllegalArgumentException for an unknown method (the message lists the known ones) or an option the
     *     method does not have (the message lists those it has)
     * @throws io.github.inpaint4j.settings.SettingException for a bad value: its setting, the value and what is
     *     allowed, with the method as its {@linkplain io.github.inpaint4j.settings.SettingException#owner() owner}
     * @throws IOException if a file an option names cannot be read
     */
    public static Inpainter create(String name, Map<String, String> options) throws IOException {
        return create(name, options, ReadOptions.defaults());
    }

    /**
     * A method with options given as text, reading the pictures they name (a texture sample, a source mask) with
     * {@code reading}'s rules.
     *
     * @see #create(String, Map)
     */
    public static Inpainter create(String name, Map<String, String> options, ReadOptions reading) throws IOException {
        Objects.requireNonNull(options, "options");
        InpainterProvider provider = provider(name);
        OptionValues values = provider.description().parse(options, reading);
        try {
            return Objects.requireNonNull(provider.create(values), () -> provider + " returned no inpainter");
        } catch (SettingException e) {
            // the method's configuration refused a value: name the method, as for the registry's own checks
            throw e.owner().isPresent() ? e : e.ofOwner(name);
        }
    }

    private static InpainterProvider provider(String name) {
        InpainterProvider provider = Registry.PROVIDERS.get(Objects.requireNonNull(name, "name"));
        if (provider == null) {
            throw new IllegalArgumentException("unknown method '" + name + "' (known: "
                    + (Registry.PROVIDERS.isEmpty() ? "none: no inpaint4j method module is on the class path"
                            : String.join(", ", Registry.PROVIDERS.keySet())) + ")");
        }
        return provider;
    }

    /** The providers, loaded once, on first use. */
    private static final class Registry {
        static final Map<String, InpainterProvider> PROVIDERS = load();

        private static Map<String, InpainterProvider> load() {
            Map<String, InpainterProvider> byName = new TreeMap<>();
            for (ServiceLoader.Provider<InpainterProvider> found
                    : ServiceLoader.load(InpainterProvider.class, Inpainters.class.getClassLoader()).stream().toList()) {
                InpainterProvider provider;
                try {
                    provider = found.get();
                } catch (ServiceConfigurationError e) {
                    // one broken provider (a user's, say) must not take the others down with it
                    LOG.warn("skipping an inpainting method that cannot be loaded: {}", e.getMessage());
                    continue;
                }
                InpainterProvider twin = byName.putIfAbsent(provider.description().name(), provider);
                if (twin != null) {
                    throw new IllegalStateException("two providers register the method '" + provider.description().name()
                            + "': " + twin.getClass().getName() + " and " + provider.getClass().getName());
                }
            }
            LOG.debug("inpainting methods: {}", byName.keySet());
            return Collections.unmodifiableMap(byName);
        }
    }
}
