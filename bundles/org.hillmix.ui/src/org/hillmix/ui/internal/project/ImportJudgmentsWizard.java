package org.hillmix.ui.internal.project;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.hillmix.core.labels.CleaningPolicy;
import org.hillmix.core.project.ProjectImports;
import org.hillmix.ui.internal.jobs.EclipseProgressMonitor;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.project.OpenProject;

/**
 * HILLmix > Import Judgments: published H-Mix or CIFAR-10S answers, or another HILLmix journal,
 * into the project as journal {@code journals/import-<name>.jsonl} ({@link ProjectImports}). Bad
 * input is reported in the wizard with the importer's message (file and line); nothing is written
 * then.
 */
public final class ImportJudgmentsWizard extends Wizard {

    private final OpenProject project;
    private Page page;
    private ProjectImports.Result result;

    /** A wizard importing into {@code project}. */
    public ImportJudgmentsWizard(OpenProject project) {
        this.project = project;
        setWindowTitle(Messages.Import_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The last import's result, or {@code null}. */
    public ProjectImports.Result result() {
        return result;
    }

    @Override
    public boolean performFinish() {
        ProjectImports.Source source = ProjectImports.Source.values()[page.source.getSelectionIndex()];
        Path file = Path.of(page.file.getText().trim());
        String name = page.name.getText().trim();
        CleaningPolicy policy = CleaningPolicy.values()[page.policy.getSelectionIndex()];
        AtomicReference<ProjectImports.Result> done = new AtomicReference<>();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    done.set(ProjectImports.importInto(project.folder(), project.descriptor(), source, file, name,
                            policy, new EclipseProgressMonitor(monitor)));
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
            result = done.get();
            Services.projects().open(project.folder()); // the result views pick up the new journal
            return true;
        } catch (InvocationTargetException e) {
            page.setErrorMessage(NLS.bind(Messages.Import_failed, e.getCause().getMessage()));
        } catch (Exception e) {
            page.setErrorMessage(NLS.bind(Messages.Import_failed, e.getMessage()));
        }
        return false;
    }

    /** The wizard's one page. */
    private static final class Page extends WizardPage {

        Combo source;
        Text file;
        Text name;
        Combo policy;

        Page() {
            super("import");
            setTitle(Messages.Import_pageTitle);
            setDescription(Messages.Import_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(3, false));
            source = Fields.combo(c, Messages.Import_source, WidgetIds.IMPORT_SOURCE,
                    Arrays.stream(ProjectImports.Source.values()).map(s -> Messages.byKey("ImportSource_" + s.name()))
                            .toArray(String[]::new), 0);
            file = Fields.path(c, Messages.Import_file, WidgetIds.IMPORT_FILE, () -> true, Messages.Wizard_browse);
            name = Fields.text(c, Messages.Import_name, WidgetIds.IMPORT_NAME, "published");
            policy = Fields.combo(c, Messages.Import_policy, WidgetIds.IMPORT_POLICY,
                    Arrays.stream(CleaningPolicy.values()).map(CleaningPolicy::id).toArray(String[]::new), 0);
            for (Text t : List.of(file, name)) {
                t.addListener(SWT.Modify, e -> validate());
            }
            setControl(c);
            validate();
        }

        private void validate() {
            String problem = null;
            if (file.getText().isBlank() || !Files.isRegularFile(Path.of(file.getText().trim()))) {
                problem = Messages.Import_noFile;
            } else if (!name.getText().trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
                problem = Messages.Generate_badName;
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }
    }
}
