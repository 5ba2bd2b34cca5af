/**
 * {@code inpaint serve}: a local web page to remove objects from photos with a brush, and the HTTP API
 * behind it ({@link io.github.inpaint4j.cli.serve.InpaintServer}), over the methods of the registry.
 */
package io.github.inpaint4j.cli.serve;
