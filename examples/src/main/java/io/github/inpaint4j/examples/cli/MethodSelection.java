package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.Inpainter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What {@code fill} and {@code bench} share about methods: each command declares the methods as
 * picocli mixins named after them; this class finds methods by name, rejects the options of
 * methods not chosen, builds the inpainters and releases them.
 */
final class MethodSelection {

    private MethodSelection() {
    }

    /** The methods by name, in the order given (the order `inpaint methods` lists them). */
    static Map<String, InpaintMethod> byName(InpaintMethod... methods) {
        Map<String, InpaintMethod> all = new LinkedHashMap<>();
        for (InpaintMethod m : methods) {
            all.put(m.name(), m);
        }
        return all;
    }

    /**
     * The methods named, in that order.
     *
     * @throws ParameterException for an unknown or repeated name, or an option given for a method not chosen
     */
    static List<InpaintMethod> select(CommandSpec spec, Map<String, InpaintMethod> all, List<String> names) {
        List<InpaintMethod> selected = new ArrayList<>();
        for (String name : names) {
            InpaintMethod method = all.get(name);
            if (method == null) {
                throw new ParameterException(spec.commandLine(), "unknown method '" + name + "' (known: "
                        + String.join(", ", all.keySet()) + ")");
            }
            if (selected.contains(method)) {
                throw new ParameterException(spec.commandLine(), "method '" + name + "' is named twice");
            }
            selected.add(method);
        }
        for (Map.Entry<String, CommandSpec> mixin : spec.mixins().entrySet()) {
            if (names.contains(mixin.getKey()) || !all.containsKey(mixin.getKey())) {
                continue;
            }
            for (OptionSpec option : mixin.getValue().options()) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), "option " + option.longestName()
                            + " does not apply to method" + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
                            + optionsOf(spec, names));
                }
            }
        }
        return selected;
    }

    private static String optionsOf(CommandSpec spec, List<String> names) {
        String options = names.stream().flatMap(n -> spec.mixins().get(n).options().stream())
                .map(OptionSpec::longestName).collect(Collectors.joining(", "));
        return options.isEmpty() ? "" : " (" + (names.size() == 1 ? "its" : "their") + " options: " + options + ")";
    }

    /**
     * Builds a method's inpainter.
     *
     * @throws ParameterException if a thread count is below 1 or an option value is bad
     * @throws IOException if a file the method needs cannot be read
     */
    static Inpainter create(CommandSpec spec, InpaintMethod method, CommonFillOptions common) throws IOException {
        if (common.threads() != null && common.threads() < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + common.threads());
        }
        try {
            return method.create(common);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** Releases an inpainter that holds native memory (the GAN's model); others need nothing. */
    static void release(Inpainter inpainter) throws IOException {
        if (inpainter instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("cannot release " + inpainter + ": " + e.getMessage(), e);
            }
        }
    }
}
