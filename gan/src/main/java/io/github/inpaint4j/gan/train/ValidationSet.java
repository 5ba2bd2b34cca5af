package io.github.inpaint4j.gan.train;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import io.github.inpaint4j.Inpainter;
import io.github.inpaint4j.Mask;
import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.gan.internal.data.Picture;
import io.github.inpaint4j.gan.internal.Seeds;
import io.github.inpaint4j.gan.translate.InpaintingInput;
import io.github.inpaint4j.masks.MaskGenerator;
import io.github.inpaint4j.metrics.Psnr;
import io.github.inpaint4j.metrics.TextureFidelity;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fixed crops of held-out pictures with fixed holes, on which the generator (and a baseline
 * method beside it) is scored at every checkpoint. The crops and masks depend only on the seed, so the score of two
 * checkpoints of a run (or of a resumed run) are comparable. Immutable.
 */
public final class ValidationSet {

    /** Keeps the validation streams apart from the training ones, which use the seed as is. */
    private static final long SALT = 0x76616c6964617465L;

    private final List<InpaintingInput> inputs;

    private ValidationSet(List<InpaintingInput> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /**
     * {@code cropsPerPicture} random {@code side × side} crops of each picture, each with a mask
     * from {@code masks}.
     */
    public static ValidationSet of(List<Picture> pictures, int side, int cropsPerPicture, long seed,
            MaskGenerator masks) {
        List<InpaintingInput> inputs = new ArrayList<>();
        for (Picture p : pictures) {
            for (int k = 0; k < cropsPerPicture; k++) {
                SplittableRandom random = Seeds.stream(seed ^ SALT, inputs.size());
                int x = random.nextInt(p.width() - side + 1);
                int y = random.nextInt(p.height() - side + 1);
                RgbImage crop = p.crop(x, y, side);
                Mask mask = masks.generate(side, side, random);
                inputs.add(new InpaintingInput(crop, mask));
            }
        }
        return new ValidationSet(inputs);
    }

    /** The crops with their masks; each crop is the ground truth of its hole. */
    public List<InpaintingInput> inputs() {
        return inputs;
    }

    /** {@code true} if there is nothing to validate on. */
    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /**
     * The scores of the predictor's fills (in batches of {@code batchSize} crops per
     * {@code batchPredict} call); {@link ValidationScore#NONE} if the set is empty.
     *
     * @throws TranslateException if the predictor fails
     */
    public ValidationScore score(Predictor<InpaintingInput, RgbImage> predictor, int batchSize)
            throws TranslateException {
        List<RgbImage> filled = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += batchSize) {
            filled.addAll(predictor.batchPredict(inputs.subList(from, Math.min(inputs.size(), from + batchSize))));
        }
        return score(filled);
    }

    /**
     * The scores of {@code baseline}'s fills, e.g. Telea's, to set beside the generator's on exactly
     * the same crops and holes; {@link ValidationScore#NONE} if the set is empty.
     */
    public ValidationScore score(Inpainter baseline) {
        List<RgbImage> filled = new ArrayList<>();
        for (InpaintingInput in : inputs) {
            filled.add(baseline.inpaint(in.image(), in.mask()));
        }
        return score(filled);
    }

    private ValidationScore score(List<RgbImage> filled) {
        if (inputs.isEmpty()) {
            return ValidationScore.NONE;
        }
        double psnr = 0;
        double fillDetail = 0;
        double truthDetail = 0;
        for (int i = 0; i < inputs.size(); i++) {
            InpaintingInput in = inputs.get(i);
            psnr += Psnr.inHole(in.image(), filled.get(i), in.mask());
            int holes = in.mask().holeCount();
            fillDetail += TextureFidelity.meanGradient(filled.get(i), in.mask()) * holes;
            truthDetail += TextureFidelity.meanGradient(in.image(), in.mask()) * holes;
        }
        return new ValidationScore(psnr / inputs.size(), truthDetail == 0 ? Double.NaN : fillDetail / truthDetail);
    }
}
