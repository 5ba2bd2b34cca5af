/**
 * The method registry's types: what a method is and which options it takes ({@link io.github.inpaint4j.registry.MethodDescription},
 * its options being {@link io.github.inpaint4j.settings.Setting}s), checked option values, and the service interface a
 * module implements to offer a method ({@link io.github.inpaint4j.registry.InpainterProvider}). The registry itself
 * is {@link io.github.inpaint4j.Inpainters}.
 */
package io.github.inpaint4j.registry;
