/**
 * What DJL users hand the GAN and get back: {@link io.github.inpaint4j.gan.translate.InpaintingInput}
 * (this library's picture and mask) or {@link io.github.inpaint4j.gan.translate.MaskedImage} (DJL's
 * pictures), and the translators of the model zoo's model
 * ({@link io.github.inpaint4j.gan.translate.GanTranslatorFactory}).
 */
package io.github.inpaint4j.gan.translate;
