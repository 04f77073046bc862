package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Shows one stimulus as large as the area allows, scaled with nearest-neighbour interpolation by a
 * whole factor ({@link ImageFit}) so that the annotator sees the image's real pixels, not a
 * smoothed guess. The canvas also takes the keyboard focus for the view's shortcuts.
 */
final class StimulusCanvas {

    private final Canvas canvas;
    private Image image;

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
            ImageData data;
            try (InputStream in = Files.newInputStream(file)) {
                data = new ImageData(in);
            } catch (SWTException e) {
                throw new IOException("not a readable image (" + e.getMessage() + ")", e);
            }
            image = new Image(canvas.getDisplay(), data);
        }
        canvas.redraw();
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(area);
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
        if (image != null) {
            image.dispose();
            image = null;
        }
    }
}
