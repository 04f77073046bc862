package org.hillmix.ui.internal.project;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hillmix.ui.internal.views.WidgetIds;

/** Labelled form fields for the wizards' three-column grids (label, field, optional button). */
final class Fields {

    private Fields() {
    }

    static Text text(Composite parent, String label, String id, String initial) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        t.setData(WidgetIds.KEY, id);
        t.setText(initial);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE);
        return t;
    }

    static Combo combo(Composite parent, String label, String id, String[] items, int selected) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY);
        c.setData(WidgetIds.KEY, id);
        c.setItems(items);
        if (items.length > 0) {
            c.select(Math.min(selected, items.length - 1));
        }
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE);
        return c;
    }

    /** A path field with a Browse button (a file chooser while {@code file} says so, else a folder chooser). */
    static Text path(Composite parent, String label, String id, java.util.function.BooleanSupplier file,
            String browse) {
        new Label(parent, SWT.NONE).setText(label);
        Text t = new Text(parent, SWT.BORDER);
        t.setData(WidgetIds.KEY, id);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button b = new Button(parent, SWT.PUSH);
        b.setText(browse);
        b.addListener(SWT.Selection, e -> {
            String chosen;
            if (file.getAsBoolean()) {
                FileDialog d = new FileDialog(parent.getShell(), SWT.OPEN);
                chosen = d.open();
            } else {
                DirectoryDialog d = new DirectoryDialog(parent.getShell());
                d.setFilterPath(t.getText());
                chosen = d.open();
            }
            if (chosen != null) {
                t.setText(chosen);
            }
        });
        return t;
    }

    /** The whole number in {@code t}, or {@code null} when it is not one. */
    static Integer integer(Text t) {
        try {
            return Integer.valueOf(t.getText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
