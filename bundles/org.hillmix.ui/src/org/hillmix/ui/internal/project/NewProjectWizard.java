package org.hillmix.ui.internal.project;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.InMemoryImageDataset;
import org.hillmix.core.evaluation.DatasetKind;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.ProjectDatasets;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.jobs.EclipseProgressMonitor;
import org.hillmix.ui.services.Services;

/**
 * File > New > HILLmix Project (and the HILLmix menu): a project folder and a source data set
 * (image folder, CIFAR-10 binary, IDX or index CSV). Read Data Set opens the chosen source with the core reader and shows
 * its image and class counts (or the reader's error) in the message area; finishing reads it again,
 * so a wrong choice is reported in the wizard (nothing is created then), and takes the class set
 * from it unless classes are given.
 */
public final class NewProjectWizard extends FormWizard<NewProjectWizard.Page> implements INewWizard {

    /** Wizard id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.wizards.newProject";


    /** A wizard with a progress monitor part for reading the data set. */
    public NewProjectWizard() {
        super(Messages.NewProject_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // the wizard does not depend on the selection
    }

    @Override
    Page createPage() {
        return new Page();
    }

    @Override
    public boolean performFinish() {
        Path abs = Path.of(page.folder.getText().trim()).toAbsolutePath().normalize();
        DatasetLocation location = page.location(abs);
        InMemoryImageDataset dataset = readDataset(abs, location);
        return dataset != null && page.finish(() -> {
            HillmixProject project = HillmixProject.create(page.name.getText().trim(), dataset.classSet(), location);
            Services.projects().create(abs, project);
            Services.projects().announce(NLS.bind(Messages.Project_created, new Object[] {project.name(), abs,
                    dataset.size(), dataset.classSet().size()}));
        });
    }

    /**
     * Read Data Set button: opens the chosen data set with the core reader and shows its image and
     * class counts in the message area, or the reader's error.
     */
    void checkDataset() {
        String f = page.folder.getText().trim();
        Path abs = Path.of(f.isEmpty() ? "." : f).toAbsolutePath().normalize();
        InMemoryImageDataset dataset = readDataset(abs, page.location(abs));
        if (dataset != null) {
            page.setErrorMessage(null);
            page.setMessage(NLS.bind(Messages.NewProject_datasetSummary, new Object[] {dataset.size(),
                    dataset.classSet().size(), String.join(", ", dataset.classSet().names())}),
                    IMessageProvider.INFORMATION);
        }
    }

    /**
     * Reads {@code location} with the core reader in the wizard's progress part (cancellable).
     *
     * @return the data set, or {@code null} after showing the reader's error on the page
     */
    private InMemoryImageDataset readDataset(Path projectFolder, DatasetLocation location) {
        List<String> names = Arrays.stream(page.classes.getText().split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        AtomicReference<InMemoryImageDataset> read = new AtomicReference<>();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    read.set(ProjectDatasets.open(projectFolder, location, names.isEmpty() ? null : ClassSet.of(names),
                            new EclipseProgressMonitor(monitor)));
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
            return read.get();
        } catch (InvocationTargetException e) {
            page.setErrorMessage(NLS.bind(Messages.NewProject_datasetFailed, e.getCause().getMessage()));
        } catch (InterruptedException e) {
            page.setErrorMessage(Messages.NewProject_cancelled);
        }
        return null;
    }

    /** The wizard's one page. */
    final class Page extends FormPage {

        Text folder;
        Text name;
        Combo kind;
        Text data;
        Text classes;

        Page() {
            super("newProject", Messages.NewProject_pageTitle, Messages.NewProject_pageDescription);
        }

        @Override
        void createFields(Composite c) {
            folder = Fields.path(c, Messages.NewProject_folder, WidgetIds.NEW_PROJECT_FOLDER, () -> false,
                    Messages.Wizard_browse);
            name = Fields.text(c, Messages.NewProject_name, WidgetIds.NEW_PROJECT_NAME, "");
            String[] kinds = DatasetKind.projectSources().stream().map(k -> Messages.byKey("Dataset_" + k.projectId()))
                    .toArray(String[]::new);
            kind = Fields.combo(c, Messages.NewProject_kind, WidgetIds.NEW_PROJECT_KIND, kinds, 0);
            data = Fields.path(c, Messages.NewProject_data, WidgetIds.NEW_PROJECT_DATA,
                    () -> kind.getSelectionIndex() != DatasetKind.projectSources().indexOf(DatasetKind.IMAGE_FOLDER), Messages.Wizard_browse);
            classes = Fields.text(c, Messages.NewProject_classes, WidgetIds.NEW_PROJECT_CLASSES, "");
            new Label(c, SWT.NONE);
            Button check = new Button(c, SWT.PUSH);
            check.setText(Messages.NewProject_check);
            check.setData(WidgetIds.KEY, WidgetIds.NEW_PROJECT_CHECK);
            check.addListener(SWT.Selection, e -> checkDataset());
            new Label(c, SWT.NONE);
            validateOn(SWT.Modify, folder, name, data, classes);
            validateOn(SWT.Selection, kind);
        }

        /** The data set location the fields describe; inside the project folder it is stored relative. */
        DatasetLocation location(Path projectFolder) {
            DatasetKind k = DatasetKind.projectSources().get(kind.getSelectionIndex());
            Path path = Path.of(data.getText().trim()).toAbsolutePath().normalize();
            // relative inside the project, so the folder can be moved or shared
            String stored = path.startsWith(projectFolder) ? projectFolder.relativize(path).toString() : path.toString();
            return new DatasetLocation(k, stored);
        }

        @Override
        String problem() {
            String f = folder.getText().trim();
            if (f.isEmpty()) {
                return Messages.NewProject_noFolder;
            } else if (Files.exists(Path.of(f).resolve(HillmixProject.DESCRIPTOR))) {
                return Messages.NewProject_exists;
            } else if (name.getText().isBlank()) {
                return Messages.NewProject_noName;
            } else if (data.getText().isBlank() || !Files.exists(Path.of(data.getText().trim()))) {
                return Messages.NewProject_noData;
            }
            return null;
        }
    }
}
