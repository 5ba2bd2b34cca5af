package io.github.inpaint4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.io.BitDepth;
import io.github.inpaint4j.io.WriteOptions;
import io.github.inpaint4j.spark.InpaintSparkJob.Arguments;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InpaintSparkJobArgumentsTest {

    private static final String[] REQUIRED = {"--images", "in", "--masks", "m", "--output", "out", "--method", "telea"};

    @Test
    void theRequiredArgumentsGiveTheDefaults() {
        Arguments a = Arguments.parse(REQUIRED);
        assertEquals(SparkBatchConfig.of("in", "m", "out", "telea"), a.config());
        assertNull(a.report());
    }

    @Test
    void everyOptionIsRead() {
        Arguments a = Arguments.parse("--images", "in", "--masks", "m", "--output", "out", "--method", "criminisi",
                "--option", "patch=13", "--option", "threads=2", "--mask-rule", "threshold=0.5", "--force",
                "--partitions", "16", "--max-pixels", "1000", "--report", "r.csv", "--dilate", "3", "--depth", "8",
                "--strip-metadata");
        assertEquals(Map.of("patch", "13", "threads", "2"), a.config().options());
        assertEquals("threshold=0.5", a.config().maskRule());
        assertTrue(a.config().overwrite());
        assertEquals(16, a.config().partitions());
        assertEquals(1000, a.config().maxPixels());
        assertEquals(3, a.config().dilate());
        assertEquals(WriteOptions.defaults().withDepth(BitDepth.EIGHT).withKeepMetadata(false), a.config().writing());
        assertEquals(Path.of("r.csv"), a.report());
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("missing --method", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse("--images", "in", "--masks", "m", "--output", "out")).getMessage());
        assertEquals("unknown argument '--jobs'", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse("--jobs", "2")).getMessage());
        assertEquals("--option must be NAME=VALUE, got 'patch'", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse("--option", "patch")).getMessage());
        assertEquals("--images is given twice", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse("--images", "a", "--images", "b")).getMessage());
        assertEquals("--partitions must be a whole number, got 'many'", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(concat(REQUIRED, "--partitions", "many"))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Arguments.parse(concat(REQUIRED, "--partitions",
                "-1"))).getMessage().startsWith("--partitions must be >= 0"));
        assertEquals("--dilate must be in [0, 1000], got 1001", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(concat(REQUIRED, "--dilate", "1001"))).getMessage());
        assertEquals("--depth must be 8 or 16 (the outputs are PNG), got 32", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(concat(REQUIRED, "--depth", "32"))).getMessage());
        assertEquals("--depth must be 8, 16 or 32, got '12'", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(concat(REQUIRED, "--depth", "12"))).getMessage());
        assertEquals("unknown argument '--jpeg-quality'", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(concat(REQUIRED, "--jpeg-quality", "0.5"))).getMessage());
        assertEquals("--report needs a value", assertThrows(IllegalArgumentException.class,
                () -> Arguments.parse(concat(REQUIRED, "--report"))).getMessage());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
