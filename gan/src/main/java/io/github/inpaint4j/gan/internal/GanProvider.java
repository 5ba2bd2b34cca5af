package io.github.inpaint4j.gan.internal;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Threads;
import io.github.inpaint4j.gan.GanInpainter;
import io.github.inpaint4j.registry.InpainterProvider;
import io.github.inpaint4j.registry.MethodDescription;
import io.github.inpaint4j.registry.OptionDescription;
import io.github.inpaint4j.registry.OptionValues;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Registers {@code gan}: {@link GanInpainter}, the default model shipped in the jar unless a
 * checkpoint is given. Deterministic, so it takes no seed.
 */
public final class GanProvider implements InpainterProvider {

    private static final MethodDescription DESCRIPTION = new MethodDescription("gan",
            "a U-Net generator trained adversarially: learned fills for holes of any shape and size (the default"
                    + " model, or your own from `inpaint train`)",
            List.of(OptionDescription.file("checkpoint", "a checkpoint folder (step-NNNNNNNN) written by inpaint train,"
                            + " or a training run's folder (its newest checkpoint); default: the model shipped with"
                            + " inpaint4j"),
                    OptionDescription.integer(OptionDescription.THREADS, (long) TorchRuntime.defaultThreads(), 1L,
                            (long) Threads.max(), "PyTorch threads (process-wide); more than the free cores makes it"
                                    + " far slower")));

    @Override
    public MethodDescription description() {
        return DESCRIPTION;
    }

    @Override
    public Inpainter create(OptionValues options) throws IOException {
        int threads = options.getInt(OptionDescription.THREADS);
        Optional<Path> checkpoint = options.getFile("checkpoint");
        return checkpoint.isPresent() ? GanInpainter.load(checkpoint.get(), threads) : GanInpainter.loadDefault(threads);
    }
}
