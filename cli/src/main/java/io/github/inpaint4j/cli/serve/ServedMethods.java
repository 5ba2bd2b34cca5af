package io.github.inpaint4j.cli.serve;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.SettingType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The methods a server offers, taken from the registry ({@link Inpainters}), so that a new method
 * appears without touching the server. Two kinds:
 * <ul>
 *   <li>most methods (telea, criminisi, ...) are built for each fill from the request's options and
 *       closed after it;</li>
 *   <li>a method that holds a model (its description says it is {@linkplain MethodDescription#shared()
 *       shared}: the GAN) is <em>loaded</em> once, when the server starts, from the server's own
 *       options, and shared by every fill. It is offered only if it loads, and it takes no options
 *       from requests.</li>
 * </ul>
 * No request names a file on the server: options of type {@link SettingType#FILE} are not offered,
 * and neither is {@code threads}, which the server sets for every method that has it.
 * Thread-safe; closing closes the loaded methods.
 */
public final class ServedMethods implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServedMethods.class);

    private final Map<String, MethodDescription> perRequest;
    private final Map<String, Loaded> loaded;
    private final int threads;

    /** A method loaded at start: what a request sees of it, and the shared instance. */
    private record Loaded(MethodDescription offered, Inpainter inpainter) {
    }

    private ServedMethods(Map<String, MethodDescription> perRequest, Map<String, Loaded> loaded, int threads) {
        this.perRequest = perRequest;
        this.loaded = loaded;
        this.threads = threads;
    }

    /**
     * The registry's methods: those that hold a {@linkplain MethodDescription#shared() shared} model are
     * loaded now, with the options {@code sharedOptions} gives them (and {@code threads}); the others are
     * built for each fill. A shared method that was given no options and fails to load (a model that is
     * missing) is left out and logged.
     *
     * @param threads the thread count given to every method that has a {@code threads} option
     * @param sharedOptions shared method's name → its options as text (e.g. {@code gan} → {@code checkpoint} → a
     *     folder); names that are not registered are ignored
     * @throws IOException if a method given options fails to load
     * @throws IllegalArgumentException if such a method refuses an option (a {@link SettingException} names it)
     */
    public static ServedMethods fromRegistry(int threads, Map<String, Map<String, String>> sharedOptions)
            throws IOException {
        Map<String, MethodDescription> perRequest = new TreeMap<>();
        Map<String, Loaded> loaded = new TreeMap<>();
        try {
            for (MethodDescription method : Inpainters.descriptions()) {
                if (!method.shared()) {
                    perRequest.put(method.name(), method);
                    continue;
                }
                Map<String, String> given = sharedOptions.getOrDefault(method.name(), Map.of());
                Map<String, String> options = new LinkedHashMap<>(given);
                if (method.option(MethodDescription.THREADS).isPresent()) {
                    options.put(MethodDescription.THREADS, Integer.toString(threads));
                }
                try {
                    Inpainter inpainter = Inpainters.create(method.name(), options);
                    loaded.put(method.name(), new Loaded(shared(method), inpainter));
                    LOG.info("{} loaded, shared by every fill", method.name());
                } catch (IllegalArgumentException | IOException e) {
                    if (!given.isEmpty()) {
                        throw e;
                    }
                    LOG.info("{} is not offered: {}", method.name(), e.getMessage());
                }
            }
        } catch (IOException | RuntimeException e) {
            loaded.values().forEach(l -> l.inpainter().close());
            throw e;
        }
        return new ServedMethods(perRequest, loaded, threads);
    }

    /**
     * A copy that also offers {@code inpainter} under {@code description}'s name, loaded: shared by every
     * fill, with no options from requests, closed with the copy (for an inpainter of your own).
     *
     * @throws IllegalArgumentException if a method of that name is offered already
     */
    public ServedMethods withLoaded(MethodDescription description, Inpainter inpainter) {
        Objects.requireNonNull(inpainter, "inpainter");
        if (offers(description.name())) {
            throw new IllegalArgumentException("a method named " + description.name() + " is offered already");
        }
        Map<String, Loaded> more = new TreeMap<>(loaded);
        more.put(description.name(), new Loaded(shared(description), inpainter));
        return new ServedMethods(perRequest, more, threads);
    }

    private static MethodDescription shared(MethodDescription method) {
        return method.withOptions(List.of());
    }

    /** Whether a method of that name is offered. */
    boolean offers(String name) {
        return perRequest.containsKey(name) || loaded.containsKey(name);
    }

    /**
     * The methods offered, in alphabetical order, each with the options a request may set: its own
     * options less {@code threads} and file options (and any option named like a form field).
     */
    public List<MethodDescription> offered() {
        Map<String, MethodDescription> all = new TreeMap<>();
        perRequest.forEach((name, method) -> all.put(name, method.withOptions(
                method.options().stream().filter(ServedMethods::settable).toList())));
        loaded.forEach((name, l) -> all.put(name, l.offered()));
        return new ArrayList<>(all.values());
    }

    private static boolean settable(Setting<?> option) {
        return option.type() != SettingType.FILE && !option.name().equals(MethodDescription.THREADS)
                && !FillParameters.FORM_FIELDS.contains(option.name());
    }

    /**
     * An inpainter for one fill, its options checked.
     *
     * @param name the method
     * @param options the request's option values as text
     * @return the inpainter; closing it closes a per-fill inpainter and leaves a loaded one open
     * @throws HttpError 400 for an unknown method, an option it does not take from requests or a bad value
     */
    Inpainter forFill(String name, Map<String, String> options) {
        Loaded shared = loaded.get(name);
        if (shared != null) {
            if (!options.isEmpty()) {
                throw new HttpError(HttpError.BAD_REQUEST, "method " + name + " was loaded when the server started and"
                        + " takes no options from requests (got " + String.join(", ", options.keySet()) + ")");
            }
            Inpainter inpainter = shared.inpainter();
            return inpainter::inpaint; // close() does nothing: the server closes the loaded one
        }
        MethodDescription method = perRequest.get(name);
        if (method == null) {
            throw new HttpError(HttpError.BAD_REQUEST, "unknown method '" + name + "' (offered: "
                    + String.join(", ", offered().stream().map(MethodDescription::name).toList()) + ")");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> option : options.entrySet()) {
            Setting<?> known = method.option(option.getKey()).orElse(null);
            if (known == null || !settable(known)) {
                List<String> own = offered().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow()
                        .optionNames();
                throw new HttpError(HttpError.BAD_REQUEST, "method " + name + " has no option '" + option.getKey()
                        + "' that a request may set (" + (own.isEmpty() ? "it takes none" : "its options: "
                                + String.join(", ", own)) + ")");
            }
            values.put(option.getKey(), option.getValue());
        }
        if (method.option(MethodDescription.THREADS).isPresent()) {
            values.put(MethodDescription.THREADS, Integer.toString(threads));
        }
        try {
            return Inpainters.create(name, values);
        } catch (IllegalArgumentException e) {
            // a SettingException's message names the option as a form field: "option radius of telea must be ..."
            throw new HttpError(HttpError.BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            // no request sets a file option, but a method may read one of its own
            throw new IllegalStateException("method " + name + " could not be built", e);
        }
    }

    /** Closes the loaded methods. */
    @Override
    public void close() {
        loaded.values().forEach(l -> l.inpainter().close());
    }
}
