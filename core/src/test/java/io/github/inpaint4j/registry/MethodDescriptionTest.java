package io.github.inpaint4j.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.Threads;
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
        assertEquals(0.5, values.getDouble("level"));
        assertFalse(values.getFlag("invert"));
        assertEquals("all", values.getString("channel"));
        assertEquals(4, values.getInt("count"));
        assertEquals(Optional.of(Path.of("a b/c.png")), values.getFile("file"));
        assertEquals("none", values.getString("label"));
        assertEquals(7L, values.getLong("seed"));
        assertEquals(Threads.available(), values.getInt("threads"));
        assertTrue(values.isGiven("count"));
        assertFalse(values.isGiven("level"));
        assertEquals(GREY, values.method());
        assertEquals(Optional.empty(), GREY.parse(Map.of()).getFile("file"));
    }

    @Test
    void askingForAnOptionTheDescriptionLacksIsTheProvidersBug() {
        OptionValues values = GREY.parse(Map.of());
        assertThrows(IllegalStateException.class, () -> values.getInt("radius"));
        assertThrows(IllegalStateException.class, () -> values.getInt("level"), "a NUMBER read as an INTEGER");
        assertThrows(IllegalStateException.class, () -> values.getString("count"));
    }

    @Test
    void rangesInWords() {
        assertEquals("[0, 1]", GREY.option("level").orElseThrow().range());
        assertEquals("default 0.5, [0, 1]", GREY.option("level").orElseThrow().defaultAndRange());
        assertEquals("one of all, red", GREY.option("channel").orElseThrow().range());
        assertEquals(">= 3", OptionDescription.integer("w", 11L, 3L, null, "w").range());
        assertEquals("<= 0.25", OptionDescription.number("x", null, null, 0.25, "x").range());
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
        assertThrows(IllegalArgumentException.class, () -> OptionDescription.flag("--fast", "x"));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> new MethodDescription("m", "x",
                List.of(OptionDescription.flag("a", "x"), OptionDescription.flag("a", "y"))));
        assertEquals("method m declares option a twice", twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> OptionDescription.choice("c", "a", List.of(), "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new OptionDescription("f", OptionType.FILE, null, 1.0, null, List.of(), "x"));
        assertThrows(IllegalArgumentException.class, () -> OptionDescription.integer("n", 1L, 5L, 2L, "x"));
        assertEquals("method m has no option 'a' (it has none)", assertThrows(IllegalArgumentException.class,
                () -> new MethodDescription("m", "x", List.of()).parse(Map.of("a", "1"))).getMessage());
    }
}
