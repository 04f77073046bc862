package org.hillmix.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.hillmix.core.progress.ProgressMonitor;

/**
 * Reads an image folder laid out as {@code <root>/<class>/<file>}: each sub-folder is a class, each
 * image file in it an item of that class.
 *
 * <ul>
 * <li>Classes: the sorted sub-folder names, or a given {@link ClassSet} (sub-folder names must be
 * among its classes, ignoring case; classes without a folder simply have no items).</li>
 * <li>Images: files ending in {@code .png}, {@code .jpg}, {@code .jpeg}, {@code .bmp} or
 * {@code .gif} (any case), sorted by name; hidden files (starting with {@code .}), other files,
 * files directly in the root and deeper folders are ignored.</li>
 * <li>Ids: {@code <folder>/<file name without extension>}, e.g. {@code cat/00012}.</li>
 * </ul>
 * Every image is decoded while loading; a file that cannot be decoded is an error naming it.
 */
public final class ImageFolderReader {

    /** File name endings read as images (lower case). */
    public static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    private ImageFolderReader() {
    }

    /**
     * Reads the folder.
     *
     * @param root the folder holding one sub-folder per class
     * @param classes the class set, or {@code null} for the sorted sub-folder names
     * @param monitor progress (one unit per image) and cancellation
     * @throws IOException when the folder is missing or holds no images, or an image cannot be decoded
     * @throws IllegalArgumentException when a sub-folder is not one of the given classes
     */
    public static InMemoryImageDataset read(Path root, ClassSet classes, ProgressMonitor monitor)
            throws IOException {
        ProgressMonitor pm = ProgressMonitor.orNull(monitor);
        if (!Files.isDirectory(root)) {
            throw new IOException("image folder " + root + " does not exist or is not a folder");
        }
        List<Path> classDirs;
        try (Stream<Path> s = Files.list(root)) {
            classDirs = s.filter(Files::isDirectory).filter(p -> !isHidden(p)).sorted().toList();
        }
        if (classDirs.isEmpty()) {
            throw new IOException("image folder " + root + " has no class sub-folders; expected the layout"
                    + " <folder>/<class>/<image file>");
        }
        ClassSet cs = classes;
        if (cs == null) {
            if (classDirs.size() < 2) {
                throw new IOException("image folder " + root + " has only one class sub-folder ("
                        + classDirs.get(0).getFileName() + "); a dataset needs at least 2 classes");
            }
            cs = ClassSet.of(classDirs.stream().map(p -> p.getFileName().toString()).toList());
        }
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path dir : classDirs) {
            String name = dir.getFileName().toString();
            if (!cs.contains(name)) {
                throw new IllegalArgumentException("image folder " + root + ": sub-folder '" + name
                        + "' is not one of the classes " + cs.names() + "; rename or remove it, or give a class set"
                        + " that includes it");
            }
            int label = cs.indexOf(name);
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(Files::isRegularFile).filter(p -> !isHidden(p))
                        .filter(ImageFolderReader::isImageFile).sorted().toList()) {
                    files.add(f);
                    labels.add(label);
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("image folder " + root + " holds no image files (" + IMAGE_EXTENSIONS
                    + ") in its class sub-folders");
        }
        pm.begin("Reading images from " + root.getFileName(), files.size());
        InMemoryImageDataset.Builder b = InMemoryImageDataset.builder(cs);
        for (int i = 0; i < files.size(); i++) {
            pm.checkCancelled();
            Path f = files.get(i);
            String fileName = f.getFileName().toString();
            String id = f.getParent().getFileName() + "/" + stem(fileName);
            b.add(id, labels.get(i), ImageCodec.read(f));
            pm.worked(1);
        }
        pm.done();
        return b.build();
    }

    static boolean isImageFile(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    /** The file name without its last extension. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
