package io.github.inpaint4j.gan.model;

/**
 * What a {@code UNetGenerator} runs at its lowest resolution, where a 3×3 convolution sees the
 * most of the picture: the part that decides how far the generator looks for context.
 */
public enum Bottleneck {

    /**
     * Two dilated units (dilation 2 and 4), the layout of format-1 checkpoints: the receptive
     * field grows by 12 bottleneck pixels.
     */
    DILATED,

    /**
     * {@code blocks} residual blocks whose first convolution is dilated by 1, 2, 4, 8, 1, 2, …
     * (Iizuka, Simo-Serra and Ishikawa, "Globally and Locally Consistent Image Completion",
     * SIGGRAPH 2017, in the residual form of LaMa's body): each block adds 2 + 2·d bottleneck
     * pixels of view, and the residual path keeps a deep stack trainable.
     */
    RESIDUAL,

    /**
     * {@code blocks} residual blocks built on {@code FastFourierConv}, half of whose channels come
     * from a convolution over the picture's 2-D Fourier spectrum (LaMa: Suvorov et al.,
     * "Resolution-robust Large Mask Inpainting with Fourier Convolutions", WACV 2022): every block
     * sees the whole window.
     */
    FOURIER;

    /**
     * The bottleneck named {@code name} ({@code dilated}, {@code residual} or {@code fourier}, in
     * any case).
     *
     * @throws IllegalArgumentException naming the value and the known names
     */
    public static Bottleneck parse(String name) {
        for (Bottleneck b : values()) {
            if (b.name().equalsIgnoreCase(name.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("bottleneck must be dilated, residual or fourier, got '" + name + "'");
    }
}
