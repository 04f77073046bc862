package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.hillmix.ui.internal.l10n.Messages;

/**
 * Shows one stimulus as large as the area allows, scaled with nearest-neighbour interpolation by a
 * whole factor ({@link ImageFit}) so that the annotator sees the image's real pixels, not a
 * smoothed guess. The canvas also takes the keyboard focus for the view's shortcuts.
 *
 * <p>For a midpoint series the canvas holds all frames decoded at once ({@link #showFrames}), so
 * that stepping to another frame ({@link #showFrame}) only repaints and never reads a file. The
 * index of the frame on screen is kept as widget data {@link WidgetIds#FRAME_INDEX} for tests.
 */
final class StimulusCanvas {

    private final Canvas canvas;
    private final List<Image> frames = new ArrayList<>();
    /** The next stimulus, decoded ahead on a background thread ({@link #prefetch}); guarded by itself. */
    private final Object[] prefetched = new Object[2]; // {Path, CompletableFuture<ImageData>}
    private Image image;
    private boolean highlighted;

    StimulusCanvas(Composite parent) {
        this(parent, WidgetIds.STIMULUS);
    }

    /** A canvas carrying widget id {@code id} ({@link WidgetIds}), for views other than the categorical one. */
    StimulusCanvas(Composite parent, String id) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData(WidgetIds.KEY, id);
        canvas.addListener(SWT.Paint, this::paint);
        // A canvas only takes part in Tab traversal, and keeps the focus for shortcuts, when it says so.
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
        canvas.addListener(SWT.KeyDown, e -> {
            // shortcuts are handled by the view's key filter
        });
        canvas.addListener(SWT.MouseDown, e -> canvas.setFocus());
        canvas.addListener(SWT.Dispose, e -> disposeImage());
        // Screen readers name the canvas by what it is, never by the file it shows.
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = Messages.Stimulus_accessibleName;
            }
        });
    }

    /** The SWT control. */
    Canvas control() {
        return canvas;
    }

    /**
     * Shows the image at {@code file}, or nothing for {@code null}.
     *
     * @throws IOException when the file cannot be read or is not an image SWT can decode
     */
    void show(Path file) throws IOException {
        disposeImage();
        if (file != null) {
            image = new Image(canvas.getDisplay(), decodeOrTakePrefetched(file));
            frames.add(image);
        }
        canvas.setData(WidgetIds.FRAME_INDEX, null);
        canvas.setData(WidgetIds.SHOWN_FILE, file);
        canvas.redraw();
    }

    /**
     * Decodes every file of {@code files} now and shows frame {@code first}.
     *
     * @throws IOException naming the first file that cannot be decoded (nothing is shown then)
     */
    void showFrames(List<Path> files, int first) throws IOException {
        disposeImage();
        List<ImageData> decoded = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                decoded.add(decode(f));
            } catch (IOException e) {
                throw new IOException(f + ": " + e.getMessage(), e);
            }
        }
        for (ImageData d : decoded) {
            frames.add(new Image(canvas.getDisplay(), d));
        }
        showFrame(first);
    }

    /** Shows frame {@code index} of those given to {@link #showFrames}; repaints only. */
    void showFrame(int index) {
        if (index < 0 || index >= frames.size()) {
            throw new IndexOutOfBoundsException("frame " + index + " of " + frames.size());
        }
        image = frames.get(index);
        canvas.setData(WidgetIds.FRAME_INDEX, index);
        canvas.setData(WidgetIds.SHOWN_FILE, null);
        canvas.redraw();
    }

    /** Draws (or removes) a thick selection border around the image. */
    void setHighlighted(boolean on) {
        if (highlighted != on) {
            highlighted = on;
            canvas.redraw();
        }
    }

    /**
     * Starts decoding {@code file} on a background thread, so that showing it next costs no
     * decoding on the UI thread (the answer-to-next-image time; docs/workbench-benchmark.md).
     * Only image data is made there: SWT images are still created on the UI thread.
     */
    void prefetch(Path file) {
        if (file == null) {
            return;
        }
        java.util.concurrent.CompletableFuture<ImageData> f = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return decode(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        synchronized (prefetched) {
            prefetched[0] = file;
            prefetched[1] = f;
        }
    }

    @SuppressWarnings("unchecked")
    private ImageData decodeOrTakePrefetched(Path file) throws IOException {
        java.util.concurrent.CompletableFuture<ImageData> f = null;
        synchronized (prefetched) {
            if (file.equals(prefetched[0])) {
                f = (java.util.concurrent.CompletableFuture<ImageData>) prefetched[1];
            }
            prefetched[0] = null;
            prefetched[1] = null;
        }
        if (f != null) {
            try {
                return f.join();
            } catch (java.util.concurrent.CompletionException e) {
                // decode again below, so the error is reported the usual way
            }
        }
        return decode(file);
    }

    private static ImageData decode(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ImageData(in);
        } catch (SWTException e) {
            throw new IOException("not a readable image (" + e.getMessage() + ")", e);
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(
                highlighted ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
        if (highlighted) {
            // The selection colour shows as a frame around the image.
            int border = Math.max(3, Math.min(area.width, area.height) / 24);
            area = new Rectangle(area.x + border, area.y + border, Math.max(0, area.width - 2 * border),
                    Math.max(0, area.height - 2 * border));
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            gc.fillRectangle(area);
        }
        if (image == null) {
            return;
        }
        Rectangle bounds = image.getBounds();
        ImageFit fit = ImageFit.of(bounds.width, bounds.height, area.width, area.height);
        if (fit.width() == 0 || fit.height() == 0) {
            return;
        }
        gc.setInterpolation(SWT.NONE);
        gc.setAntialias(SWT.OFF);
        gc.drawImage(image, 0, 0, bounds.width, bounds.height, area.x + fit.x(), area.y + fit.y(), fit.width(),
                fit.height());
    }

    private void disposeImage() {
        for (Image f : frames) {
            f.dispose();
        }
        frames.clear();
        image = null;
    }
}
