package io.github.inpaint4j.registry;

import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.RgbImage;
import java.util.List;

/**
 * A user's own method, registered the way a user would (a provider listed in this module's test
 * {@code META-INF/services}): every hole pixel becomes one grey level, the {@code level} option.
 * Kept out of the test-jar, so that only core's tests see it.
 */
public final class BorderMeanProvider implements InpainterProvider {

    static final MethodDescription DESCRIPTION = new MethodDescription("test-grey", "paints every hole one grey level",
            List.of(OptionDescription.number("level", 0.5, 0.0, 1.0, "the grey level of the fill"),
                    OptionDescription.flag("invert", "use 1 - level"),
                    OptionDescription.choice("channel", "all", List.of("all", "red"), "which channels to paint"),
                    OptionDescription.integer("count", 3L, 1L, 10L, "a bounded integer"),
                    OptionDescription.file("file", "a file"),
                    OptionDescription.text("label", "none", "free text"),
                    OptionDescription.seed(7),
                    OptionDescription.threads("threads")));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) {
        double level = options.getFlag("invert") ? 1 - options.getDouble("level") : options.getDouble("level");
        boolean redOnly = options.getString("channel").equals("red");
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
