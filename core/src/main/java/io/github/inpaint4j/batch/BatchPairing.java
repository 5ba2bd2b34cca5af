package io.github.inpaint4j.batch;

import io.github.inpaint4j.io.ImageFiles;
import io.github.inpaint4j.io.ImageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The naming rules of a batch, shared by every front end (the command line's {@code inpaint batch},
 * the Spark job). Names are relative paths with {@code /} between folders.
 *
 * <ul>
 *   <li>A picture is a file with the extension of a format read
 *       ({@link ImageFiles#hasPictureExtension}: PNG, JPEG, BMP, GIF, TIFF) in the picture folder or
 *       a sub-folder. Names starting with {@code .} or {@code _}, and everything in folders so named,
 *       are left out, as Hadoop and Spark leave them out (temporary and marker files).</li>
 *   <li>The mask of {@code trip/a.jpg} is {@code trip/a.EXT} or {@code trip/a_mask.EXT} in the mask
 *       folder, with any picture extension; none or more than one is a problem recorded for the
 *       picture. When the masks lie beside the pictures (the same folder), only the
 *       {@code _mask} names are masks and the others pictures. One mask file may serve every picture
 *       instead.</li>
 *   <li>The output of {@code trip/a.jpg} is {@code trip/a.png} in the output folder: always PNG, so
 *       that the known pixels of an 8-bit or 16-bit picture come back exactly (a float picture is
 *       written 16-bit unless another depth is asked). Two pictures that would write
 *       the same output ({@code a.jpg} and {@code a.png}) are both recorded as a problem rather
 *       than one silently winning.</li>
 * </ul>
 */
public final class BatchPairing {

    /** The ending of a mask's name that tells it from its picture: {@code a_mask.png} is the mask of {@code a.png}. */
    public static final String MASK_SUFFIX = "_mask";
    /**
     * The format of every output: PNG.
     *
     * @since 0.2.0
     */
    public static final ImageFormat OUTPUT_FORMAT = ImageFormat.PNG;
    /** The extension of every output. */
    public static final String OUTPUT_EXTENSION = ".png";

    private BatchPairing() {
    }

    /** Whether {@code relative} names a picture the batch takes: a picture extension and no hidden part. */
    public static boolean isPictureName(String relative) {
        for (String part : relative.split("/")) {
            if (isHidden(part)) {
                return false;
            }
        }
        String name = lastPart(relative);
        return name.lastIndexOf('.') > 0 && ImageFiles.hasPictureExtension(name);
    }

    /** Whether a file or folder name is left out of a batch: it starts with {@code .} or {@code _}. */
    public static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    /** The output name of a picture: {@code trip/a.jpg} → {@code trip/a.png}. */
    public static String outputName(String picture) {
        return stem(picture) + OUTPUT_EXTENSION;
    }

    /**
     * Pairs pictures with the masks of a folder.
     *
     * @param pictures picture names relative to the picture folder (others are ignored, see {@link #isPictureName})
     * @param masks names relative to the mask folder (others are ignored)
     * @param sameFolder whether the masks are in the picture folder itself: then only {@code _mask} names are masks
     * @return one item per picture, sorted by picture name
     */
    public static List<BatchItem> pair(Collection<String> pictures, Collection<String> masks, boolean sameFolder) {
        Map<String, List<String>> masksByKey = new TreeMap<>();
        for (String mask : new TreeSet<>(masks)) {
            if (!isPictureName(mask) || sameFolder && !stem(mask).endsWith(MASK_SUFFIX)) {
                continue;
            }
            String stem = stem(mask);
            masksByKey.computeIfAbsent(stem, k -> new ArrayList<>()).add(mask);
            if (stem.endsWith(MASK_SUFFIX)) {
                masksByKey.computeIfAbsent(stem.substring(0, stem.length() - MASK_SUFFIX.length()),
                        k -> new ArrayList<>()).add(mask);
            }
        }
        List<BatchItem> items = new ArrayList<>();
        for (String picture : pictureNames(pictures, sameFolder)) {
            String stem = stem(picture);
            List<String> found = masksByKey.getOrDefault(stem, List.of());
            if (found.isEmpty()) {
                items.add(new BatchItem(picture, "", outputName(picture), "no mask: none of " + lastPart(stem)
                        + ".* or " + lastPart(stem) + MASK_SUFFIX + ".* in the mask folder"
                        + (stem.contains("/") ? " under " + stem.substring(0, stem.lastIndexOf('/')) : "")));
            } else if (found.size() > 1) {
                items.add(new BatchItem(picture, "", outputName(picture), "several masks match: "
                        + String.join(", ", found)));
            } else {
                items.add(new BatchItem(picture, found.get(0), outputName(picture), ""));
            }
        }
        return withOwnOutputs(items);
    }

    /**
     * Pairs every picture with one mask file.
     *
     * @param pictures picture names relative to the picture folder (others are ignored)
     * @param mask the mask file's name as the caller will resolve it
     * @return one item per picture, sorted by picture name
     */
    public static List<BatchItem> pairWithOneMask(Collection<String> pictures, String mask) {
        List<BatchItem> items = new ArrayList<>();
        for (String picture : pictureNames(pictures, false)) {
            items.add(new BatchItem(picture, mask, outputName(picture), ""));
        }
        return withOwnOutputs(items);
    }

    private static TreeSet<String> pictureNames(Collection<String> names, boolean sameFolder) {
        TreeSet<String> pictures = new TreeSet<>();
        for (String name : names) {
            if (isPictureName(name) && !(sameFolder && stem(name).endsWith(MASK_SUFFIX))) {
                pictures.add(name);
            }
        }
        return pictures;
    }

    /** Items whose output another item would write too become problems, all of them. */
    private static List<BatchItem> withOwnOutputs(List<BatchItem> items) {
        Map<String, List<String>> writers = new LinkedHashMap<>();
        for (BatchItem item : items) {
            writers.computeIfAbsent(item.output(), k -> new ArrayList<>()).add(item.picture());
        }
        List<BatchItem> checked = new ArrayList<>(items.size());
        for (BatchItem item : items) {
            List<String> same = writers.get(item.output());
            checked.add(same.size() == 1 || !item.problem().isEmpty() ? item : new BatchItem(item.picture(), item.mask(),
                    item.output(), "pictures " + String.join(" and ", same) + " would both write " + item.output()));
        }
        return List.copyOf(checked);
    }

    private static String stem(String relative) {
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }

    private static String lastPart(String relative) {
        return relative.substring(relative.lastIndexOf('/') + 1);
    }
}
