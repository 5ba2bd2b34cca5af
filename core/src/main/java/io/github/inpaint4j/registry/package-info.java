/**
 * The method registry's types: what a method and its options are ({@link io.github.inpaint4j.registry.MethodDescription},
 * {@link io.github.inpaint4j.registry.OptionDescription}), checked option values, and the service interface a
 * module implements to offer a method ({@link io.github.inpaint4j.registry.InpainterProvider}). The registry itself
 * is {@link io.github.inpaint4j.Inpainters}.
 */
package io.github.inpaint4j.registry;
