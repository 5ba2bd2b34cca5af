package io.github.inpaint4j.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SettingTest {

    private enum Loss {
        NON_SATURATING, SATURATING
    }

    private enum Search {
        EXACT, FAST
    }

    private static final Setting<Integer> WINDOW = Setting.integer("window", 11).atLeast(3).odd().help("window width");
    private static final Setting<Double> MAX_ERROR = Setting.number("max-error", 0.3).above(0).help("threshold");
    private static final Setting<Loss> LOSS = Setting.choice("generator-loss", Loss.NON_SATURATING)
            .deprecatedWord("non_saturating", "non-saturating").help("the generator's loss");

    @Test
    void theRecordsCheckAndTheTextsParseMeetTheSameRange() {
        assertEquals(13, WINDOW.check(13));
        assertEquals(13, WINDOW.parse(" 13 "));
        assertMessage("window must be odd and >= 3, got 10", () -> WINDOW.check(10));
        assertMessage("window must be odd and >= 3, got 10", () -> WINDOW.parse("10"));
        assertMessage("window must be odd and >= 3, got 1", () -> WINDOW.check(1));
        assertMessage("window must be a whole number, got '7.5'", () -> WINDOW.parse("7.5"));
        assertMessage("max-error must be > 0, got 0.0", () -> MAX_ERROR.check(0.0));
        assertMessage("max-error must be > 0, got 0.0", () -> MAX_ERROR.parse("0"));
        assertMessage("max-error must be a finite number, got Infinity", () -> MAX_ERROR.check(Double.POSITIVE_INFINITY));
        assertMessage("max-error must be a finite number, got 'NaN'", () -> MAX_ERROR.parse("NaN"));
        assertMessage("max-error must be a number, got 'high'", () -> MAX_ERROR.parse("high"));
    }

    @Test
    void theExceptionCarriesTheSettingTheValueAndWhatIsAllowed() {
        SettingException e = assertThrows(SettingException.class, () -> MAX_ERROR.parse("0"));
        assertEquals("max-error", e.setting());
        assertEquals("0.0", e.value());
        assertEquals("> 0", e.allowed());
        assertEquals(Optional.empty(), e.owner());
        SettingException owned = e.ofOwner("efros-leung");
        assertEquals("option max-error of efros-leung must be > 0, got 0.0", owned.getMessage());
        assertEquals("--max-error of efros-leung must be > 0, got 0.0", owned.message("--max-error"));
        assertEquals("--max-error must be > 0, got 0.0", e.message("--max-error"));
    }

    @Test
    void rangesInWords() {
        assertEquals("odd and >= 3", WINDOW.allowed());
        assertEquals("odd, >= 3", WINDOW.range());
        assertEquals("default 11, odd, >= 3", WINDOW.defaultAndRange());
        assertEquals("in [1, 50]", Setting.integer("radius", 5).range(1, 50).allowed());
        assertEquals("> 0 and <= 86400", Setting.number("timeout", 600.0).above(0).atMost(86400).allowed());
        assertEquals("> 0, <= 86400", Setting.number("timeout", 600.0).above(0).atMost(86400).range());
        assertEquals("in [0.5, 2]", Setting.number("x", 1.0).range(0.5, 2).allowed());
        assertTrue(Setting.threads("t").allowed().startsWith("in [1, "), Setting.threads("t").allowed());
        assertTrue(Setting.threads("t").allowed().endsWith(" available processors, at least 8)"));
        assertEquals("one of non-saturating, saturating", LOSS.allowed());
        assertEquals(List.of("non-saturating", "saturating"), LOSS.choices());
        assertEquals("true or false", Setting.flag("fast").allowed());
        assertEquals("", Setting.file("sample").allowed());
    }

    @Test
    void aDefaultOutsideTheRangeIsRefusedWhenDeclared() {
        assertThrows(SettingException.class, () -> Setting.integer("w", 4).atLeast(3).odd());
    }

    @Test
    void choicesAreTheConstantsInLowerCaseAndNothingElse() {
        assertEquals(Loss.SATURATING, LOSS.parse("saturating"));
        assertEquals("non-saturating", LOSS.format(Loss.NON_SATURATING));
        assertEquals("non-saturating", LOSS.defaultText());
        assertMessage("generator-loss must be one of non-saturating, saturating, got 'hinge'", () -> LOSS.parse("hinge"));
        assertMessage("generator-loss must be one of non-saturating, saturating, got 'SATURATING'",
                () -> LOSS.parse("SATURATING"));
        assertEquals(Loss.NON_SATURATING, LOSS.parse("non_saturating"), "the old spelling, deprecated, still read");
        assertEquals("gaussian-ssd", Setting.word(Search.EXACT).replace("exact", "gaussian-ssd"));
    }

    @Test
    void aFlagMaySelectOneOfTwoValues() {
        Setting<Search> fast = Setting.flag("fast", Search.EXACT, Search.FAST);
        assertEquals(Search.EXACT, fast.defaultValue().orElseThrow());
        assertEquals(Search.FAST, fast.parse("true"));
        assertEquals(Search.EXACT, fast.parse("FALSE"));
        assertEquals("true", fast.format(Search.FAST));
        assertMessage("fast must be true or false, got 'yes'", () -> fast.parse("yes"));
        assertEquals(SettingType.FLAG, fast.type());
    }

    @Test
    void bytesSecondsAndLists() {
        Setting<Long> body = Setting.bytes("max-body", null).range(4096, 1L << 32);
        assertEquals(96L << 20, body.parse("96M"));
        assertEquals(4096L, body.parse("4096"));
        assertEquals(512L << 10, body.parse("512k"));
        assertMessage("max-body must be in [4096, 4294967296], got 96", () -> body.parse("96"));
        assertMessage("max-body must be a number of bytes (e.g. 4096, 512K, 96M or 2G), got '1.5M'",
                () -> body.parse("1.5M"));
        Setting<Duration> ttl = Setting.seconds("job-ttl", Duration.ofMinutes(10)).range(1, 604800);
        assertEquals(Duration.ofSeconds(30), ttl.parse("30"));
        assertEquals(Duration.ofMillis(1500), ttl.parse("1.5"));
        assertEquals("600", ttl.defaultText());
        assertMessage("job-ttl must be in [1, 604800], got 0", () -> ttl.parse("0"));
        Setting<List<Loss>> losses = Setting.list("losses", LOSS, List.of(Loss.SATURATING));
        assertEquals(List.of(Loss.SATURATING, Loss.NON_SATURATING), losses.parse("saturating, non-saturating"));
        assertEquals("saturating", losses.defaultText());
        assertTrue(losses.isList());
        assertEquals(List.of("non-saturating", "saturating"), losses.choices());
        assertMessage("losses must be one of non-saturating, saturating, got 'x'", () -> losses.parse("saturating,x"));
        Setting<List<Integer>> odds = Setting.list("odds", Setting.integer("odd", null).odd(), List.of());
        assertMessage("odds must be odd, got 4", () -> odds.check(List.of(3, 4)));
    }

    @Test
    void valuesHoldWhatWasGivenAndTheDefaults() {
        Settings group = Settings.of(WINDOW, MAX_ERROR, LOSS, Setting.file("sample"));
        SettingValues values = group.parse(Map.of("window", "5"));
        assertEquals(5, values.get(WINDOW));
        assertEquals(0.3, values.get(MAX_ERROR));
        assertTrue(values.isGiven(WINDOW));
        assertFalse(values.isGiven(MAX_ERROR));
        assertEquals(0.5, values.with(MAX_ERROR, 0.5).get(MAX_ERROR));
        assertMessage("max-error must be > 0, got -1.0", () -> values.with(MAX_ERROR, -1.0));
        assertThrows(IllegalStateException.class, () -> values.get(Setting.integer("other", 1)));
        assertEquals(Optional.empty(), values.find(group.find("sample").map(s -> (Setting<?>) s).orElseThrow()));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> group.parse(Map.of("colour", "red")));
        assertEquals("no setting 'colour' (the settings: window, max-error, generator-loss, sample)",
                unknown.getMessage());
        assertEquals(List.of("window", "generator-loss"), group.without("max-error", "sample").names());
    }

    private static void assertMessage(String expected, Supplier<?> call) {
        SettingException e = assertThrows(SettingException.class, call::get);
        assertEquals(expected, e.getMessage());
    }
}
