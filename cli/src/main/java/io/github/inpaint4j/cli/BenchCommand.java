package io.github.inpaint4j.cli;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Inpainters;
import io.github.inpaint4j.bench.BenchConfig;
import io.github.inpaint4j.bench.BenchMethod;
import io.github.inpaint4j.bench.BenchPicture;
import io.github.inpaint4j.bench.BenchReport;
import io.github.inpaint4j.bench.InpaintBench;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.settings.SettingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inpaint bench}: every method on every picture of a folder with holes of every kind; writes
 * {@code results.csv}, {@code summary.md} and montages (see {@link InpaintBench}) and prints the
 * summary table.
 */
@Command(name = "bench", sortOptions = false, usageHelpAutoWidth = true, modelTransformer = BenchCommand.Options.class,
        description = "Compare methods on a folder of pictures: results.csv, summary.md and labelled montages.")
final class BenchCommand implements Callable<Integer> {

    /**
     * The methods benched when --methods is not given: every registered one (the GAN with its default
     * model, or --checkpoint's).
     */
    static List<String> defaultMethods() {
        return Inpainters.names();
    }

    @Spec
    private CommandSpec spec;

    /** The bench's settings ({@link BenchConfig#SETTINGS}; its seed is {@code --seed}), then the methods' options. */
    static final class Options implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            return new MethodOptions().transform(SettingOptions.addAll(command,
                    BenchConfig.SETTINGS.without(BenchConfig.SEED.name())));
        }
    }

    @Option(names = "--images", required = true, paramLabel = "DIR",
            description = "pictures to bench (PNG, JPEG, BMP, GIF, TIFF; sub-folders too)")
    Path images;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "folder for results.csv, summary.md and montages/ (created)")
    Path output;

    @Option(names = "--methods", split = ",", paramLabel = "NAME",
            description = "methods to compare (default: every method of inpaint methods)")
    List<String> methods;

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
        BenchConfig config = config();
        List<String> names = methods != null ? methods : defaultMethods();
        List<MethodDescription> selected = MethodOptions.select(spec, names);
        List<BenchPicture> pictures = BenchPicture.readFolder(images, config.size(), reading.readOptions());
        List<BenchMethod> benched = new ArrayList<>();
        try {
            for (MethodDescription method : selected) {
                benched.add(new BenchMethod(method.name(), MethodOptions.create(spec, method, seed.value, reading.readOptions())));
            }
            return bench(config, pictures, benched);
        } finally {
            for (BenchMethod method : benched) {
                method.inpainter().close();
            }
        }
    }

    private int bench(BenchConfig config, List<BenchPicture> pictures, List<BenchMethod> benched) throws IOException {
        InpaintBench bench = new InpaintBench(config, benched);
        BenchReport report;
        PrintWriter err = spec.commandLine().getErr();
        try (ProgressBar bar = progress.open(spec, "bench")) {
            report = bench.run(pictures, output, force.on, ProgressOption.listener(bar), CancellationToken.create());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.summaryTable());
        out.printf("%d cases (%d pictures × %d hole kinds × %d methods) written to %s: results.csv, summary.md, "
                + "montages/%n", report.results().size(), pictures.size(), config.masks().size(), benched.size(), output);
        if (!report.failures().isEmpty()) {
            err.printf("inpaint: warning: %d of %d cases failed or timed out (see the error column of results.csv)%n",
                    report.failures().size(), report.results().size());
        }
        return 0;
    }

    /** The bench's settings as given, the seed being {@code --seed}'s. */
    private BenchConfig config() {
        try {
            return BenchConfig.of(SettingOptions.given(spec, BenchConfig.SETTINGS));
        } catch (SettingException e) {
            throw SettingOptions.usage(spec, e);
        }
    }
}
