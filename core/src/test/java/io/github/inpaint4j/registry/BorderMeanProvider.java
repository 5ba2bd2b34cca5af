package io.github.inpaint4j.registry;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.settings.Setting;
import java.nio.file.Path;
import java.util.List;

/**
 * A user's own method, registered the way a user would (a provider listed in this module's test
 * {@code META-INF/services}): every hole pixel becomes one grey level, the {@code level} option.
 * Kept out of the test-jar, so that only core's tests see it.
 */
public final class BorderMeanProvider implements InpainterProvider {

    /** The channels painted. */
    enum Channel {
        ALL, RED
    }

    static final Setting<Double> LEVEL = Setting.number("level", 0.5).range(0, 1).help("the grey level of the fill");
    static final Setting<Boolean> INVERT = Setting.flag("invert").help("use 1 - level");
    static final Setting<Channel> CHANNEL = Setting.choice("channel", Channel.ALL).help("which channels to paint");
    static final Setting<Integer> COUNT = Setting.integer("count", 3).range(1, 10).help("a bounded integer");
    static final Setting<Path> FILE = Setting.file("file").help("a file");
    static final Setting<String> LABEL = Setting.text("label", "none").help("free text");
    static final Setting<Long> SEED = Setting.seed(7);
    static final Setting<Integer> THREADS = Setting.threads("threads");

    static final MethodDescription DESCRIPTION = new MethodDescription("test-grey", "paints every hole one grey level",
            List.of(LEVEL, INVERT, CHANNEL, COUNT, FILE, LABEL, SEED, THREADS));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) {
        double level = options.get(INVERT) ? 1 - options.get(LEVEL) : options.get(LEVEL);
        boolean redOnly = options.get(CHANNEL) == Channel.RED;
        return new Inpainter() {
            @Override
            public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
                if (!InpaintCall.begin(image, mask, progress, cancel)) {
                    return image;
                }
                float[] s = image.toPlanar();
                int plane = image.pixelCount();
                for (int i = 0; i < plane; i++) {
                    if (mask.isHole(i)) {
                        for (int c = 0; c < (redOnly ? 1 : RgbImage.CHANNELS); c++) {
                            s[c * plane + i] = (float) level;
                        }
                    }
                }
                progress.onProgress(1);
                return RgbImage.fromPlanar(image.width(), image.height(), s);
            }
        };
    }
}
