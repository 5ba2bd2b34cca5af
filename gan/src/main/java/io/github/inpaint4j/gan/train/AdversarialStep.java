package io.github.inpaint4j.gan.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import io.github.inpaint4j.gan.internal.data.Batch;
import io.github.inpaint4j.gan.internal.Seeds;
import io.github.inpaint4j.gan.internal.loss.AdversarialLoss;
import io.github.inpaint4j.gan.internal.loss.FeatureMatchingLoss;
import io.github.inpaint4j.gan.internal.loss.HoleL1Loss;
import io.github.inpaint4j.gan.internal.loss.PerceptualLoss;
import io.github.inpaint4j.gan.translate.GeneratorTensors;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One iteration of adversarial training (Goodfellow et al., NIPS 2014, algorithm 1, with one D
 * step per G step), with one generator forward pass:
 * <ol>
 *   <li>G fills the holes: {@code fake = G(x·(1−m) + guess·g ‖ m ‖ g)} (g marks the hole samples
 *       seeded with a coarse guess, see {@link io.github.inpaint4j.gan.translate.GeneratorTensors}),
 *       {@code composite = m·fake + (1−m)·x};</li>
 *   <li>D step: D's loss on the real batch and on the composite <b>detached</b> from G (so no
 *       gradient reaches G), each logit of the composite labelled as the
 *       {@link io.github.inpaint4j.gan.loss.DiscriminatorTarget} says, plus every
 *       {@code r1Every} steps the R1 penalty; backward, D's Adam update (which also clears D's
 *       gradients);</li>
 *   <li>G step: D is <b>frozen</b> (its parameters stop requiring gradients, so the backward through
 *       D leaves nothing behind in D), G's loss = adversarial loss on D(composite) + the L1 terms +
 *       feature matching on D's features + the perceptual loss; backward, G's Adam update; then D's
 *       trainable parameters are unfrozen again.</li>
 * </ol>
 * What D sees — the real crops and the composites, with the mask as a fourth plane when D is
 * conditioned on it — passes through the {@link Augmentation} first, each crop with its own draw.
 * Before each update every gradient is checked to be finite ({@link FiniteParameters}); a
 * {@link NonFiniteGradientException} leaves the weights as they were.
 * DJL's PyTorch gradient collector never clears gradients itself (docs/djl.md#gradients); the detach and
 * the freeze are what keep the two networks' gradients apart.
 *
 * <p><b>R1</b>, {@code γ/2 · E‖∇ₓ Σ D(x)‖²} on the real crops as D sees them (Mescheder et al., ICML
 * 2018, LaMa's sum over the patch logits), is estimated by a finite difference along a random
 * direction: for δ with independent N(0, 1) samples, {@code E_δ[(Σ D(x + σδ) − Σ D(x))²] / σ² =
 * ‖∇ₓ Σ D(x)‖²} as σ → 0. DJL's API has no second-order backward (its PyTorch collector cannot keep
 * the gradient's graph), and this estimate needs only one more forward pass of D; its gradient with
 * respect to D's weights is that of R1 up to O(σ). Applied every {@code r1Every} steps with weight
 * {@code γ · r1Every} (StyleGAN2's lazy regularisation).
 *
 * <p>Not thread-safe: one training loop per JVM (DJL's PyTorch gradient collector is global).
 * Close it to release the perceptual network's weights.
 */
final class AdversarialStep implements AutoCloseable {

    /** Step of the finite difference of R1, on the [−1, 1] scale of the pictures. */
    static final float R1_STEP = 0.01f;

    /** Keeps the augmentation and R1 streams apart from the batches'. */
    private static final long AUGMENT_SALT = 0x6175676d656e74L;
    private static final long R1_SALT = 0x72315f7031L;

    private final Trainer generator;
    private final Trainer discriminator;
    private final Set<Parameter> trainableDiscriminatorParameters;
    private final TrainingConfig.Losses losses;
    private final TrainingConfig.Regularisation regularisation;
    private final boolean maskChannel;
    private final long seed;
    private final HoleL1Loss reconstruction;
    private final DiscriminatorAugment augment;
    private final PerceptualLoss perceptual;

    /**
     * @param generator the trainer of a {@link io.github.inpaint4j.gan.internal.model.UNetGenerator}, initialised
     * @param discriminator the trainer of a {@link io.github.inpaint4j.gan.internal.model.PatchDiscriminator}, initialised
     * @param config the run's configuration: its losses, regularisation, the discriminator's input and the seed
     */
    AdversarialStep(Trainer generator, Trainer discriminator, TrainingConfig config) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.losses = config.losses();
        this.regularisation = config.regularisation();
        this.maskChannel = config.model().discriminator().maskChannel();
        this.seed = config.seed();
        this.reconstruction = new HoleL1Loss(losses.l1Weight(), losses.knownL1Weight());
        this.augment = new DiscriminatorAugment(regularisation.augmentation());
        this.perceptual = losses.perceptualWeight() > 0
                ? new PerceptualLoss(generator.getModel().getNDManager()) : null;
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
     * Runs iteration {@code step} on {@code batch}; every array it makes is attached to
     * {@code manager}, which the caller closes after the step.
     */
    StepLosses run(NDManager manager, Batch batch, long step) {
        NDList arrays = arrays(manager, batch);
        NDArray real = arrays.get(0);
        NDArray input = arrays.get(1);
        NDArray mask = arrays.get(2);
        SplittableRandom augmentations = Seeds.stream(seed ^ AUGMENT_SALT, step);
        try (GradientCollector collector = generator.newGradientCollector()) {
            Generated generated = generate(real, input, mask);
            boolean r1 = regularisation.r1Weight() > 0 && step % regularisation.r1Every() == 0;
            float discriminatorLoss = trainDiscriminator(collector, real, mask, generated, augmentations,
                    r1 ? Seeds.stream(seed ^ R1_SALT, step) : null);
            return trainGenerator(collector, real, mask, generated, discriminatorLoss, augmentations);
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

    float trainDiscriminator(GradientCollector collector, NDArray real, NDArray mask, Generated generated,
            SplittableRandom augmentations, SplittableRandom r1Directions) {
        NDArray realSeen = augment.apply(real.concat(mask, 1), augmentations);
        NDArray fakeSeen = augment.apply(generated.composite().stopGradient().concat(mask, 1), augmentations);
        NDArray realLogits = logits(realSeen);
        NDArray fakeLogits = logits(fakeSeen);
        NDArray labels = losses.discriminatorTarget().fakeLabels(fakeLogits, fakeSeen.get(":, 3:"));
        NDArray loss = AdversarialLoss.discriminator(realLogits, fakeLogits, labels);
        if (r1Directions != null) {
            loss = loss.add(r1(realSeen, realLogits, r1Directions));
        }
        collector.backward(loss);
        update(discriminator, "discriminator");
        return loss.getFloat();
    }

    /**
     * The lazy R1 term, {@code r1Every · γ/2 · mean_n ((Σ D(x_n + σδ_n) − Σ D(x_n)) / σ)²}, δ
     * perturbing the RGB planes only.
     */
    NDArray r1(NDArray realSeen, NDArray realLogits, SplittableRandom directions) {
        NDManager manager = realSeen.getManager();
        Shape shape = realSeen.getShape();
        long plane = shape.get(2) * shape.get(3);
        float[] delta = new float[Math.toIntExact(shape.size())];
        for (int n = 0; n < shape.get(0); n++) {
            for (int i = 0; i < 3 * plane; i++) {
                delta[Math.toIntExact(n * shape.get(1) * plane + i)] = (float) (directions.nextGaussian() * R1_STEP);
            }
        }
        NDArray moved = logits(realSeen.add(manager.create(delta, shape)));
        int[] perCrop = {1, 2, 3};
        NDArray difference = moved.sum(perCrop).sub(realLogits.sum(perCrop));
        float weight = regularisation.r1Weight() / 2 * regularisation.r1Every() / (R1_STEP * R1_STEP)
                / shape.get(0);
        return difference.square().sum().mul(manager.full(new Shape(), weight));
    }

    StepLosses trainGenerator(GradientCollector collector, NDArray real, NDArray mask, Generated generated,
            float discriminatorLoss, SplittableRandom augmentations) {
        Block d = discriminatorBlock();
        d.freezeParameters(true);
        try {
            int n = Math.toIntExact(real.getShape().get(0));
            boolean matching = losses.featureMatchingWeight() > 0;
            NDList seen = augment.apply(matching ? new NDList(generated.composite().concat(mask, 1),
                    real.concat(mask, 1)) : new NDList(generated.composite().concat(mask, 1)), augmentations);
            NDList out = discriminator.forward(new NDList(discriminatorInput(matching
                    ? seen.get(0).concat(seen.get(1), 0) : seen.get(0))));
            NDArray fakeLogits = matching ? out.get(0).get("0:{}", n) : out.get(0);
            NDArray adversarial = AdversarialLoss.generator(fakeLogits, losses.generatorLoss());
            NDArray pixels = reconstruction.evaluate(new NDList(real, mask), new NDList(generated.fake()));
            NDArray total = adversarial.add(pixels);
            float other = 0;
            if (matching) {
                NDList fakeFeatures = new NDList();
                NDList realFeatures = new NDList();
                for (int l = 1; l < out.size(); l++) {
                    fakeFeatures.add(out.get(l).get("0:{}", n));
                    realFeatures.add(out.get(l).get("{}:", n));
                }
                NDArray fm = FeatureMatchingLoss.of(realFeatures, fakeFeatures, losses.featureMatchingWeight());
                total = total.add(fm);
                other += fm.getFloat();
            }
            if (perceptual != null) {
                NDArray p = perceptual.evaluate(real, generated.composite(), losses.perceptualWeight());
                total = total.add(p);
                other += p.getFloat();
            }
            collector.backward(total);
            update(generator, "generator");
            return new StepLosses(discriminatorLoss, adversarial.getFloat(), pixels.getFloat(), other);
        } finally {
            d.freezeParameters(false, trainableDiscriminatorParameters::contains);
        }
    }

    /** D's logits for a picture with its mask plane as the last of four. */
    private NDArray logits(NDArray seen) {
        return discriminator.forward(new NDList(discriminatorInput(seen))).get(0);
    }

    /** What D takes of a picture with its mask plane: all four planes when conditioned on the mask, else RGB. */
    private NDArray discriminatorInput(NDArray seen) {
        return maskChannel ? seen : seen.get(":, 0:3");
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

    @Override
    public void close() {
        if (perceptual != null) {
            perceptual.close();
        }
    }
}
