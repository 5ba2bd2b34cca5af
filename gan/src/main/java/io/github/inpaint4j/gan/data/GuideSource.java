package io.github.inpaint4j.gan.data;

/**
 * Where the coarse guess of a guided training crop comes from: what the generator learns to
 * refine in the finer passes of a coarse-to-fine fill.
 *
 * @since 0.2.0
 */
public enum GuideSource {
    /**
     * The truth: the crop shrunk 2× or 4× and enlarged back. The refining step learns that every
     * variation in the guide is real detail to sharpen, which is right for a perfect coarse fill
     * and amplifies the faults of a real one.
     */
    TRUTH,
    /**
     * The generator's own fill of the crop shrunk 2× or 4×, made with the weights of the step and
     * enlarged back: what inference gives the refining step. It learns to correct the coarse pass's
     * faults against the truth rather than sharpen them (the exposure to its own outputs that
     * scheduled sampling gives a sequence model: Bengio et al., NIPS 2015).
     */
    GENERATOR
}
