package org.hillmix.ui.internal.project;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.ProjectImport;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.services.Services;

/**
 * File > Import > HILLmix > Published Judgments (and HILLmix > Import Judgments): reads an H-Mix or
 * CIFAR-10S answer file into a project's {@code journals/} (one journal per annotator). The source
 * kind is guessed from the published file name and can be changed. Finishing schedules an {@link
 * ImportJudgmentsJob}; the source file is read there, and a malformed file is reported by the job.
 */
public final class ImportJudgmentsWizard extends FormWizard<ImportJudgmentsWizard.Page> implements IImportWizard {

    private static final ProjectImport.Source[] SOURCES = ProjectImport.Source.values();

    private ImportJudgmentsJob scheduled;

    /** A wizard importing into the current project (its folder is prefilled and can be changed). */
    public ImportJudgmentsWizard() {
        super(Messages.Import_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // the target project comes from the project service, not from the selection
    }

    @Override
    Page createPage() {
        return new Page();
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
    static final class Page extends FormPage {

        Text project;
        Text file;
        Combo kind;

        Page() {
            super("import", Messages.Import_pageTitle, Messages.Import_pageDescription);
        }

        @Override
        void createFields(Composite c) {
            project = Fields.path(c, Messages.Import_project, WidgetIds.IMPORT_PROJECT, () -> false,
                    Messages.Wizard_browse);
            Services.projects().current().ifPresent(p -> project.setText(p.folder().toString()));
            file = Fields.path(c, Messages.Import_file, WidgetIds.IMPORT_FILE, () -> true, Messages.Wizard_browse);
            String[] labels = new String[SOURCES.length];
            for (int i = 0; i < SOURCES.length; i++) {
                labels[i] = label(SOURCES[i]);
            }
            kind = Fields.combo(c, Messages.Import_kind, WidgetIds.IMPORT_KIND, labels, 0);
            validateOn(SWT.Modify, project);
            file.addListener(SWT.Modify, e -> {
                ProjectImport.Source guess = path(file.getText()).map(ProjectImport.Source::guess).orElse(null);
                if (guess != null) {
                    kind.select(guess.ordinal());
                }
                validate();
            });
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

        @Override
        String problem() {
            if (path(project.getText()).filter(f -> Files.isRegularFile(f.resolve(HillmixProject.DESCRIPTOR)))
                    .isEmpty()) {
                return Messages.Import_noProject;
            } else if (path(file.getText()).filter(Files::isRegularFile).isEmpty()) {
                return Messages.Import_noFile;
            }
            return null;
        }
    }
}
