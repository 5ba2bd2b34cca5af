package io.github.inpaint4j.gan.zoo;

import ai.djl.repository.zoo.ModelZoo;
import ai.djl.repository.zoo.ZooProvider;

/**
 * Registers {@link GanModelZoo} with DJL, through {@code META-INF/services}: DJL finds it when it
 * lists its model zoos, so {@code Criteria} with group id {@code io.github.inpaint4j} finds the
 * GAN. Not called by users.
 *
 * @since 0.2.0
 */
public final class GanZooProvider implements ZooProvider {

    @Override
    public ModelZoo getModelZoo() {
        return new GanModelZoo();
    }
}
