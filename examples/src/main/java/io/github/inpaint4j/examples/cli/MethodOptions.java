package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Threads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The methods of {@code fill} and {@code bench} with their own options, as one picocli mixin: each
 * method is a nested mixin named after it. Finds methods by name, rejects the options of methods
 * not chosen, builds the inpainters and releases them.
 */
final class MethodOptions {

    /** This mixin: its nested mixins are the methods. */
    @Spec
    private CommandSpec self;

    /** The command that uses this mixin, for its parse result and usage errors. */
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads (default: all cores; gan: PyTorch threads, default half the cores)")
    Integer threads;

    @Mixin(name = "telea")
    TeleaMethod telea;

    @Mixin(name = "efros-leung")
    EfrosLeungMethod efrosLeung;

    @Mixin(name = "criminisi")
    CriminisiMethod criminisi;

    @Mixin(name = "gan")
    GanMethod gan;

    /** The methods by name, in the order `inpaint methods` lists them. */
    Map<String, InpaintMethod> byName() {
        Map<String, InpaintMethod> all = new LinkedHashMap<>();
        for (InpaintMethod m : new InpaintMethod[] {telea, efrosLeung, criminisi, gan}) {
            all.put(m.name(), m);
        }
        return all;
    }

    /** The long names of a method's own options, in declaration order. */
    List<String> optionsOf(String name) {
        return self.mixins().get(name).options().stream().map(OptionSpec::longestName).toList();
    }

    /**
     * The methods named, in that order.
     *
     * @throws ParameterException for an unknown or repeated name, or an option given for a method not chosen
     */
    List<InpaintMethod> select(List<String> names) {
        Map<String, InpaintMethod> all = byName();
        List<InpaintMethod> selected = new ArrayList<>();
        for (String name : names) {
            InpaintMethod method = all.get(name);
            if (method == null) {
                throw new ParameterException(command.commandLine(), "unknown method '" + name + "' (known: "
                        + String.join(", ", all.keySet()) + ")");
            }
            if (selected.contains(method)) {
                throw new ParameterException(command.commandLine(), "method '" + name + "' is named twice");
            }
            selected.add(method);
        }
        for (Map.Entry<String, CommandSpec> mixin : self.mixins().entrySet()) {
            if (names.contains(mixin.getKey())) {
                continue;
            }
            for (OptionSpec option : mixin.getValue().options()) {
                if (command.commandLine().getParseResult().hasMatchedOption(option.longestName())) {
                    throw new ParameterException(command.commandLine(), "option " + option.longestName()
                            + " does not apply to method" + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
                            + ownOptions(names));
                }
            }
        }
        return selected;
    }

    private String ownOptions(List<String> names) {
        String options = names.stream().flatMap(n -> optionsOf(n).stream()).collect(Collectors.joining(", "));
        return options.isEmpty() ? "" : " (" + (names.size() == 1 ? "its" : "their") + " options: " + options + ")";
    }

    /**
     * Builds a method's inpainter with {@code --threads} and the seed given.
     *
     * @param seed the seed of the method's random choices, or {@code null} for its default
     * @throws ParameterException if the thread count is out of range or an option value is bad
     * @throws IOException if a file the method needs cannot be read
     */
    Inpainter create(InpaintMethod method, Long seed) throws IOException {
        try {
            if (threads != null) {
                Threads.require("--threads", threads);
            }
            return method.create(new CommonFillOptions(seed, threads));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
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
