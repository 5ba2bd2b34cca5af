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
import io.github.inpaint4j.gan.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.checkpoint.CheckpointFolder;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.Greys;
import io.github.inpaint4j.gan.internal.HoleWindows;
import io.github.inpaint4j.gan.internal.Scales;
import io.github.inpaint4j.gan.internal.TorchRuntime;
import io.github.inpaint4j.gan.model.UNetGenerator;
import io.github.inpaint4j.gan.translate.GeneratorTensors;
import io.github.inpaint4j.gan.translate.GeneratorTranslator;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills holes with a generator trained by {@link GanTraining} (a context encoder in the manner of
 * Pathak et al., CVPR 2016, with a U-Net generator and the PatchGAN discriminator of Isola et al.,
 * CVPR 2017), or with the default model shipped in this jar ({@link #loadDefault()}).
 *
 * <p><b>Any picture and hole size.</b> Around each hole (8-connected component) a window with
 * context on every side is cropped, filled and its hole pixels pasted back; holes filled earlier
 * are context for later ones. A hole the generator can fill at full resolution — every pixel within
 * a quarter of the training crop's side of a known pixel, as deep as the holes it was trained on —
 * is filled in one pass, however long it is (a scratch across the picture). A deeper hole is
 * filled coarse to fine: the window, shrunk by the power of two {@code f} that brings the hole to a
 * depth the generator knows, is filled first; then at 2×, 4×, … the resolution until the full one,
 * each pass seeded with the pass below enlarged (the guide plane the generator is trained with), so
 * the coarse pass decides the layout from the whole context and the finer passes add the detail.
 * Only hole pixels are ever written: there is no visible window and no seam at a window's edge, and
 * known pixels come back bit for bit.
 *
 * <p><b>Grey stays grey.</b> When every known pixel of the picture is grey (R, G and B within half
 * an 8-bit level), each filled pixel is set to its luma: a grey picture has no colour to continue,
 * so any tint in its fill would be invented.
 *
 * <p>Thread-safe: the loaded model is shared read-only and every call makes its own DJL
 * {@link Predictor} (a predictor is not thread-safe); each call releases every native array it
 * made. PyTorch's thread count is global to the process and set when the inpainter is loaded.
 * Deterministic on the CPU: the same inputs give the same output.
 *
 * <p>Holds native memory: {@link #close()} it when done; a closed inpainter refuses work with an
 * {@link IllegalStateException} that says it was closed.
 */
public final class GanInpainter implements Inpainter, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GanInpainter.class);

    private final String source;
    private final CheckpointMetadata metadata;
    private final Model generator;
    private final int windowSide;
    private volatile boolean closed;

    private GanInpainter(String source, CheckpointMetadata metadata, Model generator) {
        this.source = source;
        this.metadata = metadata;
        this.generator = generator;
        this.windowSide = metadata.model().cropSize();
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
     * @throws io.github.inpaint4j.gan.checkpoint.CheckpointException naming the file and the problem if
     *     the checkpoint is incomplete, corrupt, or of an incompatible format or architecture
     */
    public static GanInpainter load(Path checkpoint, int threads) throws IOException {
        Threads.require("threads", threads);
        Path folder = CheckpointFolder.resolve(checkpoint);
        return load(CheckpointSource.folder(folder), Checkpoint.readMetadata(folder), threads);
    }

    /**
     * Loads the default model shipped in this jar, with the default thread count: no training and
     * no network access needed. {@code docs/training.md} says how it was trained and on what.
     *
     * @see #loadDefault(int)
     */
    public static GanInpainter loadDefault() throws IOException {
        return loadDefault(TorchRuntime.defaultThreads());
    }

    /**
     * Loads the default model shipped in this jar.
     *
     * @param threads PyTorch intra-op threads (process-wide), in [1, {@link Threads#max()}]
     * @throws io.github.inpaint4j.gan.checkpoint.CheckpointException if the jar's copy is damaged
     */
    public static GanInpainter loadDefault(int threads) throws IOException {
        Threads.require("threads", threads);
        CheckpointSource source = CheckpointSource.defaultModel();
        return load(source, Checkpoint.readMetadata(source), threads);
    }

    private static GanInpainter load(CheckpointSource source, CheckpointMetadata metadata, int threads)
            throws IOException {
        Engine engine = TorchRuntime.start(threads);
        Model model = Model.newInstance(Checkpoint.GENERATOR, TorchRuntime.device(engine));
        try {
            model.setBlock(new UNetGenerator(metadata.model().generator()));
            int side = metadata.model().cropSize();
            Checkpoint.loadParameters(source, metadata.generatorWeights(), model,
                    new Shape(1, GeneratorTensors.INPUT_PLANES, side, side));
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
        LOG.info("loaded the generator of {} (step {}, {}×{} training crops, weights {}) on {}", source.describe(),
                metadata.step(), metadata.model().cropSize(), metadata.model().cropSize(),
                metadata.generatorWeights(), model.getNDManager().getDevice());
        return new GanInpainter(source.describe(), metadata, model);
    }

    /** Where the generator was loaded from: a checkpoint folder, or the default model's resource folder. */
    public String source() {
        return source;
    }

    /** The metadata of the checkpoint loaded. */
    public CheckpointMetadata metadata() {
        return metadata;
    }

    @Override
    public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
        requireOpen();
        if (!InpaintCall.begin(image, mask, progress, cancel)) {
            return image;
        }
        List<HoleWindows.Window> windows = HoleWindows.plan(mask, windowSide, windowSide / 4, windowSide / 4);
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
                float[] filled = fill(predictor, crop(out, pending, width, plane, area), window.scale(), cancel)
                        .toPlanar();
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
            throw new IllegalStateException("the generator of " + source + " failed: " + e.getMessage(), e);
        }
        RgbImage filled = RgbImage.fromPlanar(width, image.height(), out);
        // A grey picture carries no colour to continue: any tint in its fill would be invented.
        return Greys.knownPixelsAreGrey(image, mask) ? Greys.greyHoles(filled, mask) : filled;
    }

    /**
     * Fills {@code window} coarse to fine: first shrunk by {@code scale}, then at each doubling of
     * the resolution seeded with the pass below, enlarged.
     */
    private static RgbImage fill(Predictor<InpaintingInput, RgbImage> predictor, InpaintingInput window, int scale,
            CancellationToken cancel) throws TranslateException {
        RgbImage guide = null;
        for (int f = scale; f >= 1; f /= 2) {
            cancel.throwIfCancelled();
            RgbImage image = f == 1 ? window.image() : Scales.shrink(window.image(), f);
            Mask holes = f == 1 ? window.mask() : Scales.shrink(window.mask(), image.width(), image.height());
            RgbImage seed = guide == null ? null : Scales.resize(guide, image.width(), image.height());
            guide = predictor.predict(new InpaintingInput(image, holes, seed));
        }
        return guide;
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

    /** @throws IllegalStateException naming the model if {@link #close()} was called */
    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this GanInpainter (" + source + ") was closed: its native memory is "
                    + "released; load the model again to fill more pictures");
        }
    }

    /**
     * Releases the model's native memory; later calls to {@link #inpaint} throw an
     * {@link IllegalStateException} that says so. Calls already running must finish first: closing
     * under a running call is not supported. Closing twice does nothing.
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            generator.close();
        }
    }

    @Override
    public String toString() {
        return "GanInpainter[" + source + ", step " + metadata.step() + "]";
    }
}
