package io.github.inpaint4j.cli;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.CanvasExtension;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.batch.BatchConfig;
import io.github.inpaint4j.batch.BatchListener;
import io.github.inpaint4j.batch.BatchReport;
import io.github.inpaint4j.batch.BatchResult;
import io.github.inpaint4j.batch.BatchStatus;
import io.github.inpaint4j.batch.BatchThreads;
import io.github.inpaint4j.batch.InpaintBatch;
import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.io.ReadOptions;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint batch}: fills every picture of a folder with one method ({@link InpaintBatch}).
 * Pictures run in parallel, sized by {@link BatchThreads}; Ctrl-C stops after the pictures in
 * flight; a rerun skips the pictures already done. Exit code 0 only when every picture is done or
 * was done before.
 */
@Command(name = "batch", sortOptions = false, usageHelpAutoWidth = true, modelTransformer = BatchCommand.Options.class,
        description = {"Fill the holes of every picture in a folder and its sub-folders. The mask of a.png is a.png"
                + " or a_mask.png (any picture format) in the mask folder, or one mask file serves every picture;"
                + " the output is a.png in the same sub-folder of the output folder, at the picture's depth (8 or 16"
                + " bits) with its metadata unless --depth or --strip-metadata say otherwise.",
            "A picture whose output exists is skipped (use --force to redo it), so an interrupted batch goes on where"
                + " it stopped; Ctrl-C stops after the pictures in flight."})
final class BatchCommand implements Callable<Integer> {

    /** The failed pictures named on stderr at the end; the report lists them all. */
    static final int FAILURES_SHOWN = 10;

    /** The {@code report} option. */
    static final Setting<Path> REPORT = Setting.file("report").help("write a CSV with a row per picture (picture,"
            + " mask, status, seconds, message); replaced at each run");

    /** The batch's own settings: {@link BatchConfig#SETTINGS}, the mask rule and the report. */
    static final Settings SETTINGS = BatchConfig.SETTINGS.plus(MaskRule.SETTING, REPORT);

    @Spec
    private CommandSpec spec;

    /** The batch's settings (the folders required, the masks unless the canvas is extended), then the methods' options. */
    static final class Options implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            for (Setting<?> setting : SETTINGS) {
                boolean required = List.of(BatchConfig.IMAGES, BatchConfig.OUTPUT).contains(setting);
                command.addOption(SettingOptions.option(setting).toBuilder().required(required).build());
            }
            return new MethodOptions().transform(CanvasOptions.add(command));
        }
    }

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "patchmatch",
            description = "the method (see `inpaint methods`): patchmatch (the default: guided PatchMatch, the best on"
                    + " object removal), telea, efros-leung, criminisi, gan, ...")
    String method;

    @Mixin
    SeedOption seed;

    @Mixin
    ForceOption force;

    @Mixin
    ProgressOption progress;

    @Mixin
    PictureReadOptions reading;

    @Override
    public Integer call() throws IOException {
        MethodDescription selected = MethodOptions.select(spec, List.of(method)).get(0);
        SettingValues given = SettingOptions.given(spec, SETTINGS);
        Path images = given.get(BatchConfig.IMAGES);
        Path report = given.find(REPORT).orElse(null);
        boolean hasThreads = selected.option(MethodDescription.THREADS).isPresent();
        BatchThreads split;
        try {
            split = BatchThreads.split(given.find(BatchConfig.JOBS).orElse(null), hasThreads ? givenThreads() : null,
                    Threads.available());
        } catch (SettingException e) {
            throw SettingOptions.usage(spec, e);
        }
        ReadOptions read = reading.readOptions();
        CanvasExtension extension = CanvasOptions.given(spec);
        Path masks = given.find(BatchConfig.MASKS).orElse(null);
        if (masks == null && extension.isNone()) {
            throw new ParameterException(spec.commandLine(), "missing --masks (the folder of masks, or one mask file),"
                    + " unless the canvas is extended with --left, --right, --top or --bottom");
        }
        BatchConfig config;
        try {
            config = new BatchConfig(images, masks, given.get(BatchConfig.OUTPUT), given.get(MaskRule.SETTING), force.on,
                    split.jobs(), read, given.get(Mask.DILATE), extension, WriteOptions.of(given));
        } catch (SettingException e) { // a depth that the PNG outputs do not hold
            throw SettingOptions.usage(spec, e);
        }
        InpaintBatch.plan(config); // unusable folders fail here, before a model is loaded
        Map<String, String> threads = hasThreads ? Map.of(MethodDescription.THREADS, Integer.toString(split.threads()))
                : Map.of();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CancellationToken stop = CancellationToken.create();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = stopOnInterrupt(stop, finished, err);
        try {
            BatchReport result;
            try (Inpainter inpainter = MethodOptions.create(spec, selected, seed.value, read, threads)) {
                int threadsEach = hasThreads ? split.threads() : 1;
                out.printf("inpaint batch: %s, %d job%s × %d thread%s%n", selected.name(), split.jobs(),
                        split.jobs() == 1 ? "" : "s", threadsEach, threadsEach == 1 ? "" : "s");
                try (ProgressBar bar = progress.open(spec, "batch")) {
                    result = InpaintBatch.run(config, inpainter, listener(bar), stop);
                }
            }
            if (report != null) {
                result.writeCsv(report);
            }
            showFailures(err, result);
            if (result.results().isEmpty()) {
                err.println("inpaint: warning: no pictures in " + images);
            }
            out.println(result.summary() + (report == null ? "" : "; report: " + report));
            out.flush();
            return result.succeeded() ? 0 : InpaintCommand.FAILURE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C came: the hook is running and waits for the latch
            }
            finished.countDown();
        }
    }

    /**
     * Turns Ctrl-C into a stop after the pictures in flight. On Ctrl-C the JVM runs its shutdown
     * hooks, then halts: this one cancels {@code stop} and holds the halt until {@code finished},
     * so that the pictures in flight are written and the report and summary are out.
     */
    private static Thread stopOnInterrupt(CancellationToken stop, CountDownLatch finished, PrintWriter err) {
        Thread hook = new Thread(() -> {
            stop.cancel();
            err.println();
            err.println("inpaint: stopping after the pictures in flight ...");
            err.flush();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "inpaint-batch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static BatchListener listener(ProgressBar bar) {
        if (bar == null) {
            return BatchListener.NONE;
        }
        int[] worked = {0};
        return (result, finished, total) -> {
            if (result.status() == BatchStatus.DONE || result.status() == BatchStatus.FAILED && result.seconds() > 0) {
                worked[0]++;
            }
            bar.onCount("pictures", finished, total, worked[0]);
        };
    }

    private static void showFailures(PrintWriter err, BatchReport result) {
        List<BatchResult> failed = result.results().stream().filter(r -> r.status() == BatchStatus.FAILED).toList();
        for (BatchResult r : failed.subList(0, Math.min(FAILURES_SHOWN, failed.size()))) {
            err.println("inpaint: failed: " + r.picture() + ": " + r.message());
        }
        if (failed.size() > FAILURES_SHOWN) {
            err.println("inpaint: ... and " + (failed.size() - FAILURES_SHOWN) + " more failed pictures (see --report)");
        }
    }

    /** {@code --threads} if given (the registry checks its value again when it makes the method). */
    private Integer givenThreads() {
        String text = spec.commandLine().getParseResult().matchedOptionValue("--" + MethodDescription.THREADS, null);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--threads must be a whole number, got '" + text + "'");
        }
    }
}
