package io.github.inpaint4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.inpaint4j.RgbImage;
import io.github.inpaint4j.testing.ImageFileFixtures;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EXIF, ICC profile and XMP from JPEG and PNG files to JPEG and PNG outputs, and their removal. */
class MetadataRoundTripTest {

    @TempDir
    Path dir;

    private static final byte[] ICC = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
    private static final String XMP = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
            + "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description"
            + " xmlns:tiff='http://ns.adobe.com/tiff/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'"
            + " tiff:Orientation=\"6\" dc:creator='Jane Doe'/></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
    private static final int THUMBNAIL_AT = 56;
    private static final int THUMBNAIL_LENGTH = 16;

    /**
     * An EXIF block (little-endian TIFF): orientation {@code orientation} in the first directory, and a
     * second directory pointing at a 16-byte "thumbnail" of 0xAB bytes.
     */
    static byte[] exif(int orientation) {
        ByteBuffer b = ByteBuffer.allocate(THUMBNAIL_AT + THUMBNAIL_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'I', 'I', 42, 0}).putInt(8);
        b.putShort((short) 1).putShort((short) 274).putShort((short) 3).putInt(1).putShort((short) orientation)
                .putShort((short) 0);
        b.putInt(26); // next directory: the thumbnail's
        b.putShort((short) 2);
        b.putShort((short) 513).putShort((short) 4).putInt(1).putInt(THUMBNAIL_AT);
        b.putShort((short) 514).putShort((short) 4).putInt(1).putInt(THUMBNAIL_LENGTH);
        b.putInt(0);
        while (b.hasRemaining()) {
            b.put((byte) 0xAB);
        }
        return b.array();
    }

    /** {@link #exif} as reading leaves it: the thumbnail's directory unlinked and its bytes erased. */
    static byte[] withoutThumbnail(int orientation) {
        byte[] expected = exif(orientation);
        ByteBuffer.wrap(expected).order(ByteOrder.LITTLE_ENDIAN).putInt(22, 0);
        Arrays.fill(expected, THUMBNAIL_AT, THUMBNAIL_AT + THUMBNAIL_LENGTH, (byte) 0);
        return expected;
    }

    private static byte[] segment(int marker, String signature, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int length = 2 + signature.length() + data.length;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length);
        out.writeBytes(signature.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] iccSegment(byte[] icc) {
        byte[] data = new byte[icc.length + 2];
        data[0] = 1;
        data[1] = 1;
        System.arraycopy(icc, 0, data, 2, icc.length);
        return segment(0xE2, "ICC_PROFILE\0", data);
    }

    /** A 4×2 stored JPEG (shown 2×4 under orientation 6) carrying the given segments after its SOI. */
    private static byte[] jpeg(byte[]... segments) {
        BufferedImage stored = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 4, 2, new int[] {0x406080, 0xff0000, 0x00ff00, 0x0000ff, 0x102030, 0x808080, 0xffffff, 0}, 0,
                4);
        byte[] file = ImageFileFixtures.jpeg(stored);
        for (int i = segments.length - 1; i >= 0; i--) {
            file = ImageFileFixtures.insertAfterStartOfImage(file, segments[i]);
        }
        return file;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static Picture read(Path file) throws IOException {
        return ImageFiles.readPicture(file, ReadOptions.defaults());
    }

    @Test
    void aJpegsMetadataIsReadForTheOrientedPicture() throws IOException {
        Path in = write("in.jpg", jpeg(segment(0xE1, "Exif\0\0", exif(6)), iccSegment(ICC),
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0", XMP.getBytes(StandardCharsets.UTF_8))));
        Picture picture = read(in);
        assertEquals(2, picture.image().width());
        assertEquals(ImageFormat.JPEG, picture.format());
        assertArrayEquals(withoutThumbnail(1), picture.metadata().exif().orElseThrow());
        assertArrayEquals(ICC, picture.metadata().iccProfile().orElseThrow());
        String xmp = new String(picture.metadata().xmp().orElseThrow(), StandardCharsets.UTF_8);
        assertEquals(XMP.replace("tiff:Orientation=\"6\"", "tiff:Orientation=\"1\""), xmp);
    }

    @Test
    void theOrientationIsKeptWhenItWasNotApplied() throws IOException {
        Path in = write("in.jpg", jpeg(segment(0xE1, "Exif\0\0", exif(6))));
        Picture picture = ImageFiles.readPicture(in, ReadOptions.defaults().withApplyOrientation(false));
        assertEquals(4, picture.image().width());
        assertEquals(6, ByteBuffer.wrap(picture.metadata().exif().orElseThrow()).order(ByteOrder.LITTLE_ENDIAN)
                .getShort(18));
    }

    @Test
    void theProfileIsNotAppliedToThePixels() throws IOException {
        RgbImage plain = ImageFiles.read(write("plain.jpg", jpeg()));
        RgbImage profiled = ImageFiles.read(write("profiled.jpg", jpeg(iccSegment(ICC))));
        assertEquals(plain, profiled);
    }

    @Test
    void jpegMetadataGoesToJpegAndPngOutputs() throws IOException {
        Picture picture = read(write("in.jpg", jpeg(segment(0xE1, "Exif\0\0", exif(6)), iccSegment(ICC),
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0", XMP.getBytes(StandardCharsets.UTF_8)))));
        for (String name : List.of("out.jpg", "out.png")) {
            Path out = dir.resolve(name);
            ImageFiles.write(picture, out, false);
            Picture back = read(out);
            assertEquals(picture.metadata(), back.metadata(), name);
            assertFalse(back.metadata().isEmpty());
        }
        assertEquals(picture.image(), read(dir.resolve("out.png")).image()); // PNG: the pixels too
    }

    @Test
    void pngMetadataIsWrittenAsStandardChunksBeforeThePixels() throws IOException {
        ImageMetadata metadata = ImageMetadata.of(withoutThumbnail(1), ICC, XMP.getBytes(StandardCharsets.UTF_8));
        RgbImage image = RgbImage.filled(3, 2, 0.25f, 0.5f, 0.75f);
        Path out = dir.resolve("meta.png");
        ImageFiles.write(Picture.of(image, BitDepth.SIXTEEN, false, metadata), out, false);
        List<String> chunks = pngChunks(Files.readAllBytes(out));
        assertEquals(List.of("IHDR", "iCCP", "eXIf", "iTXt", "IDAT", "IEND"), chunks);
        Picture back = read(out);
        assertEquals(metadata, back.metadata());
        assertEquals(BitDepth.SIXTEEN, back.depth());
        // and on to a JPEG
        Path jpeg = dir.resolve("meta.jpg");
        ImageFiles.write(back, jpeg, false);
        assertEquals(metadata, read(jpeg).metadata());
    }

    @Test
    void stripMetadataWritesNone() throws IOException {
        Picture picture = read(write("in.jpg", jpeg(segment(0xE1, "Exif\0\0", exif(1)), iccSegment(ICC),
                segment(0xE1, "http://ns.adobe.com/xap/1.0/\0", XMP.getBytes(StandardCharsets.UTF_8)))));
        for (String name : List.of("bare.jpg", "bare.png")) {
            Path out = dir.resolve(name);
            ImageFiles.write(picture, out, false, WriteOptions.defaults().withKeepMetadata(false));
            assertTrue(read(out).metadata().isEmpty(), name);
            String bytes = new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("Exif") || bytes.contains("ICC_PROFILE") || bytes.contains("xmpmeta")
                    || bytes.contains("iCCP") || bytes.contains("eXIf") || bytes.contains("iTXt"), name);
        }
    }

    @Test
    void aLargeProfileIsSplitOverJpegSegmentsAndJoinedBack() throws IOException {
        byte[] large = new byte[150_000];
        System.arraycopy(ICC, 0, large, 0, 128);
        for (int i = 128; i < large.length; i++) {
            large[i] = (byte) (i * 31);
        }
        ImageMetadata metadata = ImageMetadata.of(null, large, null);
        Path out = dir.resolve("large.jpg");
        ImageFiles.write(Picture.of(RgbImage.filled(2, 2, 0.5f, 0.5f, 0.5f), BitDepth.EIGHT, false, metadata), out,
                false);
        assertArrayEquals(large, read(out).metadata().iccProfile().orElseThrow());
    }

    @Test
    void whatAJpegCannotHoldIsLeftOutAndTheRestKept() throws IOException {
        byte[] xmp = ("<x:xmpmeta>" + "x".repeat(70_000) + "</x:xmpmeta>").getBytes(StandardCharsets.UTF_8);
        ImageMetadata metadata = ImageMetadata.of(withoutThumbnail(1), null, xmp);
        Picture picture = Picture.of(RgbImage.filled(2, 2, 0.5f, 0.5f, 0.5f), BitDepth.EIGHT, false, metadata);
        Path jpeg = dir.resolve("big.jpg");
        ImageFiles.write(picture, jpeg, false);
        assertEquals(ImageMetadata.of(withoutThumbnail(1), null, null), read(jpeg).metadata());
        Path png = dir.resolve("big.png");
        ImageFiles.write(picture, png, false);
        assertEquals(metadata, read(png).metadata());
    }

    @Test
    void aProfileOfAnotherLayoutIsLeftOut() throws IOException {
        byte[] grey = ICC_Profile.getInstance(ColorSpace.CS_GRAY).getData();
        Picture colour = Picture.of(RgbImage.filled(2, 2, 0.1f, 0.5f, 0.9f), BitDepth.EIGHT, true,
                ImageMetadata.of(null, grey, null));
        Path out = dir.resolve("colour.png");
        ImageFiles.write(colour, out, false);
        assertTrue(read(out).metadata().isEmpty());
        Picture stillGrey = Picture.of(RgbImage.filled(2, 2, 0.5f, 0.5f, 0.5f), BitDepth.EIGHT, true,
                ImageMetadata.of(null, grey, null));
        ImageFiles.write(stillGrey, dir.resolve("grey.png"), false);
        assertArrayEquals(grey, read(dir.resolve("grey.png")).metadata().iccProfile().orElseThrow());
    }

    @Test
    void aDamagedExifBlockIsLeftOutWithAWarning() throws IOException {
        byte[] damaged = exif(6);
        ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 60_000); // first directory past the end
        List<String> warnings = new ArrayList<>();
        Picture picture = ImageFiles.readPicture(write("d.jpg", jpeg(segment(0xE1, "Exif\0\0", damaged))),
                ReadOptions.defaults().withWarnings(warnings::add).withApplyOrientation(false));
        assertTrue(picture.metadata().exif().isEmpty());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("d.jpg") && warnings.get(0).contains("EXIF"), warnings.get(0));
    }

    @Test
    void metadataChecksWhatItIsGiven() {
        assertNotEquals(null, ImageMetadata.of(null, null, null));
        assertTrue(ImageMetadata.of(null, null, null).isEmpty());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ImageMetadata.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, null, null));
        assertTrue(e.getMessage().contains("exif"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ImageMetadata.of(null, new byte[200], null));
        assertTrue(e.getMessage().contains("iccProfile"), e.getMessage());
    }

    /** The chunk types of a PNG, in order, each CRC checked. */
    private static List<String> pngChunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertEquals((int) crc.getValue(), b.getInt(), "CRC");
            types.add(new String(typeAndData, 0, 4, StandardCharsets.US_ASCII));
        }
        return types;
    }
}
