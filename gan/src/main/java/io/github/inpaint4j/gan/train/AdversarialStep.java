package io.github.inpaint4j.gan.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import io.github.inpaint4j.gan.data.Batch;
import io.github.inpaint4j.gan.loss.AdversarialLoss;
import io.github.inpaint4j.gan.loss.GeneratorLossForm;
import io.github.inpaint4j.gan.loss.HoleL1Loss;
import io.github.inpaint4j.gan.translate.GeneratorTensors;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * One iteration of adversarial training (Goodfellow et al., NIPS 2014, algorithm 1, with one D
 * step per G step), with one generator forward pass:
 * <ol>
 *   <li>G fills the holes: {@code fake = G(x·(1−m) + guess·g ‖ m ‖ g)} (g marks the hole samples
 *       seeded with a coarse guess, see {@link io.github.inpaint4j.gan.translate.GeneratorTensors}),
 *       {@code composite = m·fake + (1−m)·x};</li>
 *   <li>D step: D's loss on the real batch and on the composite <b>detached</b> from G (so no
 *       gradient reaches G), backward, D's Adam update (which also clears D's gradients);</li>
 *   <li>G step: D is <b>frozen</b> (its parameters stop requiring gradients, so the backward through
 *       D leaves nothing behind in D), G's loss = adversarial loss on D(composite) + λ·L1 on the
 *       hole, backward, G's Adam update; then D's trainable parameters are unfrozen again.</li>
 * </ol>
 * Before each update every gradient is checked to be finite ({@link FiniteParameters}); a
 * {@link NonFiniteGradientException} leaves the weights as they were.
 * DJL's PyTorch gradient collector never clears gradients itself (docs/djl.md#gradients); the detach and
 * the freeze are what keep the two networks' gradients apart.
 *
 * <p>Not thread-safe: one training loop per JVM (DJL's PyTorch gradient collector is global).
 */
final class AdversarialStep {

    private final Trainer generator;
    private final Trainer discriminator;
    private final Set<Parameter> trainableDiscriminatorParameters;
    private final HoleL1Loss reconstruction;
    private final GeneratorLossForm generatorLoss;

    /**
     * @param generator the trainer of a {@link io.github.inpaint4j.gan.model.UNetGenerator}, initialised
     * @param discriminator the trainer of a discriminator that outputs logits, initialised
     * @param l1Weight λ
     * @param generatorLoss the generator's adversarial loss form
     */
    AdversarialStep(Trainer generator, Trainer discriminator, float l1Weight, GeneratorLossForm generatorLoss) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.reconstruction = new HoleL1Loss(l1Weight);
        this.generatorLoss = generatorLoss;
        // Captured once: unfreezing everything would also make non-trainable buffers trainable.
        Set<Parameter> trainable = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Parameter p : discriminatorBlock().getParameters().values()) {
            if (p.requiresGradient()) {
                trainable.add(p);
            }
        }
        this.trainableDiscriminatorParameters = Collections.unmodifiableSet(trainable);
    }

    /**
     * Runs one iteration on {@code batch}; every array it makes is attached to {@code manager},
     * which the caller closes after the step.
     */
    StepLosses run(NDManager manager, Batch batch) {
        NDList arrays = arrays(manager, batch);
        NDArray real = arrays.get(0);
        NDArray input = arrays.get(1);
        NDArray mask = arrays.get(2);
        try (GradientCollector collector = generator.newGradientCollector()) {
            Generated generated = generate(real, input, mask);
            float discriminatorLoss = trainDiscriminator(collector, real, generated);
            return trainGenerator(collector, real, mask, generated, discriminatorLoss);
        }
    }

    /**
     * The batch's real crops {@code (N, 3, S, S)}, generator inputs {@code (N, 5, S, S)} and masks
     * {@code (N, 1, S, S)} as arrays of {@code manager}.
     */
    static NDList arrays(NDManager manager, Batch batch) {
        int n = batch.size();
        int s = batch.side();
        return new NDList(manager.create(batch.real(), new Shape(n, GeneratorTensors.OUTPUT_PLANES, s, s)),
                manager.create(batch.input(), new Shape(n, GeneratorTensors.INPUT_PLANES, s, s)),
                manager.create(batch.mask(), new Shape(n, 1, s, s)));
    }

    /** G's output and its composite with the known pixels. */
    record Generated(NDArray fake, NDArray composite) {
    }

    Generated generate(NDArray real, NDArray input, NDArray mask) {
        NDArray fake = generator.forward(new NDList(input)).singletonOrThrow();
        return new Generated(fake, GeneratorTensors.composite(fake, real, mask));
    }

    float trainDiscriminator(GradientCollector collector, NDArray real, Generated generated) {
        NDArray realLogits = discriminator.forward(new NDList(real)).singletonOrThrow();
        NDArray fakeLogits = discriminator.forward(new NDList(generated.composite().stopGradient())).singletonOrThrow();
        NDArray loss = AdversarialLoss.discriminator(realLogits, fakeLogits);
        collector.backward(loss);
        update(discriminator, "discriminator");
        return loss.getFloat();
    }

    StepLosses trainGenerator(GradientCollector collector, NDArray real, NDArray mask, Generated generated,
            float discriminatorLoss) {
        Block d = discriminatorBlock();
        d.freezeParameters(true);
        try {
            NDArray logits = discriminator.forward(new NDList(generated.composite())).singletonOrThrow();
            NDArray adversarial = AdversarialLoss.generator(logits, generatorLoss);
            NDArray l1 = reconstruction.evaluate(new NDList(real, mask), new NDList(generated.fake()));
            collector.backward(adversarial.add(l1));
            update(generator, "generator");
            return new StepLosses(discriminatorLoss, adversarial.getFloat(), l1.getFloat());
        } finally {
            d.freezeParameters(false, trainableDiscriminatorParameters::contains);
        }
    }

    /**
     * Adam's update of {@code trainer}'s network, refused (weights untouched) if a gradient is not
     * finite: see {@link FiniteParameters}.
     */
    private static void update(Trainer trainer, String network) {
        String broken = FiniteParameters.firstNonFiniteGradient(trainer.getModel());
        if (broken != null) {
            throw new NonFiniteGradientException(network, broken);
        }
        trainer.step();
    }

    private Block discriminatorBlock() {
        return discriminator.getModel().getBlock();
    }
}
