/** Example programs: each {@code main} calls a public static method that returns its result. */
package io.github.inpaint4j.examples;
