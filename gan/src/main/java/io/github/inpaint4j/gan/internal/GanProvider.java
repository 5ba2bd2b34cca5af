package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.gan.GanInpainter;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionValues;
import io.github.inpaint4j.settings.Setting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Registers {@code gan}: {@link GanInpainter}, the default model shipped in the jar unless a
 * checkpoint is given. Deterministic, so it takes no seed. Its model is {@linkplain
 * MethodDescription#shared() shared}: a front end loads it once.
 */
public final class GanProvider implements InpainterProvider {

    /** The {@code checkpoint} option: the model to load instead of the default one. */
    static final Setting<Path> CHECKPOINT = Setting.file("checkpoint").help("a checkpoint folder (step-NNNNNNNN)"
            + " written by inpaint train, or a training run's folder (its newest checkpoint); default: the model shipped"
            + " with inpaint4j");

    /** The {@code threads} option: PyTorch's threads. */
    static final Setting<Integer> THREADS = Setting.threads("PyTorch threads (process-wide); more than the free cores"
            + " makes it far slower").withDefault(TorchRuntime.defaultThreads());

    private static final MethodDescription DESCRIPTION = new MethodDescription("gan",
            "a U-Net generator trained adversarially: learned fills for holes of any shape and size (the default"
                    + " model, or your own from `inpaint train`)",
            List.of(CHECKPOINT, THREADS), true);

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) throws IOException {
        int threads = options.get(THREADS);
        Optional<Path> checkpoint = options.find(CHECKPOINT);
        return checkpoint.isPresent() ? GanInpainter.load(checkpoint.get(), threads) : GanInpainter.loadDefault(threads);
    }
}
