package org.hillmix.ui.internal.project;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.ProjectImport;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;

/**
 * File > Import > HILLmix > Published Judgments (and HILLmix > Import Judgments): reads an H-Mix or
 * CIFAR-10S answer file into a project's {@code journals/} (one journal per annotator). The source
 * kind is guessed from the published file name and can be changed. Finishing schedules an {@link
 * ImportJudgmentsJob}; the source file is read there, and a malformed file is reported by the job.
 */
public final class ImportJudgmentsWizard extends Wizard implements IImportWizard {

    private static final ProjectImport.Source[] SOURCES = ProjectImport.Source.values();

    private Page page;
    private ImportJudgmentsJob scheduled;

    /** A wizard importing into the current project (its folder is prefilled and can be changed). */
    public ImportJudgmentsWizard() {
        setWindowTitle(Messages.Import_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // the target project comes from the project service, not from the selection
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The job scheduled by the last finish, or {@code null}. */
    public ImportJudgmentsJob scheduledJob() {
        return scheduled;
    }

    @Override
    public boolean performFinish() {
        scheduled = new ImportJudgmentsJob(Path.of(page.project.getText().trim()),
                SOURCES[page.kind.getSelectionIndex()], Path.of(page.file.getText().trim()));
        scheduled.schedule();
        return true;
    }

    private static String label(ProjectImport.Source s) {
        return switch (s) {
            case HMIX_CATEGORICAL -> Messages.Import_hmixCategorical;
            case HMIX_MIXING_FACTOR -> Messages.Import_hmixMixingFactor;
            case HMIX_CONSTRUCT_MIDPOINT -> Messages.Import_hmixConstruct;
            case HMIX_SELECT_SHUFFLED -> Messages.Import_hmixSelect;
            case CIFAR10S_RAW -> Messages.Import_cifar10sRaw;
            case CIFAR10S_JSON -> Messages.Import_cifar10sJson;
        };
    }

    /** The wizard's one page. */
    private static final class Page extends WizardPage {

        Text project;
        Text file;
        Combo kind;

        Page() {
            super("import");
            setTitle(Messages.Import_pageTitle);
            setDescription(Messages.Import_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            project = Fields.path(c, Messages.Import_project, WidgetIds.IMPORT_PROJECT, () -> false,
                    Messages.Wizard_browse);
            Services.projects().current().ifPresent(p -> project.setText(p.folder().toString()));
            file = Fields.path(c, Messages.Import_file, WidgetIds.IMPORT_FILE, () -> true, Messages.Wizard_browse);
            String[] labels = new String[SOURCES.length];
            for (int i = 0; i < SOURCES.length; i++) {
                labels[i] = label(SOURCES[i]);
            }
            kind = Fields.combo(c, Messages.Import_kind, WidgetIds.IMPORT_KIND, labels, 0);
            project.addListener(SWT.Modify, e -> validate());
            file.addListener(SWT.Modify, e -> {
                ProjectImport.Source guess = path(file.getText()).map(ProjectImport.Source::guess).orElse(null);
                if (guess != null) {
                    kind.select(guess.ordinal());
                }
                validate();
            });
            setControl(c);
            validate();
        }

        /** The path a field names; empty while it is blank or not a path (a NUL typed, say). */
        private static java.util.Optional<Path> path(String text) {
            if (text.isBlank()) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(Path.of(text.trim()));
            } catch (java.nio.file.InvalidPathException e) {
                return java.util.Optional.empty();
            }
        }

        private void validate() {
            String problem = null;
            String folder = project.getText().trim();
            String source = file.getText().trim();
            if (path(folder).filter(f -> Files.isRegularFile(f.resolve(HillmixProject.DESCRIPTOR))).isEmpty()) {
                problem = Messages.Import_noProject;
            } else if (path(source).filter(Files::isRegularFile).isEmpty()) {
                problem = Messages.Import_noFile;
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
