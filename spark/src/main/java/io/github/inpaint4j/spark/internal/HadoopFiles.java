package io.github.inpaint4j.spark.internal;

import io.github.inpaint4j.batch.BatchPairing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/** The few Hadoop file system operations of a batch: qualified paths, listings, and atomic uploads. */
public final class HadoopFiles {

    private HadoopFiles() {
    }

    /** {@code path} fully qualified ({@code file:/…}, {@code hdfs://host/…}) on its file system. */
    public static Path qualify(String path, Configuration conf) throws IOException {
        Path p = new Path(path);
        return p.getFileSystem(conf).makeQualified(p);
    }

    /**
     * The file system of {@code path}; for a local path, the raw one, so that no {@code .crc}
     * checksum files appear beside the outputs.
     */
    public static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    }

    /** {@code relative} (names joined by {@code /}) under {@code root}. */
    public static Path child(Path root, String relative) {
        return new Path(root, relative);
    }

    /**
     * The files under {@code root} as relative names, sorted, leaving out hidden names (see
     * {@link BatchPairing#isHidden}) and whatever lies in the {@code excluded} folders.
     */
    public static List<String> relativeFiles(FileSystem fs, Path root, List<Path> excluded) throws IOException {
        String prefix = root.toString().endsWith("/") ? root.toString() : root + "/";
        List<String> names = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> files = fs.listFiles(root, true);
        next:
        while (files.hasNext()) {
            String path = files.next().getPath().toString();
            for (Path folder : excluded) {
                if (path.startsWith(folder + "/")) {
                    continue next;
                }
            }
            if (path.startsWith(prefix)) {
                String relative = path.substring(prefix.length());
                boolean hidden = false;
                for (String part : relative.split("/")) {
                    hidden |= BatchPairing.isHidden(part);
                }
                if (!hidden) {
                    names.add(relative);
                }
            }
        }
        names.sort(null);
        return names;
    }

    /**
     * Copies a local file to {@code target} atomically: to a hidden temporary sibling first, then
     * renamed. Without {@code overwrite} an existing target is kept.
     *
     * @return {@code false} if the target existed and was kept
     */
    public static boolean upload(java.nio.file.Path local, FileSystem fs, Path target, boolean overwrite)
            throws IOException {
        Path folder = target.getParent();
        fs.mkdirs(folder);
        Path temporary = new Path(folder, "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
        try {
            fs.copyFromLocalFile(false, true, new Path(local.toUri()), temporary);
            if (fs.exists(target)) {
                if (!overwrite) {
                    return false;
                }
                // Hadoop's rename never replaces a file: the old output goes first (the new one is complete beside it)
                fs.delete(target, false);
            }
            if (!fs.rename(temporary, target)) {
                if (fs.exists(target) && !overwrite) {
                    return false;
                }
                throw new IOException("cannot rename " + temporary + " to " + target);
            }
            return true;
        } finally {
            if (fs.exists(temporary)) {
                fs.delete(temporary, false);
            }
        }
    }
}
