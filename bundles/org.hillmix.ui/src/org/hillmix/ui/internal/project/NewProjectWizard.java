package org.hillmix.ui.internal.project;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.InMemoryImageDataset;
import org.hillmix.core.project.DatasetLocation;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.ProjectDatasets;
import org.hillmix.ui.internal.jobs.EclipseProgressMonitor;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;

/**
 * File > New > HILLmix Project: a project folder and a source data set (image folder, CIFAR-10
 * binary, IDX or index CSV). Finishing reads the data set with the core reader, so a wrong choice
 * is reported in the wizard (nothing is created then), and takes the class set from it unless
 * classes are given.
 */
public final class NewProjectWizard extends Wizard implements INewWizard {

    /** Wizard id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.wizards.newProject";

    private Page page;

    /** A wizard with a progress monitor part for reading the data set. */
    public NewProjectWizard() {
        setWindowTitle(Messages.NewProject_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // the wizard does not depend on the selection
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path folder = Path.of(page.folder.getText().trim());
        String name = page.name.getText().trim();
        DatasetLocation.Kind kind = DatasetLocation.Kind.values()[page.kind.getSelectionIndex()];
        Path data = Path.of(page.data.getText().trim()).toAbsolutePath().normalize();
        Path abs = folder.toAbsolutePath().normalize();
        // Inside the project the data set is stored relative, so the folder can be moved or shared.
        String stored = data.startsWith(abs) ? abs.relativize(data).toString() : data.toString();
        DatasetLocation location = new DatasetLocation(kind, stored);
        List<String> names = Arrays.stream(page.classes.getText().split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        AtomicReference<InMemoryImageDataset> read = new AtomicReference<>();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    read.set(ProjectDatasets.open(abs, location, names.isEmpty() ? null : ClassSet.of(names),
                            new EclipseProgressMonitor(monitor)));
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
            InMemoryImageDataset dataset = read.get();
            HillmixProject project = HillmixProject.create(name, dataset.classSet(), location);
            Services.projects().create(abs, project);
            return true;
        } catch (InvocationTargetException e) {
            page.setErrorMessage(NLS.bind(Messages.NewProject_datasetFailed, e.getCause().getMessage()));
        } catch (InterruptedException e) {
            page.setErrorMessage(Messages.NewProject_cancelled);
        } catch (Exception e) {
            page.setErrorMessage(e.getMessage());
        }
        return false;
    }

    /** The wizard's one page. */
    private static final class Page extends WizardPage {

        Text folder;
        Text name;
        Combo kind;
        Text data;
        Text classes;

        Page() {
            super("newProject");
            setTitle(Messages.NewProject_pageTitle);
            setDescription(Messages.NewProject_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            folder = Fields.path(c, Messages.NewProject_folder, WidgetIds.NEW_PROJECT_FOLDER, () -> false,
                    Messages.Wizard_browse);
            name = Fields.text(c, Messages.NewProject_name, WidgetIds.NEW_PROJECT_NAME, "");
            String[] kinds = Arrays.stream(DatasetLocation.Kind.values()).map(k -> Messages.byKey("Dataset_" + k.id()))
                    .toArray(String[]::new);
            kind = Fields.combo(c, Messages.NewProject_kind, WidgetIds.NEW_PROJECT_KIND, kinds, 0);
            data = Fields.path(c, Messages.NewProject_data, WidgetIds.NEW_PROJECT_DATA,
                    () -> kind.getSelectionIndex() != DatasetLocation.Kind.IMAGE_FOLDER.ordinal(), Messages.Wizard_browse);
            classes = Fields.text(c, Messages.NewProject_classes, WidgetIds.NEW_PROJECT_CLASSES, "");
            for (var w : List.of(folder, name, data, classes)) {
                w.addListener(SWT.Modify, e -> validate());
            }
            kind.addListener(SWT.Selection, e -> validate());
            setControl(c);
            validate();
        }

        private void validate() {
            String problem = null;
            String f = folder.getText().trim();
            if (f.isEmpty()) {
                problem = Messages.NewProject_noFolder;
            } else if (Files.exists(Path.of(f).resolve(HillmixProject.DESCRIPTOR))) {
                problem = Messages.NewProject_exists;
            } else if (name.getText().isBlank()) {
                problem = Messages.NewProject_noName;
            } else if (data.getText().isBlank() || !Files.exists(Path.of(data.getText().trim()))) {
                problem = Messages.NewProject_noData;
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
