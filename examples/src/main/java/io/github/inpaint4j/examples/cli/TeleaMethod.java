package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.texture.TeleaConfig;
import io.github.inpaint4j.texture.TeleaInpainter;
import picocli.CommandLine.Option;

/** {@code --method telea}: Telea's fast marching. Deterministic and single-threaded: it ignores --seed and --threads. */
final class TeleaMethod implements InpaintMethod {

    @Option(names = "--radius", paramLabel = "PX",
            description = "telea: radius of the averaged neighbourhood, 1.." + TeleaConfig.MAX_RADIUS
                    + " (default " + TeleaConfig.DEFAULT_RADIUS + ")")
    Integer radius;

    @Override
    public String name() {
        return "telea";
    }

    @Override
    public String summary() {
        return "Telea 2004 fast marching: smooth and fast, for scratches and small holes";
    }

    @Override
    public Inpainter create(CommonFillOptions common) {
        return new TeleaInpainter(radius == null ? TeleaConfig.defaults() : new TeleaConfig(radius));
    }
}
