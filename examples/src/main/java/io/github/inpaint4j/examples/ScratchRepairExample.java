package io.github.inpaint4j.examples;

import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.masks.ScratchMaskGenerator;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.metrics.Ssim;
import io.github.inpaint4j.texture.TeleaInpainter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scratches a photo with seeded random scratches and repairs it with Telea's method, printing how
 * close the repair comes to the original; writes {@code telea-scratches.png} (damaged | repaired).
 *
 * <p>Run: {@code java -cp examples/target/examples.jar io.github.inpaint4j.examples.ScratchRepairExample
 * [picture] [output-folder]} (defaults: docs/samples/astronaut-256.png, target/examples).
 */
public final class ScratchRepairExample {

    /**
     * What the example produced.
     *
     * @param damaged the photo with its scratches painted white
     * @param scratches the mask of the scratches
     * @param repaired Telea's repair
     * @param damagedPsnr PSNR of the damaged photo against the original
     * @param repairedPsnr PSNR of the repair against the original
     * @param repairedSsim SSIM of the repair against the original
     */
    public record Result(RgbImage damaged, Mask scratches, RgbImage repaired, double damagedPsnr,
            double repairedPsnr, double repairedSsim) {
    }

    private ScratchRepairExample() {
    }

    /** Scratches {@code original} (scratches drawn from {@code seed}) and repairs it with Telea. */
    public static Result run(RgbImage original, long seed) {
        Mask scratches = new ScratchMaskGenerator(4, 8, 1, 3).generate(original.width(), original.height(), seed);
        RgbImage damaged = scratches.paint(original, 1, 1, 1);
        RgbImage repaired = new TeleaInpainter().inpaint(damaged, scratches);
        return new Result(damaged, scratches, repaired, Psnr.of(original, damaged), Psnr.of(original, repaired),
                Ssim.of(original, repaired));
    }

    /** Runs the example on a picture file and writes the damaged and repaired pictures. */
    public static void main(String[] args) throws IOException {
        Path picture = Path.of(args.length > 0 ? args[0] : "docs/samples/astronaut-256.png");
        Path folder = Path.of(args.length > 1 ? args[1] : "target/examples");
        Files.createDirectories(folder);
        Result result = run(ImageFiles.read(picture), 7);
        ImageFiles.write(ExampleImages.sideBySide(4, result.damaged(), result.repaired()),
                folder.resolve("telea-scratches.png"), true);
        System.out.printf("%d scratch pixels; PSNR damaged %.2f dB, repaired %.2f dB; SSIM repaired %.4f; pictures in %s%n",
                result.scratches().holeCount(), result.damagedPsnr(), result.repairedPsnr(), result.repairedSsim(),
                folder);
    }
}
