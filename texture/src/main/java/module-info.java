/**
 * inpaint4j texture: the non-learned methods (Telea, Efros–Leung, Criminisi, PatchMatch) and their
 * configurations. {@code io.github.inpaint4j.texture.internal} holds the inner loops and is not
 * exported; its providers register the methods with core's registry.
 */
module io.github.inpaint4j.texture {
    requires transitive io.github.inpaint4j.core;
    requires org.slf4j;

    exports io.github.inpaint4j.texture;

    provides io.github.inpaint4j.registry.InpainterProvider with
            io.github.inpaint4j.texture.internal.TeleaProvider,
            io.github.inpaint4j.texture.internal.EfrosLeungProvider,
            io.github.inpaint4j.texture.internal.CriminisiProvider,
            io.github.inpaint4j.texture.internal.PatchMatchProvider;
}
