package io.github.inpaint4j.bench;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintingCancelledException;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Resampling;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.bench.CaseResult.Outcome;
import io.github.inpaint4j.io.AtomicFiles;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.metrics.Mae;
import io.github.inpaint4j.metrics.PatchDistance;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.metrics.SeamMeasure;
import io.github.inpaint4j.metrics.Ssim;
import io.github.inpaint4j.metrics.TextureFidelity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares inpainting methods on a set of pictures: every picture (brought to a square of the
 * configured size) gets a hole of every configured kind, every method fills it, and the result is
 * scored against the intact picture (hole PSNR and MAE, texture fidelity, patch distance, seam
 * measure, whole-picture SSIM and PSNR) and timed.
 *
 * <p>A method that throws, that breaks the {@link io.github.inpaint4j.Inpainter} contract (a result
 * of another size, a known pixel changed) or that is still running at the timeout is recorded as
 * failed and the bench goes on. The output folder receives:
 * <ul>
 *   <li>{@code results.csv}: one row per picture × mask kind × method;</li>
 *   <li>{@code summary.md}: the means per method and mask kind, with the failures;</li>
 *   <li>{@code montages/PICTURE-MASK.png}: the intact picture, the input, and each method's result, labelled.</li>
 * </ul>
 * The CSV and summary are rewritten (atomically) after each picture and mask, so an interrupted
 * bench keeps what it measured. Masks are drawn from the configured seed and the picture's name,
 * so a picture gets the same holes whatever other pictures the folder holds. Methods run one at a
 * time, each on a worker thread, with all the cores they ask for. An instance is immutable; concurrent
 * runs are as safe as the methods they share.
 *
 * <pre>{@code
 * InpaintBench bench = new InpaintBench(BenchConfig.defaults(), List.of(
 *         new BenchMethod("telea", new TeleaInpainter()),
 *         new BenchMethod("mine", myInpainter)));
 * BenchReport report = bench.run(BenchPicture.readFolder(Path.of("pictures"), 256), Path.of("bench-out"), false,
 *         ProgressListener.NONE, CancellationToken.NONE);
 * }</pre>
 */
public final class InpaintBench {

    private static final Logger LOG = LoggerFactory.getLogger(InpaintBench.class);
    /** Colour of the holes in the montage's input tile. */
    private static final float[] HOLE_COLOUR = {1f, 0f, 1f};

    private final BenchConfig config;
    private final List<BenchMethod> methods;

    /**
     * @param config pictures' size, masks, seed and timeout
     * @param methods at least one, with distinct names
     * @throws IllegalArgumentException if there is no method or two share a name
     */
    public InpaintBench(BenchConfig config, List<BenchMethod> methods) {
        this.config = Objects.requireNonNull(config, "config");
        this.methods = List.copyOf(methods);
        if (this.methods.isEmpty()) {
            throw new IllegalArgumentException("bench needs at least one method");
        }
        requireDistinct(this.methods.stream().map(BenchMethod::name).toList(), "method");
    }

    /**
     * The file of the montage of {@code picture} with a hole of kind {@code mask}, in {@code folder}:
     * {@code montages/PICTURE-KIND.png}, with the slashes of the picture's name turned into underscores.
     */
    public static Path montageFile(Path folder, String picture, MaskKind mask) {
        return folder.resolve("montages").resolve(montageStem(picture) + "-" + mask.id() + ".png");
    }

    private static String montageStem(String picture) {
        return picture.replace('/', '_').replace('\\', '_');
    }

    /** Two pictures whose montages would land in one file (also on a file system that ignores case) are an error. */
    private static void requireDistinctMontages(List<BenchPicture> pictures) {
        Map<String, String> stems = new HashMap<>();
        for (BenchPicture picture : pictures) {
            String other = stems.put(montageStem(picture.name()).toLowerCase(Locale.ROOT), picture.name());
            if (other != null) {
                throw new IllegalArgumentException("pictures '" + other + "' and '" + picture.name()
                        + "' would share the montage files montages/" + montageStem(picture.name()) + "-*.png");
            }
        }
    }

    /**
     * Runs every case and writes the outputs into {@code folder} (created if needed).
     *
     * @param pictures at least one, with distinct names
     * @param overwrite whether files of an earlier bench in {@code folder} may be replaced
     * @param progress the fraction of the cases done, on the calling thread
     * @param cancel stops the bench (the running method is cancelled); what was written stays
     * @return every case's result
     * @throws IllegalArgumentException if there is no picture, or two share a name or a montage file
     * @throws FileAlreadyExistsException before any work, if an output exists and {@code overwrite} is false
     * @throws IOException if the folder is a file, or cannot be created or written
     * @throws InpaintingCancelledException if {@code cancel} was cancelled
     */
    public BenchReport run(List<BenchPicture> pictures, Path folder, boolean overwrite, ProgressListener progress,
            CancellationToken cancel) throws IOException {
        if (pictures.isEmpty()) {
            throw new IllegalArgumentException("bench needs at least one picture");
        }
        requireDistinct(pictures.stream().map(BenchPicture::name).toList(), "picture");
        requireDistinctMontages(pictures);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileSystemException(folder.toString(), null, "output folder is a file");
        }
        Files.createDirectories(folder.resolve("montages"));
        checkOutputs(pictures, folder, overwrite);
        List<String> names = methods.stream().map(BenchMethod::name).toList();
        List<CaseResult> results = new ArrayList<>();
        int total = pictures.size() * config.masks().size() * methods.size();
        double[] done = {0};
        progress.onProgress(0);
        try (CaseRunner runner = new CaseRunner(config.timeout())) {
            for (BenchPicture picture : pictures) {
                RgbImage image = fit(picture.image());
                for (MaskKind kind : config.masks()) {
                    Mask mask = kind.draw(config.size(), config.size(), maskRandom(picture.name(), kind))
                            .dilate(config.dilate());
                    List<Montage.Tile> tiles = new ArrayList<>(List.of(
                            new Montage.Tile("original", List.of(picture.name()), image),
                            new Montage.Tile("input", List.of(holeLabel(mask)), mask.paint(image, HOLE_COLOUR[0],
                                    HOLE_COLOUR[1], HOLE_COLOUR[2]))));
                    PatchDistance patches = PatchDistance.against(image, mask);
                    for (BenchMethod method : methods) {
                        cancel.throwIfCancelled();
                        int finished = results.size();
                        CaseRunner.Attempt attempt = runner.run(method.inpainter(), image, mask, f -> {
                            done[0] = Math.max(done[0], (finished + (f > 0 ? Math.min(1, f) : 0)) / total);
                            progress.onProgress(done[0]);
                        }, cancel);
                        CaseResult result = score(picture.name(), kind, method.name(), image, mask, patches, attempt);
                        results.add(result);
                        tiles.add(tile(result, attempt));
                        done[0] = (double) results.size() / total;
                        progress.onProgress(done[0]);
                    }
                    ImageFiles.writeBufferedImage(Montage.draw(picture.name() + " · " + kind.id() + ": "
                            + kind.description(), config.size(), tiles), montageFile(folder, picture.name(), kind), true);
                    writeTables(folder, names, results);
                }
            }
        }
        return new BenchReport(config, names, results);
    }

    private RgbImage fit(RgbImage image) {
        return image.width() == config.size() && image.height() == config.size() ? image
                : Resampling.centreSquare(image, config.size());
    }

    /** The masks' randomness for one picture and kind: a function of the seed, the name and the kind only. */
    private SplittableRandom maskRandom(String picture, MaskKind kind) {
        long mixed = config.seed();
        mixed = 31 * mixed + picture.hashCode();
        mixed = 31 * mixed + kind.id().hashCode();
        return new SplittableRandom(mixed);
    }

    private CaseResult score(String picture, MaskKind kind, String method, RgbImage image, Mask mask,
            PatchDistance patches, CaseRunner.Attempt attempt) {
        int hole = mask.holeCount();
        if (attempt.timedOut()) {
            String message = "still running after the " + seconds(config.timeout()) + " timeout"
                    + (attempt.abandoned() ? "; ignored the cancellation" : "");
            LOG.warn("{} on {} ({}): {}", method, picture, kind.id(), message);
            return failed(picture, kind, method, hole, Outcome.TIMED_OUT, attempt.seconds(), message);
        }
        String broken = attempt.error() != null ? describe(attempt.error()) : contractBreach(image, mask, attempt.result());
        if (broken != null) {
            LOG.warn("{} on {} ({}) failed: {}", method, picture, kind.id(), broken);
            return failed(picture, kind, method, hole, Outcome.FAILED, attempt.seconds(), broken);
        }
        RgbImage result = attempt.result();
        return new CaseResult(picture, kind, method, hole, Outcome.OK, Psnr.inHole(image, result, mask),
                Mae.inHole(image, result, mask), TextureFidelity.of(image, result, mask), patches.to(result),
                SeamMeasure.of(image, result, mask), Ssim.of(image, result), Psnr.of(image, result), attempt.seconds(), "");
    }

    private static CaseResult failed(String picture, MaskKind kind, String method, int hole, Outcome outcome,
            double seconds, String error) {
        return new CaseResult(picture, kind, method, hole, outcome, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, seconds, error);
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    /** Why {@code result} breaks the Inpainter contract, or {@code null} if it keeps it. */
    private static String contractBreach(RgbImage image, Mask mask, RgbImage result) {
        if (result == null) {
            return "returned no image";
        }
        if (result.width() != image.width() || result.height() != image.height()) {
            return "returned a " + result.width() + "×" + result.height() + " image for a " + image.width() + "×"
                    + image.height() + " picture";
        }
        float[] before = image.toPlanar();
        float[] after = result.toPlanar();
        int plane = image.pixelCount();
        int changed = 0;
        for (int i = 0; i < plane; i++) {
            if (!mask.isHole(i)) {
                for (int c = 0; c < RgbImage.CHANNELS; c++) {
                    if (Float.floatToIntBits(before[c * plane + i]) != Float.floatToIntBits(after[c * plane + i])) {
                        changed++;
                        break;
                    }
                }
            }
        }
        return changed == 0 ? null : "changed " + changed + " known pixels";
    }

    private Montage.Tile tile(CaseResult result, CaseRunner.Attempt attempt) {
        List<String> lines = switch (result.outcome()) {
            case OK -> List.of((Double.isInfinite(result.holePsnr()) ? "exact fill"
                    : String.format(Locale.ROOT, "hole %.2f dB", result.holePsnr()))
                    + (Double.isNaN(result.textureFidelity()) ? ""
                            : String.format(Locale.ROOT, ", fidelity %.2f", result.textureFidelity()))
                    + ", " + seconds(result.seconds()),
                    String.format(Locale.ROOT, "patch distance %.2f", result.patchDistance())
                            + (Double.isNaN(result.seam()) ? "" : String.format(Locale.ROOT, ", seam %.2f", result.seam())));
            case FAILED -> List.of("failed: " + result.error());
            case TIMED_OUT -> List.of("timed out after " + seconds(result.seconds()));
        };
        return new Montage.Tile(result.method(), lines, result.failed() ? null : attempt.result());
    }

    private static String seconds(double s) {
        return s < 10 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.0f s", s);
    }

    /** A duration in seconds without trailing zeros: {@code 600 s}, {@code 0.05 s}. */
    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    private static String holeLabel(Mask mask) {
        return String.format(Locale.ROOT, "hole %,d px (%.1f %%)", mask.holeCount(),
                100.0 * mask.holeCount() / mask.pixelCount());
    }

    private void checkOutputs(List<BenchPicture> pictures, Path folder, boolean overwrite) throws IOException {
        AtomicFiles.checkWritable(folder.resolve("results.csv"), overwrite);
        AtomicFiles.checkWritable(folder.resolve("summary.md"), overwrite);
        for (BenchPicture picture : pictures) {
            for (MaskKind kind : config.masks()) {
                AtomicFiles.checkWritable(montageFile(folder, picture.name(), kind), overwrite);
            }
        }
    }

    private void writeTables(Path folder, List<String> names, List<CaseResult> results) throws IOException {
        BenchReport report = new BenchReport(config, names, results);
        writeText(folder.resolve("results.csv"), report.csv());
        writeText(folder.resolve("summary.md"), summaryPage(report));
    }

    /** {@code summary.md}: what was run, then the table. */
    private static String summaryPage(BenchReport report) {
        BenchConfig c = report.config();
        long pictures = report.results().stream().map(CaseResult::picture).distinct().count();
        return String.format(Locale.ROOT, "# Inpainting bench\n\nPictures: %d, at %d×%d. Holes: %s (seed %d). "
                        + "Methods: %s. Timeout: %s per case. Means over the cases that finished; times are wall "
                        + "time with %d cores available.\n\n", pictures, c.size(), c.size(),
                String.join(", ", c.masks().stream().map(MaskKind::id).toList()), c.seed(),
                String.join(", ", report.methods()), seconds(c.timeout()), Runtime.getRuntime().availableProcessors())
                + report.summaryTable();
    }

    private static void writeText(Path file, String text) throws IOException {
        AtomicFiles.write(file, true, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
    }

    private static void requireDistinct(List<String> names, String what) {
        HashSet<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("two " + what + "s are named '" + name + "'");
            }
        }
    }
}
