package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.texture.TeleaConfig;
import io.github.inpaint4j.texture.TeleaInpainter;

/** Registers {@code telea}: {@link TeleaInpainter}. */
public final class TeleaProvider implements InpainterProvider {

    private static final MethodDescription DESCRIPTION = new MethodDescription("telea",
            "Telea 2004 fast marching: smooth and fast, for scratches and small holes", TeleaConfig.SETTINGS.list());

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) {
        return new TeleaInpainter(new TeleaConfig(options.get(TeleaConfig.RADIUS)));
    }
}
