package io.github.inpaint4j.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a picture file carries besides its pixels, in a form that every format can write back: the
 * EXIF block (a TIFF structure, as after a JPEG's {@code Exif\0\0} header or in a PNG's
 * {@code eXIf} chunk), the ICC colour profile (the profile's bytes, uncompressed) and the XMP
 * packet (UTF-8 text). Each part may be missing. Immutable.
 *
 * <p>{@link ImageFiles#readPicture} reads them from JPEG (APP1 and APP2 segments) and PNG files
 * ({@code eXIf}, {@code iCCP}, the {@code XML:com.adobe.xmp} {@code iTXt} chunk), and the ICC
 * profile and XMP of a TIFF file (tags 34675 and 700). What it gives describes the picture as
 * decoded:
 * <ul>
 *   <li>when the recorded orientation was applied to the pixels, the EXIF orientation (tag 274)
 *       and XMP's {@code tiff:Orientation} are set to 1, so that viewers do not turn the picture
 *       a second time;</li>
 *   <li>the EXIF thumbnail is removed (its bytes zeroed, its directory unlinked): it would still
 *       show the picture before the fill;</li>
 *   <li>an ICC profile is kept only if it describes RGB or grey samples (a CMYK file's profile
 *       does not describe the RGB picture it is converted to);</li>
 *   <li>the samples are never colour-converted: the profile describes them as stored, and is
 *       written with them.</li>
 * </ul>
 * {@link ImageFiles#write(Picture, java.nio.file.Path, boolean, WriteOptions)} writes them into PNG
 * and JPEG files; a part that the target format cannot hold (an EXIF block or XMP packet over a
 * JPEG segment's 64 KiB) is left out with a warning.
 *
 * @since 0.2.0
 */
public final class ImageMetadata {

    private static final ImageMetadata NONE = new ImageMetadata(null, null, null);

    private final byte[] exif;
    private final byte[] icc;
    private final byte[] xmp;

    private ImageMetadata(byte[] exif, byte[] icc, byte[] xmp) {
        this.exif = exif;
        this.icc = icc;
        this.xmp = xmp;
    }

    /** No metadata. */
    public static ImageMetadata none() {
        return NONE;
    }

    /**
     * Metadata of the given parts, each {@code null} if missing; the arrays are copied.
     *
     * @param exif an EXIF block: a TIFF structure starting with {@code II*\0} or {@code MM\0*}
     * @param iccProfile an ICC profile's bytes
     * @param xmp an XMP packet, UTF-8
     * @throws IllegalArgumentException if the EXIF block does not start like a TIFF structure, or the
     *     profile is not an ICC profile (no {@code acsp} signature)
     */
    public static ImageMetadata of(byte[] exif, byte[] iccProfile, byte[] xmp) {
        if (exif != null && !Exif.isTiff(exif)) {
            throw new IllegalArgumentException("exif must be a TIFF structure starting with II*\\0 or MM\\0*");
        }
        if (iccProfile != null && !isIccProfile(iccProfile)) {
            throw new IllegalArgumentException("iccProfile is not an ICC profile (no 'acsp' signature at byte 36)");
        }
        return exif == null && iccProfile == null && xmp == null ? NONE
                : new ImageMetadata(copy(exif), copy(iccProfile), copy(xmp));
    }

    /** Without copying or checking: for the readers of this package, which checked. */
    static ImageMetadata trusted(byte[] exif, byte[] icc, byte[] xmp) {
        return exif == null && icc == null && xmp == null ? NONE : new ImageMetadata(exif, icc, xmp);
    }

    /** The EXIF block (a TIFF structure), if any; a copy. */
    public Optional<byte[]> exif() {
        return Optional.ofNullable(copy(exif));
    }

    /** The ICC profile, if any; a copy. */
    public Optional<byte[]> iccProfile() {
        return Optional.ofNullable(copy(icc));
    }

    /** The XMP packet (UTF-8), if any; a copy. */
    public Optional<byte[]> xmp() {
        return Optional.ofNullable(copy(xmp));
    }

    /** Whether no part is present. */
    public boolean isEmpty() {
        return exif == null && icc == null && xmp == null;
    }

    /** The colour space an ICC profile describes, as its header's four letters ({@code "RGB "}, {@code "GRAY"}, ...). */
    static String iccColourSpace(byte[] profile) {
        return new String(profile, 16, 4, StandardCharsets.US_ASCII);
    }

    static boolean isIccProfile(byte[] profile) {
        return profile.length >= 132 && profile[36] == 'a' && profile[37] == 'c' && profile[38] == 's'
                && profile[39] == 'p';
    }

    byte[] exifBytes() {
        return exif;
    }

    byte[] iccBytes() {
        return icc;
    }

    byte[] xmpBytes() {
        return xmp;
    }

    private static byte[] copy(byte[] bytes) {
        return bytes == null ? null : bytes.clone();
    }

    /** Same parts, byte for byte. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImageMetadata o && Arrays.equals(exif, o.exif) && Arrays.equals(icc, o.icc)
                && Arrays.equals(xmp, o.xmp);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(exif) + Arrays.hashCode(icc)) + Arrays.hashCode(xmp);
    }

    @Override
    public String toString() {
        return "ImageMetadata[exif " + length(exif) + ", icc " + length(icc) + ", xmp " + length(xmp) + "]";
    }

    private static String length(byte[] bytes) {
        return bytes == null ? "none" : bytes.length + " bytes";
    }
}
