package io.github.inpaint4j.gan;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.TranslateException;
import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressCounter;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.Rect;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.internal.HoleWindows;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.model.UNetGenerator;
import io.github.inpaint4j.gan.train.Checkpoint;
import io.github.inpaint4j.gan.train.CheckpointFolder;
import io.github.inpaint4j.gan.train.CheckpointMetadata;
import io.github.inpaint4j.gan.translate.GeneratorTranslator;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills holes with a generator trained by {@link GanTraining} (a context encoder in the manner of
 * Pathak et al., CVPR 2016, with the U-Net generator and PatchGAN discriminator of Isola et al.,
 * CVPR 2017).
 *
 * <p>Any picture size works: around each hole (8-connected component) a window of at least the
 * training size, with a quarter of it as context on every side, is cropped, filled by the
 * generator and its hole pixels pasted back; holes filled earlier are context for later ones. The
 * generator is fully convolutional, so windows larger than the training size (big holes) and
 * pictures smaller than it work too. Known pixels come back bit for bit.
 *
 * <p>Thread-safe: the loaded model is shared read-only and every call makes its own DJL
 * {@link Predictor} (a predictor is not thread-safe); each call releases every native array it
 * made. PyTorch's thread count is global to the process and set when the inpainter is loaded.
 * Deterministic on the CPU: the same inputs give the same output.
 *
 * <p>Holds native memory: {@link #close()} it when done.
 */
public final class GanInpainter implements Inpainter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GanInpainter.class);

    private final Path checkpoint;
    private final CheckpointMetadata metadata;
    private final Model generator;
    private final int windowSide;

    private GanInpainter(Path checkpoint, CheckpointMetadata metadata, Model generator) {
        this.checkpoint = checkpoint;
        this.metadata = metadata;
        this.generator = generator;
        this.windowSide = metadata.training().imageSize();
    }

    /**
     * Loads the generator of a checkpoint, with the default thread count.
     *
     * @see #load(Path, int)
     */
    public static GanInpainter load(Path checkpoint) throws IOException {
        return load(checkpoint, TorchRuntime.defaultThreads());
    }

    /**
     * Loads the generator of a checkpoint.
     *
     * @param checkpoint a checkpoint folder ({@code step-NNNNNNNN}) or a training run's folder, whose
     *     newest checkpoint is used
     * @param threads PyTorch intra-op threads (process-wide), in [1, {@link Threads#max()}]
     * @throws java.nio.file.NoSuchFileException if {@code checkpoint} does not exist
     * @throws io.github.inpaint4j.gan.train.CheckpointException naming the file and the problem if
     *     the checkpoint is incomplete, corrupt, or of an incompatible format or architecture
     */
    public static GanInpainter load(Path checkpoint, int threads) throws IOException {
        Threads.require("threads", threads);
        Path folder = CheckpointFolder.resolve(checkpoint);
        CheckpointMetadata metadata = Checkpoint.readMetadata(folder);
        Engine engine = TorchRuntime.start(threads);
        Model model = Model.newInstance(Checkpoint.GENERATOR, TorchRuntime.device(engine));
        try {
            model.setBlock(new UNetGenerator(metadata.training().generator()));
            int side = metadata.training().imageSize();
            Checkpoint.loadParameters(folder, Checkpoint.GENERATOR, model,
                    new Shape(1, UNetGenerator.INPUT_CHANNELS, side, side));
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
        LOG.info("loaded the generator of {} (step {}, {}×{} training crops) on {}", folder, metadata.step(),
                metadata.training().imageSize(), metadata.training().imageSize(), model.getNDManager().getDevice());
        return new GanInpainter(folder, metadata, model);
    }

    /** The checkpoint folder loaded. */
    public Path checkpoint() {
        return checkpoint;
    }

    /** The metadata of the checkpoint loaded. */
    public CheckpointMetadata metadata() {
        return metadata;
    }

    @Override
    public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        if (!InpaintCall.begin(image, mask, progress, cancel)) {
            return image;
        }
        List<HoleWindows.Window> windows = HoleWindows.plan(mask, windowSide, windowSide / 4);
        int width = image.width();
        int plane = image.pixelCount();
        float[] out = image.toPlanar();
        boolean[] pending = mask.toArray();
        ProgressCounter counter = new ProgressCounter(progress, windows.size());
        try (Predictor<InpaintingInput, RgbImage> predictor = generator.newPredictor(new GeneratorTranslator())) {
            for (int i = 0; i < windows.size(); i++) {
                cancel.throwIfCancelled();
                HoleWindows.Window window = windows.get(i);
                Rect area = window.area();
                float[] filled = predictor.predict(crop(out, pending, width, plane, area)).toPlanar();
                int cropWidth = area.width();
                int cropPlane = area.width() * area.height();
                for (int p : window.pixels()) {
                    int local = (p / width - area.y()) * cropWidth + p % width - area.x();
                    for (int c = 0; c < RgbImage.CHANNELS; c++) {
                        out[c * plane + p] = filled[c * cropPlane + local];
                    }
                    pending[p] = false;
                }
                counter.advanceTo(i + 1);
            }
        } catch (TranslateException e) {
            throw new IllegalStateException("the generator of " + checkpoint + " failed: " + e.getMessage(), e);
        }
        return RgbImage.fromPlanar(width, image.height(), out);
    }

    /** The window {@code area} of the picture being filled, with the holes still pending. */
    private static InpaintingInput crop(float[] planar, boolean[] pending, int width, int plane, Rect area) {
        int w = area.width();
        int h = area.height();
        float[] rgb = new float[RgbImage.CHANNELS * w * h];
        boolean[] holes = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int src = (area.y() + y) * width + area.x();
            for (int c = 0; c < RgbImage.CHANNELS; c++) {
                System.arraycopy(planar, c * plane + src, rgb, c * w * h + y * w, w);
            }
            System.arraycopy(pending, src, holes, y * w, w);
        }
        return new InpaintingInput(RgbImage.fromPlanar(w, h, rgb), Mask.of(w, h, holes));
    }

    /** Native arrays currently held by the model (its parameters); constant across calls unless something leaks. */
    int liveArrays() {
        return generator.getNDManager().getManagedArrays().size();
    }

    /** Releases the model's native memory. */
    @Override
    public void close() {
        generator.close();
    }

    @Override
    public String toString() {
        return "GanInpainter[" + checkpoint + ", step " + metadata.step() + "]";
    }
}
