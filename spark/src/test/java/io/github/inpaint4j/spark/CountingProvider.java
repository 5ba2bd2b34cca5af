package io.github.inpaint4j.spark;

import io.github.inpaint4j.InpaintCall;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.ProgressListener;
import io.github.inpaint4j.CancellationToken;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.settings.Setting;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test method that stands for a model held in native memory: it counts how often it is made
 * and closed, so that the tests see one per executor JVM. Fills holes with one grey level.
 */
public final class CountingProvider implements InpainterProvider {

    static final AtomicInteger MADE = new AtomicInteger();
    static final AtomicInteger CLOSED = new AtomicInteger();

    private static final MethodDescription DESCRIPTION = new MethodDescription("test-counting",
            "paints holes grey and counts its instances", List.of(Setting.threads("unused threads")));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) {
        MADE.incrementAndGet();
        return new Inpainter() {
            @Override
            public RgbImage inpaint(RgbImage image, Mask mask, ProgressListener progress, CancellationToken cancel) {
                if (!InpaintCall.begin(image, mask, progress, cancel)) {
                    return image;
                }
                float[] s = image.toPlanar();
                for (int i = 0; i < s.length; i++) {
                    if (mask.isHole(i % image.pixelCount())) {
                        s[i] = 0.5f;
                    }
                }
                return RgbImage.fromPlanar(image.width(), image.height(), s);
            }

            @Override
            public void close() {
                CLOSED.incrementAndGet();
            }
        };
    }
}
