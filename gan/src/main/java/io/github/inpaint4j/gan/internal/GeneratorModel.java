package io.github.inpaint4j.gan.internal;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.Shape;
import io.github.inpaint4j.gan.internal.checkpoint.Checkpoint;
import io.github.inpaint4j.gan.checkpoint.CheckpointMetadata;
import io.github.inpaint4j.gan.checkpoint.CheckpointSource;
import io.github.inpaint4j.gan.internal.model.UNetGenerator;
import io.github.inpaint4j.gan.translate.GeneratorTensors;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the generator of a checkpoint into a DJL model, on the engine as this library starts it. */
public final class GeneratorModel {

    private static final Logger LOG = LoggerFactory.getLogger(GeneratorModel.class);

    private GeneratorModel() {
    }

    /**
     * The generator of {@code source} in a new model, its parameters checked against
     * {@code metadata}'s architecture.
     *
     * @param threads PyTorch's intra-op threads, if this call starts the engine
     * @param device where the model runs, or {@code null} for the engine's default
     * @throws IOException if the parameters cannot be read or do not fit the architecture
     */
    public static Model load(CheckpointSource source, CheckpointMetadata metadata, int threads, Device device)
            throws IOException {
        Engine engine = TorchRuntime.start(threads);
        Model model = Model.newInstance(Checkpoint.GENERATOR, device == null ? TorchRuntime.device(engine) : device,
                TorchRuntime.ENGINE);
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
        return model;
    }
}
