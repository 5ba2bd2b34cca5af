package io.github.inpaint4j.cli;

import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.cli.serve.InpaintServer;
import io.github.inpaint4j.cli.serve.ServeConfig;
import io.github.inpaint4j.cli.serve.ServedMethods;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import java.io.IOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint serve}: starts the web page and HTTP API ({@link InpaintServer}), prints the address to
 * open, and serves until stopped (Ctrl-C, or an interrupt of the calling thread). Its options are the
 * settings of {@link ServeConfig}, and those of the methods that hold a shared model (the GAN's
 * {@code --checkpoint}), which the server loads once.
 */
@Command(name = "serve", sortOptions = false, usageHelpAutoWidth = true, modelTransformer = ServeCommand.Options.class,
        description = {"Serve a web page to remove objects from photos with a brush, and its HTTP API"
                + " (docs/http-api.md).", "Listens on 127.0.0.1 only, unless told otherwise with --bind."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Adds the options: the server's settings, then the shared methods' own (less their threads). */
    static final class Options implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            SettingOptions.addAll(command, ServeConfig.SETTINGS);
            Map<String, List<String>> methodsOf = new LinkedHashMap<>();
            Map<String, Setting<?>> first = new LinkedHashMap<>();
            for (MethodDescription method : sharedMethods()) {
                for (Setting<?> option : loadOptions(method)) {
                    methodsOf.computeIfAbsent(option.name(), k -> new ArrayList<>()).add(method.name());
                    first.putIfAbsent(option.name(), option);
                }
            }
            first.forEach((name, option) -> command.addOption(SettingOptions.option(option, option.help()
                    + "; loaded once and shared by every fill (" + String.join(", ", methodsOf.get(name)) + ")")));
            return command;
        }
    }

    /** The methods that hold a model, loaded when the server starts. */
    private static List<MethodDescription> sharedMethods() {
        return Inpainters.descriptions().stream().filter(MethodDescription::shared).toList();
    }

    /** A shared method's options that {@code inpaint serve} takes: all but its threads, which the server sets. */
    private static List<Setting<?>> loadOptions(MethodDescription method) {
        return method.options().stream().filter(o -> !o.name().equals(MethodDescription.THREADS)).toList();
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServeConfig config;
        try {
            config = ServeConfig.of(SettingOptions.given(spec, ServeConfig.SETTINGS));
        } catch (SettingException e) {
            throw SettingOptions.usage(spec, e);
        }
        Map<String, Map<String, String>> shared = new LinkedHashMap<>();
        for (MethodDescription method : sharedMethods()) {
            shared.put(method.name(), SettingOptions.texts(spec, loadOptions(method)));
        }
        ServedMethods methods;
        try {
            methods = ServedMethods.fromRegistry(config.threads(), shared);
        } catch (SettingException e) {
            throw SettingOptions.usage(spec, e);
        }
        InpaintServer server;
        try {
            server = InpaintServer.start(config, methods);
        } catch (BindException e) {
            throw new IOException("cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage()
                    + " (pick another port with --port, or 0 for any free one)", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "inpaint-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        spec.commandLine().getOut().printf("inpaint serve: open %s in a browser (methods: %s; Ctrl-C stops it)%n",
                server.uri(), methods.offered().stream().map(MethodDescription::name).collect(Collectors.joining(", ")));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
        }
        return 0;
    }
}
