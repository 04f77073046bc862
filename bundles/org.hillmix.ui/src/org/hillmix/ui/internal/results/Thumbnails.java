package org.hillmix.ui.internal.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.StimulusItem;
import org.hillmix.core.project.StimulusSet;

/**
 * Small pictures of a project's stimuli by item id, for the result tables: the image of a single-image item, the
 * middle (even) frame of a series. Decoded on first use and fitted to {@value #SIZE} pixels on the longer side
 * (keeping the aspect; a smaller image is enlarged by a whole factor, pixel-exact like the elicitation views),
 * disposed by {@link #close()}. Items the project's sets do not hold (imported judgments of
 * published stimuli) have none.
 */
final class Thumbnails implements AutoCloseable {

    /** Longest side of a thumbnail, in pixels. */
    static final int SIZE = 32;

    private static final Thumbnails NONE = new Thumbnails(null, Map.of());

    private final Display display;
    private final Map<String, Path> files;
    private final Map<String, Image> images = new HashMap<>();

    private Thumbnails(Display display, Map<String, Path> files) {
        this.display = display;
        this.files = files;
    }

    /** No thumbnails (a journals folder opened by hand). */
    static Thumbnails none() {
        return NONE;
    }

    /** The thumbnails of {@code project}'s stimulus sets; a set whose manifest cannot be read has none. */
    static Thumbnails of(Display display, OpenProject project) {
        Map<String, Path> files = new HashMap<>();
        for (StimulusSet set : project.descriptor().stimulusSets()) {
            boolean series = "series".equals(set.layout());
            try {
                for (StimulusItem item : StimulusItem.read(HillmixProject.stimulusFolder(project.folder(), set.name()),
                        series)) {
                    Path file = series && !item.frames().isEmpty() ? item.frames().get(item.frames().size() / 2)
                            : item.image();
                    files.putIfAbsent(item.id(), file);
                }
            } catch (IOException | RuntimeException e) {
                // the table still shows the set's figures, only without pictures
            }
        }
        return new Thumbnails(display, files);
    }

    /** The thumbnail of {@code item}, or {@code null}. */
    Image get(String item) {
        Path file = files.get(item);
        if (file == null || display == null) {
            return null;
        }
        if (images.containsKey(item)) {
            return images.get(item);
        }
        Image image = null;
        try {
            ImageData data = new ImageData(file.toString());
            int longer = Math.max(data.width, data.height);
            // whole-number enlargement keeps pixels square; reduction keeps the aspect
            double scale = longer <= SIZE ? Math.floor(SIZE / (double) longer) : SIZE / (double) longer;
            int w = Math.max(1, (int) Math.round(data.width * scale));
            int h = Math.max(1, (int) Math.round(data.height * scale));
            image = new Image(display, scale == 1.0 ? data : data.scaledTo(w, h));
        } catch (SWTException e) {
            // an unreadable file has no thumbnail; the row is still shown
        }
        images.put(item, image);
        return image;
    }

    @Override
    public void close() {
        images.values().stream().filter(i -> i != null && !i.isDisposed()).forEach(Image::dispose);
        images.clear();
    }
}
