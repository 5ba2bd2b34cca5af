package io.github.inpaint4j.examples;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.GanInpainter;
import io.github.inpaint4j.gan.GanTraining;
import io.github.inpaint4j.gan.train.TrainingConfig;
import io.github.inpaint4j.gan.train.TrainingMetrics;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a small GAN inpainter on a folder of pictures, then compares it with Telea's method on
 * held-out pictures: the hole PSNR of both on the same crops and masks (the training scores Telea
 * beside the generator on the crops it validates on), and both fills of one picture. Writes
 * {@code gan-heldout.png} (for a few crops of the held-out pictures with holes of the training's
 * mix: holes | GAN | Telea | truth, one row each) and {@code gan-picture.png} (holes | GAN | Telea |
 * original, cropped to the hole and {@value #CONTEXT} pixels around it). A finished run in the
 * output folder is reused (the training resumes, so it only trains the steps still missing).
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.GanTrainingExample
 * DATA HELD-OUT [steps] [threads] [output-folder]} (defaults: 2000 steps, half the cores,
 * target/examples/gan; the picture is docs/samples/astronaut-256.png with its 64×64 centre hole).
 * docs/training.md describes the public-domain folders used for docs/performance.md.
 */
public final class GanTrainingExample {

    /** Held-out crops shown in {@code gan-heldout.png}. */
    private static final int SHOWN_CROPS = 4;
    /** Pixels shown around the picture's hole in {@code gan-picture.png}. */
    private static final int CONTEXT = 32;

    /**
     * What the example produced.
     *
     * @param training the training run (checkpoint, metrics)
     * @param ganHolePsnr mean hole PSNR (dB) of the GAN on the held-out crops the training validates
     *     on, at its last checkpoint
     * @param teleaHolePsnr mean hole PSNR (dB) of Telea on the same crops and masks
     * @param heldOutGrid holes | GAN | Telea | truth for the first crops
     * @param ganFill the GAN's fill of the picture
     * @param teleaFill Telea's fill of the picture
     * @param ganPicturePsnr hole PSNR of the GAN's fill of the picture
     * @param teleaPicturePsnr hole PSNR of Telea's fill of the picture
     */
    public record Result(GanTraining.Result training, double ganHolePsnr, double teleaHolePsnr,
            RgbImage heldOutGrid, RgbImage ganFill, RgbImage teleaFill, double ganPicturePsnr,
            double teleaPicturePsnr) {

        /** Mean training throughput over the run's metric rows, in crops per second. */
        public double imagesPerSecond() {
            return training.metrics().stream().mapToDouble(TrainingMetrics::imagesPerSecond).average().orElse(0);
        }
    }

    private GanTrainingExample() {
    }

    /**
     * Trains on {@code data} into {@code run} (validating on {@code heldOut}, with Telea scored
     * beside the generator), then shows both on crops of the held-out pictures and fills
     * {@code picture}'s holes {@code mask} with both.
     */
    public static Result run(Path data, Path heldOut, Path run, TrainingConfig config, RgbImage picture, Mask mask)
            throws IOException {
        TeleaInpainter telea = new TeleaInpainter();
        GanTraining.Result training = GanTraining.builder().setDataFolder(data).optValidationFolder(heldOut)
                .setCheckpointFolder(run).optConfig(config).optBaseline(telea)
                .optResume(GanTraining.storedConfig(run).isPresent()).build().run(CancellationToken.NONE);
        TrainingMetrics scored = training.metrics().stream().filter(TrainingMetrics::hasValidation)
                .reduce((first, second) -> second).orElseThrow();
        try (GanInpainter gan = GanInpainter.load(training.lastCheckpoint(), config.threads())) {
            List<RgbImage> rows = new ArrayList<>();
            for (InpaintingInput c : crops(heldOut, config)) {
                rows.add(ExampleImages.sideBySide(2, c.mask().paint(c.image(), 1, 1, 1), gan.inpaint(c.image(), c.mask()),
                        telea.inpaint(c.image(), c.mask()), c.image()));
            }
            RgbImage ganFill = gan.inpaint(picture, mask);
            RgbImage teleaFill = telea.inpaint(picture, mask);
            return new Result(training, scored.validationHolePsnr(), scored.baseline().holePsnr(), stack(rows), ganFill,
                    teleaFill, Psnr.inHole(picture, ganFill, mask), Psnr.inHole(picture, teleaFill, mask));
        }
    }

    /**
     * {@value #SHOWN_CROPS} crops of the training's size from the held-out pictures in turn, at
     * seeded places, each with a hole of the training's mix.
     */
    private static List<InpaintingInput> crops(Path heldOut, TrainingConfig config) throws IOException {
        List<RgbImage> pictures = new ArrayList<>();
        for (Path f : ImageFiles.list(heldOut)) {
            pictures.add(ImageFiles.read(f));
        }
        int side = config.model().cropSize();
        SplittableRandom random = new SplittableRandom(config.seed());
        List<InpaintingInput> crops = new ArrayList<>();
        for (int k = 0; k < SHOWN_CROPS; k++) {
            RgbImage p = pictures.get(k % pictures.size());
            RgbImage crop = p.crop(new Rect(random.nextInt(p.width() - side + 1), random.nextInt(p.height() - side + 1),
                    side, side));
            crops.add(new InpaintingInput(crop, config.data().masks().generator().generate(side, side, random)));
        }
        return crops;
    }

    /** Pictures of one width stacked top to bottom, 2 white rows apart. */
    private static RgbImage stack(List<RgbImage> rows) {
        int width = rows.get(0).width();
        int height = 0;
        for (RgbImage r : rows) {
            height += r.height() + 2;
        }
        float[] out = RgbImage.filled(width, height - 2, 1, 1, 1).toPlanar();
        int plane = width * (height - 2);
        int top = 0;
        for (RgbImage r : rows) {
            float[] s = r.toPlanar();
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                System.arraycopy(s, c * r.pixelCount(), out, c * plane + top * width, r.pixelCount());
            }
            top += r.height() + 2;
        }
        return RgbImage.fromPlanar(width, height - 2, out);
    }

    /** Runs the example; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GanTrainingExample DATA HELD-OUT [steps] [threads] [output-folder]");
            System.exit(2);
        }
        TrainingConfig config = TrainingConfig.defaults().withValidation(new TrainingConfig.Validation(0.1, 32));
        if (args.length > 2) {
            config = config.withSteps(Integer.parseInt(args[2]));
        }
        if (args.length > 3) {
            config = config.withThreads(Integer.parseInt(args[3]));
        }
        Path folder = Path.of(args.length > 4 ? args[4] : "target/examples/gan");
        Files.createDirectories(folder);
        RgbImage picture = ImageFiles.read(Path.of("docs/samples/astronaut-256.png"));
        Mask mask = Mask.fromRectangles(256, 256, Rect.centred(256, 256, 64, 64));
        Result r = run(Path.of(args[0]), Path.of(args[1]), folder.resolve("run"), config, picture, mask);
        ImageFiles.write(r.heldOutGrid(), folder.resolve("gan-heldout.png"), true);
        Rect around = mask.boundingBox().orElseThrow().expand(CONTEXT, picture.width(), picture.height());
        ImageFiles.write(ExampleImages.sideBySide(4, mask.paint(picture, 1, 1, 1).crop(around),
                r.ganFill().crop(around), r.teleaFill().crop(around), picture.crop(around)),
                folder.resolve("gan-picture.png"), true);
        System.out.printf("trained to step %d at %.1f crops/s; held-out hole PSNR: GAN %.2f dB, "
                + "Telea %.2f dB; picture hole PSNR: GAN %.2f dB, Telea %.2f dB; pictures in %s%n",
                r.training().step(), r.imagesPerSecond(), r.ganHolePsnr(), r.teleaHolePsnr(),
                r.ganPicturePsnr(), r.teleaPicturePsnr(), folder);
    }
}
