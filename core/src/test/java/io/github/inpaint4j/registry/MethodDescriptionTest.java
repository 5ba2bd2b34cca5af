package io.github.inpaint4j.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Threads;
import io.github.inpaint4j.settings.Setting;
import io.github.inpaint4j.settings.SettingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MethodDescriptionTest {

    private static final MethodDescription GREY = BorderMeanProvider.DESCRIPTION;

    @Test
    void defaultsFillWhatIsNotGiven() {
        OptionValues values = GREY.parse(Map.of("count", " 4 ", "file", "a b/c.png"));
        assertEquals(0.5, values.get(BorderMeanProvider.LEVEL));
        assertFalse(values.get(BorderMeanProvider.INVERT));
        assertEquals(BorderMeanProvider.Channel.ALL, values.get(BorderMeanProvider.CHANNEL));
        assertEquals(4, values.get(BorderMeanProvider.COUNT));
        assertEquals(Optional.of(Path.of("a b/c.png")), values.find(BorderMeanProvider.FILE));
        assertEquals("none", values.get(BorderMeanProvider.LABEL));
        assertEquals(7L, values.get(BorderMeanProvider.SEED));
        assertEquals(Threads.available(), values.get(BorderMeanProvider.THREADS));
        assertTrue(values.isGiven(BorderMeanProvider.COUNT));
        assertFalse(values.isGiven(BorderMeanProvider.LEVEL));
        assertEquals(GREY, values.method());
        assertEquals(Optional.empty(), GREY.parse(Map.of()).find(BorderMeanProvider.FILE));
    }

    @Test
    void askingForAnOptionTheDescriptionLacksIsTheProvidersBug() {
        OptionValues values = GREY.parse(Map.of());
        assertThrows(IllegalStateException.class, () -> values.get(Setting.integer("radius", 1)));
        assertThrows(IllegalStateException.class, () -> values.get(BorderMeanProvider.FILE), "no value, no default");
    }

    @Test
    void rangesInWords() {
        assertEquals("[0, 1]", GREY.option("level").orElseThrow().range());
        assertEquals("default 0.5, [0, 1]", GREY.option("level").orElseThrow().defaultAndRange());
        assertEquals("one of all, red", GREY.option("channel").orElseThrow().range());
        assertEquals(">= 3", Setting.integer("w", 11).atLeast(3).range());
        assertEquals("<= 0.25", Setting.number("x", null).atMost(0.25).range());
        assertEquals("default 7", GREY.option("seed").orElseThrow().defaultAndRange());
        assertEquals("", GREY.option("invert").orElseThrow().defaultAndRange());
        assertEquals("", GREY.option("file").orElseThrow().defaultAndRange());
    }

    @Test
    void descriptionsAreChecked() {
        IllegalArgumentException badName = assertThrows(IllegalArgumentException.class,
                () -> new MethodDescription("Efros_Leung", "x", List.of()));
        assertEquals("method name must be lower-case words joined by hyphens (e.g. search-radius), got 'Efros_Leung'",
                badName.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Setting.flag("--fast"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new MethodDescription("m", "x",
                List.of(Setting.flag("a"), Setting.flag("a"))));
        assertEquals("method m: setting a is declared twice", twice.getMessage());
        assertThrows(IllegalStateException.class, () -> Setting.file("f").atLeast(1));
        assertThrows(IllegalArgumentException.class, () -> Setting.integer("n", null).range(5, 2));
        assertEquals("method m has no option 'a' (it has none)", assertThrows(IllegalArgumentException.class,
                () -> new MethodDescription("m", "x", List.of()).parse(Map.of("a", "1"))).getMessage());
    }

    @Test
    void aBadValueIsASettingExceptionOwnedByTheMethod() {
        SettingException e = assertThrows(SettingException.class, () -> GREY.parse(Map.of("count", "0")));
        assertEquals("count", e.setting());
        assertEquals(Optional.of("test-grey"), e.owner());
        assertEquals("0", e.value());
        assertEquals("in [1, 10]", e.allowed());
        assertEquals("--count of test-grey must be in [1, 10], got 0", e.message("--count"));
    }
}
