/**
 * inpaint4j core: the {@link io.github.inpaint4j.Inpainter} API, images and masks, image files,
 * mask generators, quality metrics, the method registry, the bench and the batch. Every package is public
 * API; methods join the registry as {@link io.github.inpaint4j.registry.InpainterProvider}s.
 */
module io.github.inpaint4j.core {
    // BufferedImage and ImageIO types appear in the API (io.BufferedImages, io.ImageFiles).
    requires transitive java.desktop;
    requires org.slf4j;

    exports io.github.inpaint4j;
    exports io.github.inpaint4j.batch;
    exports io.github.inpaint4j.bench;
    exports io.github.inpaint4j.io;
    exports io.github.inpaint4j.masks;
    exports io.github.inpaint4j.metrics;
    exports io.github.inpaint4j.registry;
    exports io.github.inpaint4j.settings;
    exports io.github.inpaint4j.synthetic;

    uses io.github.inpaint4j.registry.InpainterProvider;
}
