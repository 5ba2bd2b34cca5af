package io.github.inpaint4j.cli;

import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.SettingType;
import io.github.inpaint4j.settings.SettingValues;
import io.github.inpaint4j.settings.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Command-line options built from {@link Setting} declarations, so that a setting's name, help,
 * default and range are written once, where it is declared: a setting {@code max-jobs} becomes
 * {@code --max-jobs N} with its help and "(default 1, [1, 64])", and a value the setting refuses is a
 * usage error that names {@code --max-jobs}. A command adds the options of its settings in a
 * {@link picocli.CommandLine.IModelTransformer} and reads them back with {@link #given}:
 *
 * <pre>{@code
 * SettingValues values = SettingOptions.given(spec, ServeConfig.SETTINGS);
 * }</pre>
 */
final class SettingOptions {

    private SettingOptions() {
    }

    /** The option {@code --NAME} of {@code setting}, its help the setting's with its default and range. */
    static OptionSpec option(Setting<?> setting) {
        return option(setting, setting.help());
    }

    /** The option {@code --NAME} of {@code setting} with another help text (the default and range are added). */
    static OptionSpec option(Setting<?> setting, String help) {
        String facts = setting.defaultAndRange();
        String text = help + (facts.isEmpty() ? "" : " (" + facts + ")");
        // picocli formats descriptions with String.format
        OptionSpec.Builder option = OptionSpec.builder("--" + setting.name()).description(text.replace("%", "%%"))
                .userObject(setting);
        if (setting.isList()) {
            option.arity("1").type(List.class).auxiliaryTypes(String.class).splitRegex(",")
                    .paramLabel(setting.label());
        } else if (setting.type() == SettingType.FLAG) {
            option.arity("0").type(boolean.class);
        } else {
            // a FILE is a Path, so that OutputFile sees it among the command's inputs
            option.arity("1").type(setting.type() == SettingType.FILE ? Path.class : String.class)
                    .paramLabel(setting.label());
        }
        return option.build();
    }

    /** Adds the option of each setting to {@code command}. */
    static CommandSpec addAll(CommandSpec command, Settings settings) {
        for (Setting<?> setting : settings) {
            command.addOption(option(setting));
        }
        return command;
    }

    /**
     * The values of {@code settings} given on the command line, checked against their declarations;
     * the others hold their defaults.
     *
     * @throws ParameterException naming {@code --NAME} for a value a setting refuses
     */
    static SettingValues given(CommandSpec command, Settings settings) {
        try {
            return settings.parse(texts(command, settings));
        } catch (SettingException e) {
            throw usage(command, e);
        }
    }

    /** The text of each option of {@code settings} given on the command line: name → text (a flag is {@code true}). */
    static Map<String, String> texts(CommandSpec command, Iterable<Setting<?>> settings) {
        ParseResult parsed = command.commandLine().getParseResult();
        Map<String, String> text = new LinkedHashMap<>();
        for (Setting<?> setting : settings) {
            OptionSpec option = command.findOption("--" + setting.name());
            if (option == null || !parsed.hasMatchedOption(option)) {
                continue;
            }
            Object value = parsed.matchedOption(option.longestName()).getValue();
            if (setting.isList()) {
                text.put(setting.name(), String.join(",", ((List<?>) value).stream().map(String::valueOf).toList()));
            } else {
                text.put(setting.name(), option.type() == boolean.class ? "true" : value.toString());
            }
        }
        return text;
    }

    /** The usage error of a refused value, naming the option as the command line spells it. */
    static ParameterException usage(CommandSpec command, SettingException e) {
        return new ParameterException(command.commandLine(), e.message("--" + e.setting()), e);
    }
}
