package org.hillmix.ui.internal.project;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hillmix.core.project.OpenProject;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.project.ProjectService;
import org.hillmix.ui.services.Services;

/** Labelled form fields for the wizards' three-column grids (label, field, optional button). */
public final class Fields {

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
            String start = initialFolder(t.getText(), Services.projects()).toString();
            if (file.getAsBoolean()) {
                FileDialog d = new FileDialog(parent.getShell(), SWT.OPEN);
                d.setFilterPath(start);
                chosen = d.open();
            } else {
                DirectoryDialog d = new DirectoryDialog(parent.getShell());
                d.setFilterPath(start);
                chosen = d.open();
            }
            if (chosen != null) {
                t.setText(chosen);
            }
        });
        return t;
    }

    /**
     * Where a file or folder chooser starts (never GTK's "Recent"): the folder the field names (or the nearest
     * existing folder above it), else the folder holding the current project, else the folder holding the
     * last project, else the user's home.
     *
     * @param field what the field holds (may be blank or not a valid path)
     * @param projects the project service
     */
    public static Path initialFolder(String field, ProjectService projects) {
        if (field != null && !field.isBlank()) {
            try {
                for (Path p = Path.of(field.trim()).toAbsolutePath(); p != null; p = p.getParent()) {
                    if (Files.isDirectory(p)) {
                        return p;
                    }
                }
            } catch (InvalidPathException e) {
                // not a path (yet): fall through to the project
            }
        }
        Optional<Path> project = projects.current().map(OpenProject::folder).or(projects::lastFolder)
                .map(Path::getParent).filter(Files::isDirectory);
        return project.orElse(Path.of(System.getProperty("user.home")));
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
