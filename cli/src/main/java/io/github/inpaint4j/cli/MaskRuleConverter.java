package io.github.inpaint4j.cli;

import io.github.inpaint4j.io.MaskRule;
import io.github.inpaint4j.settings.SettingException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --mask-rule} values; a bad one is a usage error. */
final class MaskRuleConverter implements ITypeConverter<MaskRule> {
    @Override
    public MaskRule convert(String value) {
        try {
            return MaskRule.SETTING.parse(value);
        } catch (SettingException e) {
            throw new TypeConversionException(e.message("--" + e.setting()));
        }
    }
}
