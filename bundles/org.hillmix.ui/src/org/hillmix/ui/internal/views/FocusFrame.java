package org.hillmix.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A frame around a slider that shows, in the selection colour, which slider has the keyboard
 * focus: GTK's own focus mark on a scale is a faint dotted line that annotators miss, and with
 * several sliders the arrow keys must visibly act on one of them. The frame is a composite with a
 * margin of {@value #WIDTH} pixels whose background turns to {@link SWT#COLOR_LIST_SELECTION} while
 * the control inside has the focus; it carries {@link WidgetIds#FOCUSED} for tests.
 */
final class FocusFrame {

    /** Width of the frame in pixels. */
    static final int WIDTH = 3;

    private FocusFrame() {
    }

    /** A frame in {@code parent} to create the slider in ({@code new Scale(frame, ...)}, then {@link #follow}). */
    static Composite create(Composite parent, Object layoutData) {
        Composite frame = new Composite(parent, SWT.NONE);
        FillLayout layout = new FillLayout();
        layout.marginWidth = WIDTH;
        layout.marginHeight = WIDTH;
        frame.setLayout(layout);
        frame.setLayoutData(layoutData);
        frame.setData(WidgetIds.FOCUSED, Boolean.FALSE);
        return frame;
    }

    /** Colours {@code control}'s frame (its parent, made by {@link #create}) while it has the focus. */
    static void follow(Control control) {
        Composite frame = control.getParent();
        // The slider keeps the background around it, so only the frame's margin takes the colour
        // (GTK paints a scale's background from its parent's otherwise).
        control.setBackground(frame.getParent().getBackground());
        control.addListener(SWT.FocusIn, e -> mark(frame, true));
        control.addListener(SWT.FocusOut, e -> mark(frame, false));
    }

    private static void mark(Composite frame, boolean focused) {
        if (frame.isDisposed()) {
            return;
        }
        frame.setBackground(focused ? frame.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION) : null);
        frame.setData(WidgetIds.FOCUSED, focused);
    }
}
