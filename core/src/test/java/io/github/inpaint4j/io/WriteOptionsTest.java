package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.settings.SettingException;
import io.github.inpaint4j.settings.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The write options' settings: what each front end's {@code --depth}, {@code --strip-metadata}, {@code --jpeg-quality} read. */
class WriteOptionsTest {

    @Test
    void withoutSettingsTheDefaultsKeepThePicturesDepthAndMetadata() {
        WriteOptions options = WriteOptions.of(WriteOptions.SETTINGS.defaults());
        assertEquals(WriteOptions.defaults(), options);
        assertNull(options.depth());
        assertTrue(options.keepMetadata());
        assertEquals(0.95f, options.jpegQuality());
        assertEquals("0.95", WriteOptions.JPEG_QUALITY.defaultText());
        assertEquals(WriteOptions.DEFAULT_JPEG_QUALITY, WriteOptions.JPEG_QUALITY.defaultValue().orElseThrow()
                .floatValue());
    }

    @Test
    void eachSettingIsRead() {
        WriteOptions options = WriteOptions.of(WriteOptions.SETTINGS.parse(Map.of("depth", "16", "strip-metadata",
                "true", "jpeg-quality", "0.5")));
        assertEquals(new WriteOptions(BitDepth.SIXTEEN, false, 0.5f), options);
        assertSame(BitDepth.EIGHT, WriteOptions.DEPTH.parse("8"));
        assertSame(BitDepth.FLOAT, WriteOptions.DEPTH.parse(" 32 "));
        assertEquals("32", WriteOptions.DEPTH.format(BitDepth.FLOAT));
    }

    /** Batch and the Spark job offer depth and strip-metadata only (their outputs are PNG): jpeg-quality keeps its default. */
    @Test
    void aFrontEndMayOfferSomeOfTheSettings() {
        Settings some = Settings.of(WriteOptions.DEPTH, WriteOptions.STRIP_METADATA);
        WriteOptions options = WriteOptions.of(some.parse(Map.of("depth", "8")));
        assertEquals(new WriteOptions(BitDepth.EIGHT, true, WriteOptions.DEFAULT_JPEG_QUALITY), options);
        assertEquals(WriteOptions.defaults(), WriteOptions.of(Settings.of().defaults()));
    }

    @Test
    void refusedValuesNameTheSettingAndTheValue() {
        SettingException e = assertThrows(SettingException.class, () -> WriteOptions.DEPTH.parse("12"));
        assertEquals("depth must be 8, 16 or 32, got '12'", e.getMessage());
        assertEquals("depth", e.setting());
        e = assertThrows(SettingException.class, () -> WriteOptions.DEPTH.parse("sixteen"));
        assertEquals("depth must be 8, 16 or 32, got 'sixteen'", e.getMessage());
        e = assertThrows(SettingException.class, () -> WriteOptions.JPEG_QUALITY.parse("1.5"));
        assertEquals("jpeg-quality must be > 0 and <= 1, got 1.5", e.getMessage());
        e = assertThrows(SettingException.class, () -> new WriteOptions(null, true, Float.NaN));
        assertEquals("jpeg-quality", e.setting());
    }

    @Test
    void aFormatForEveryOutputRefusesTheDepthsItDoesNotHold() {
        WriteOptions floats = WriteOptions.defaults().withDepth(BitDepth.FLOAT);
        SettingException e = assertThrows(SettingException.class, () -> floats.requireFormat(ImageFormat.PNG));
        assertEquals("depth must be 8 or 16 (the outputs are PNG), got 32", e.getMessage());
        e = assertThrows(SettingException.class, () -> WriteOptions.defaults().withDepth(BitDepth.SIXTEEN)
                .requireFormat(ImageFormat.JPEG));
        assertEquals("depth must be 8 (the outputs are JPEG), got 16", e.getMessage());
        for (BitDepth depth : new BitDepth[] {null, BitDepth.EIGHT, BitDepth.SIXTEEN}) {
            WriteOptions held = WriteOptions.defaults().withDepth(depth);
            assertSame(held, held.requireFormat(ImageFormat.PNG));
        }
        assertSame(floats, floats.requireFormat(ImageFormat.TIFF));
    }

    @Test
    void theOptionsTravelSerialized() throws IOException, ClassNotFoundException {
        WriteOptions options = new WriteOptions(BitDepth.EIGHT, false, 0.8f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(options);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            WriteOptions back = (WriteOptions) in.readObject();
            assertEquals(options, back);
            assertFalse(back.keepMetadata());
        }
    }
}
