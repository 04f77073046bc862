package org.hillmix.ui.internal.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/** Draws a soft label as one horizontal bar per class with its value in percent. */
final class SoftLabelBars {

    private final Canvas canvas;
    private List<String> names = List.of();
    private double[] values;

    SoftLabelBars(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setData(WidgetIds.KEY, WidgetIds.PREVIEW);
        canvas.addListener(SWT.Paint, this::paint);
    }

    Canvas control() {
        return canvas;
    }

    /** Shows {@code label} (one value per class, summing to 1), or nothing for {@code null}. */
    void show(List<String> classNames, double[] label) {
        names = List.copyOf(classNames);
        values = label == null ? null : label.clone();
        canvas.setData(WidgetIds.PREVIEW_VALUES, values == null ? null : values.clone());
        canvas.redraw();
    }

    /** Height that shows one line per class. */
    int preferredHeight(int classCount) {
        GC gc = new GC(canvas);
        try {
            return classCount * (gc.getFontMetrics().getHeight() + 2) + 4;
        } finally {
            gc.dispose();
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        gc.fillRectangle(area);
        if (values == null) {
            return;
        }
        int line = gc.getFontMetrics().getHeight() + 2;
        int nameWidth = 0;
        for (String n : names) {
            nameWidth = Math.max(nameWidth, gc.textExtent(n).x);
        }
        Point pct = gc.textExtent("100.0%");
        int barX = nameWidth + 8;
        int barMax = Math.max(0, area.width - barX - pct.x - 8);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        for (int i = 0; i < values.length && i < names.size(); i++) {
            int y = 2 + i * line;
            gc.drawString(names.get(i), 2, y, true);
            int w = (int) Math.round(values[i] * barMax);
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.fillRectangle(barX, y + 2, w, line - 4);
            gc.drawString(String.format("%.1f%%", 100 * values[i]), barX + w + 4, y, true);
        }
    }
}
