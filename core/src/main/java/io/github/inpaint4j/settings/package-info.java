/**
 * Settings declared once: each {@link io.github.inpaint4j.settings.Setting} holds a setting's public
 * name, type, default, allowed range and help; configuration records validate their fields against
 * their declarations, and every front end (the method registry, the command line, the HTTP API, the
 * Spark job) builds its options and reads its values through them. A value outside a declaration is
 * a {@link io.github.inpaint4j.settings.SettingException}, which names the setting, the value and
 * what is allowed.
 */
package io.github.inpaint4j.settings;
