package io.github.inpaint4j.registry;

import io.github.inpaint4j.Inpainter;
import java.io.IOException;

/**
 * A method that joins the registry ({@link io.github.inpaint4j.Inpainters}): found with
 * {@link java.util.ServiceLoader}, so a module offers its methods by listing one provider class per
 * method in {@code META-INF/services/io.github.inpaint4j.registry.InpainterProvider} (and
 * {@code provides} in its {@code module-info}). A user's own method joins the same way.
 *
 * <p>Implementations are public, have a public no-argument constructor, and are thread-safe.
 */
public interface InpainterProvider {

    /** The method's name, summary and options. Always the same description. */
    MethodDescription description();

    /**
     * Builds the method's inpainter.
     *
     * @param options the option values, already checked against {@link #description()}
     * @return a new inpainter; the caller closes it
     * @throws io.github.inpaint4j.settings.SettingException for option values the method's configuration
     *     refuses (the registry adds the method's name)
     * @throws IllegalArgumentException for other option values the method's configuration refuses (the message names
     *     the option and the value)
     * @throws IOException if a file an option names cannot be read
     */
    Inpainter create(OptionValues options) throws IOException;
}
