package io.github.inpaint4j.examples.cli;

import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.gan.GanInpainter;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --method gan}: the generator of a checkpoint written by {@code inpaint train}.
 * Deterministic: it ignores --seed; --threads sets PyTorch's thread count.
 */
final class GanMethod implements InpaintMethod {

    @Option(names = "--checkpoint", paramLabel = "DIR",
            description = "gan: a checkpoint folder (step-NNNNNNNN) or a training run's folder (its newest checkpoint)")
    Path checkpoint;

    @Override
    public String name() {
        return "gan";
    }

    @Override
    public String summary() {
        return "a U-Net generator trained adversarially with `inpaint train`: learned fills for holes of any shape";
    }

    @Override
    public Inpainter create(CommonFillOptions common) throws IOException {
        if (checkpoint == null) {
            throw new IllegalArgumentException("method gan needs --checkpoint DIR (a folder written by inpaint train)");
        }
        return common.threads() == null ? GanInpainter.load(checkpoint) : GanInpainter.load(checkpoint, common.threads());
    }
}
