package io.github.inpaint4j.texture.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.texture.EfrosLeungConfig;
import io.github.inpaint4j.texture.EfrosLeungInpainter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Registers {@code efros-leung}: {@link EfrosLeungInpainter}. */
public final class EfrosLeungProvider implements InpainterProvider {

    /** The {@code sample} option: a texture to take the windows from. */
    static final Setting<Path> SAMPLE = Setting.file("sample").help("take the candidate windows from this texture"
            + " instead of the picture's known pixels");

    private static final MethodDescription DESCRIPTION = new MethodDescription("efros-leung",
            "Efros–Leung 1999 pixel sampling: textures and small holes, faithful, slowest", List.of(
                    EfrosLeungConfig.WINDOW, EfrosLeungConfig.EPSILON, EfrosLeungConfig.SEARCH,
                    EfrosLeungConfig.DISTANCE, EfrosLeungConfig.CHOICE, EfrosLeungConfig.MAX_ERROR, SAMPLE,
                    SourceMaskOption.SETTING, EfrosLeungConfig.CONTEXT, EfrosLeungConfig.SEED,
                    EfrosLeungConfig.THREADS));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) throws IOException {
        EfrosLeungConfig config = EfrosLeungConfig.builder().window(options.get(EfrosLeungConfig.WINDOW))
                .epsilon(options.get(EfrosLeungConfig.EPSILON)).maxError(options.get(EfrosLeungConfig.MAX_ERROR))
                .distance(options.get(EfrosLeungConfig.DISTANCE)).choice(options.get(EfrosLeungConfig.CHOICE))
                .search(options.get(EfrosLeungConfig.SEARCH)).threads(options.get(EfrosLeungConfig.THREADS))
                .seed(options.get(EfrosLeungConfig.SEED)).sourceMask(SourceMaskOption.read(options))
                .context(options.get(EfrosLeungConfig.CONTEXT)).build();
        Optional<Path> sample = options.find(SAMPLE);
        return sample.isEmpty() ? new EfrosLeungInpainter(config) : new EfrosLeungInpainter(config,
                ImageFiles.read(sample.get(), options.reading()));
    }
}
