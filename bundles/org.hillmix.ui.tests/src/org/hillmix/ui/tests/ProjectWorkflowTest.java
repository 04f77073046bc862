package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.project.Batch;
import org.hillmix.core.project.HillmixProject;
import org.hillmix.core.project.OpenProject;
import org.hillmix.core.project.ProjectImport;
import org.hillmix.core.project.ProjectJson;
import org.hillmix.core.project.StimulusItem;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.rcp.HillmixWorkbenchIds;
import org.hillmix.rcp.internal.ProjectTitle;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.project.DefaultProjectService;
import org.hillmix.ui.internal.project.ExitGuard;
import org.hillmix.ui.internal.project.Fields;
import org.hillmix.ui.internal.project.GenerateStimuliJob;
import org.hillmix.ui.internal.project.GenerateStimuliWizard;
import org.hillmix.ui.internal.project.ImportJudgmentsJob;
import org.hillmix.ui.internal.project.ImportJudgmentsWizard;
import org.hillmix.ui.internal.project.NewProjectWizard;
import org.hillmix.ui.internal.project.PlanBatchesWizard;
import org.hillmix.ui.internal.project.ProjectHandlers;
import org.hillmix.ui.services.Services;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.project.ProjectService;
import org.junit.jupiter.api.AfterEach;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study lead's path through the workbench, in the real wizards: create a project from an image
 * folder, generate stimuli (a job), plan batches for two annotators, start a session from a batch; the
 * status area and the window title name the project and confirm each step; the project is remembered.
 */
class ProjectWorkflowTest {

    @TempDir
    Path temp;

    private ViewSessionFixture fx;
    private WizardDialog dialog;

    /** A wizard dialog whose Finish button tests can press. */
    private static final class TestWizardDialog extends WizardDialog {
        TestWizardDialog(Shell parent, IWizard wizard) {
            super(parent, wizard);
            setBlockOnOpen(false);
        }

        void finish() {
            finishPressed();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewSessionFixture();
        for (String cls : List.of("cat", "dog")) {
            Path dir = Files.createDirectories(temp.resolve("images").resolve(cls));
            for (int i = 0; i < 4; i++) {
                byte[] px = new byte[3 * 8 * 8];
                java.util.Arrays.fill(px, (byte) (cls.equals("cat") ? 30 + 10 * i : 220 - 10 * i));
                ImageCodec.writePng(ImageTensor.fromBytes(3, 8, 8, px), dir.resolve(cls + "-" + i + ".png"));
            }
        }
        Files.createDirectories(temp.resolve("empty"));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        fx.close();
    }

    private TestWizardDialog open(IWizard wizard) {
        TestWizardDialog d = new TestWizardDialog(fx.shell, wizard);
        d.create();
        d.getShell().setSize(760, 560);
        d.open();
        fx.ui.processEvents();
        dialog = d;
        return d;
    }

    private <T extends org.eclipse.swt.widgets.Control> T field(String id) {
        return UiTestSupport.find(dialog.getShell(), id);
    }

    private OpenProject newProject(Path folder) throws Exception {
        TestWizardDialog d = open(new NewProjectWizard());
        this.<Text>field(WidgetIds.NEW_PROJECT_FOLDER).setText(folder.toString());
        this.<Text>field(WidgetIds.NEW_PROJECT_NAME).setText("Pilot");
        this.<Combo>field(WidgetIds.NEW_PROJECT_KIND).select(0);
        this.<Text>field(WidgetIds.NEW_PROJECT_DATA).setText(temp.resolve("images").toString());
        fx.ui.processEvents();
        fx.ui.click(this.<org.eclipse.swt.widgets.Button>field(WidgetIds.NEW_PROJECT_CHECK));
        String summary = NLS.bind(Messages.NewProject_datasetSummary, new Object[] {8, 2, "cat, dog"});
        fx.ui.waitUntil(() -> summary.equals(d.getCurrentPage().getMessage()), () -> d.getCurrentPage().getMessage());
        fx.screenshot("new-project-wizard.png");
        d.finish();
        fx.ui.processEvents();
        return Services.projects().current().orElseThrow();
    }

    /**
     * Closes the session and hides the view that starting it opened: a view left open keeps
     * listening to the session service and would carry this test's state into other test classes.
     */
    private void endSession(AnnotationSession session) throws Exception {
        fx.service.close(); // and with it the journal
        org.eclipse.ui.IWorkbenchPage page = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage();
        org.eclipse.ui.IViewPart view = page.findView(ProjectHandlers.VIEW_OF.get(session.task().protocol()));
        if (view != null) {
            page.hideView(view);
        }
        fx.ui.processEvents();
    }

    @Test
    void newProjectReadsTheDataSetAndRefusesAnEmptyOne() throws Exception {
        Path bad = temp.resolve("bad-project");
        TestWizardDialog d = open(new NewProjectWizard());
        this.<Text>field(WidgetIds.NEW_PROJECT_FOLDER).setText(bad.toString());
        this.<Text>field(WidgetIds.NEW_PROJECT_NAME).setText("Bad");
        this.<Text>field(WidgetIds.NEW_PROJECT_DATA).setText(temp.resolve("empty").toString());
        fx.ui.click(this.<org.eclipse.swt.widgets.Button>field(WidgetIds.NEW_PROJECT_CHECK));
        String prefix = NLS.bind(Messages.NewProject_datasetFailed, "").trim();
        fx.ui.waitUntil(() -> d.getCurrentPage().getErrorMessage() != null
                && d.getCurrentPage().getErrorMessage().startsWith(prefix), () -> d.getCurrentPage().getErrorMessage());
        d.finish();
        fx.ui.processEvents();
        assertFalse(d.getShell().isDisposed(), "the wizard stays open");
        String error = d.getCurrentPage().getErrorMessage();
        assertNotNull(error);
        assertTrue(error.startsWith(NLS.bind(Messages.NewProject_datasetFailed, "").trim()), error);
        assertFalse(Files.exists(bad.resolve(HillmixProject.DESCRIPTOR)), "nothing created");
        d.close();

        Path folder = temp.resolve("pilot");
        OpenProject p = newProject(folder);
        assertEquals(folder.toAbsolutePath().normalize(), p.folder());
        HillmixProject onDisk = ProjectJson.read(folder);
        assertEquals(ClassSet.of("cat", "dog"), onDisk.classes(), "classes from the image folder's sub-folders");
        assertEquals(temp.resolve("images").toAbsolutePath().normalize().toString(), onDisk.dataset().path());
        assertTrue(Files.isDirectory(folder.resolve(HillmixProject.JOURNALS)));
    }

    /** The status area's text. */
    private String status() {
        return fx.<CLabel>widget(WidgetIds.PROJECT_STATUS).getText();
    }

    /** What the status area shows, and the notice the project service holds (for a failure message). */
    private String statusAndNotice() {
        return status() + " (the project service's last notice: " + Services.projects().lastNotice().orElse("none")
                + ")";
    }

    private static String notice(String name, String notice) {
        return NLS.bind(Messages.Status_projectNotice, name, notice);
    }

    @Test
    void generatePlanAndStartASession() throws Exception {
        Path folder = temp.resolve("study");
        // the product's window title follows the project (org.hillmix.rcp subscribes the same handler)
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        AtomicReference<String> title = new AtomicReference<>();
        ProjectTitle titleKeeper = new ProjectTitle("HILLmix Workbench", title::set);
        broker.subscribe(ProjectTitle.TOPIC_CHANGED, titleKeeper);
        try {
            generatePlanAndStart(folder, title);
        } finally {
            broker.unsubscribe(titleKeeper);
        }
    }

    private void generatePlanAndStart(Path folder, AtomicReference<String> title) throws Exception {
        OpenProject p = newProject(folder);
        Path abs = folder.toAbsolutePath().normalize();
        fx.ui.waitUntil(() -> ("HILLmix Workbench \u2014 Pilot (" + abs + ")").equals(title.get()), title::get);
        // the status area names the project and confirms what was created
        String created = notice("Pilot", NLS.bind(Messages.Project_created, new Object[] {"Pilot", abs, 8, 2}));
        fx.ui.waitUntil(() -> created.equals(status()), this::statusAndNotice);

        GenerateStimuliWizard generate = new GenerateStimuliWizard(p);
        TestWizardDialog d = open(generate);
        this.<Text>field(WidgetIds.GENERATE_NAME).setText("mixes");
        this.<Text>field(WidgetIds.GENERATE_PAIRS).setText("3");
        this.<Text>field(WidgetIds.GENERATE_LAMBDAS).setText("0.25, 0.75");
        d.finish();
        assertNotNull(generate.scheduledJob());
        Job.getJobManager().join(GenerateStimuliJob.FAMILY, null);
        assertTrue(generate.scheduledJob().getResult().isOK(), generate.scheduledJob().getResult().toString());
        ProjectService projects = Services.projects();
        fx.ui.waitUntil(() -> projects.current().orElseThrow().descriptor().stimulusSet("mixes").isPresent(),
                () -> "set not in the current project");
        List<StimulusItem> items = StimulusItem.read(HillmixProject.stimulusFolder(folder, "mixes"), false);
        assertEquals(6, items.size(), "3 pairs x 2 lambdas");
        String generated = notice("Pilot", NLS.bind(Messages.Generate_done, new Object[] {"mixes", 6,
                Messages.Generate_layoutFlatShort}));
        fx.ui.waitUntil(() -> generated.equals(status()), this::statusAndNotice);

        TestWizardDialog plan = open(new PlanBatchesWizard(projects.current().orElseThrow()));
        Combo sets = this.<Combo>field(WidgetIds.PLAN_SET);
        assertEquals(NLS.bind(Messages.Plan_setLabel, new Object[] {"mixes", Messages.Generate_layoutFlatShort, 6}),
                sets.getItem(0), "the set list says single images or series, and how many");
        Combo protocols = this.<Combo>field(WidgetIds.PLAN_PROTOCOL);
        // a series protocol on a set of single images is refused while choosing, before Finish
        protocols.select(Protocol.CONSTRUCT_MIDPOINT.ordinal());
        protocols.notifyListeners(SWT.Selection, new Event());
        assertEquals(NLS.bind(Messages.Plan_layoutMismatch, "mixes", Protocol.CONSTRUCT_MIDPOINT.id()),
                plan.getCurrentPage().getErrorMessage());
        assertFalse(plan.getCurrentPage().isPageComplete());
        protocols.select(Protocol.MIXING_FACTOR.ordinal());
        protocols.notifyListeners(SWT.Selection, new Event());
        this.<Text>field(WidgetIds.PLAN_ANNOTATORS).setText("ann1, ann2");
        this.<Text>field(WidgetIds.PLAN_OVERLAP).setText("2");
        this.<Text>field(WidgetIds.PLAN_SIZE).setText("4");
        fx.ui.processEvents();
        assertEquals(null, plan.getCurrentPage().getErrorMessage());
        // 6 items x 2 annotators each = 6 per annotator, cut into batches of 4 and 2: 4 batches, 12 items
        assertEquals(NLS.bind(Messages.Plan_preview, new Object[] {4, 2, 12, 2}),
                this.<Label>field(WidgetIds.PLAN_PREVIEW).getText(), "the batches are previewed before Finish");
        fx.ui.screenshot(plan.getShell(), Path.of(System.getProperty("hillmix.screenshots", "target/screenshots"))
                .resolve("plan-batches-wizard.png"));
        plan.finish();
        fx.ui.processEvents();
        HillmixProject planned = ProjectJson.read(folder);
        assertEquals(4, planned.batches().size());
        String plannedNotice = notice("Pilot", NLS.bind(Messages.Plan_done, new Object[] {4, 2,
                Protocol.MIXING_FACTOR.id(), "mixes", 12}));
        fx.ui.waitUntil(() -> plannedNotice.equals(status()), this::statusAndNotice);
        assertEquals(List.of("ann1", "ann2"), planned.annotators());
        for (String a : List.of("ann1", "ann2")) {
            assertEquals(6, planned.batches().stream().filter(b -> b.annotator().equals(a))
                    .mapToInt(b -> b.items().size()).sum());
        }

        Batch first = planned.batches().get(0);
        // started from the Results perspective, the session switches to the Annotation perspective
        org.eclipse.ui.IWorkbenchPage page = fx.page;
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(
                HillmixWorkbenchIds.PERSPECTIVE_RESULTS));
        fx.ui.processEvents();
        assertEquals(HillmixWorkbenchIds.PERSPECTIVE_RESULTS, page.getPerspective().getId());
        AnnotationSession session = ProjectHandlers.start(projects.current().orElseThrow(), first);
        fx.ui.processEvents();
        assertEquals(HillmixWorkbenchIds.PERSPECTIVE_ANNOTATION, page.getPerspective().getId());
        assertEquals(ProjectHandlers.ANNOTATION_PERSPECTIVE, HillmixWorkbenchIds.PERSPECTIVE_ANNOTATION);
        assertEquals(first.id(), session.task().name());
        assertEquals(first.items().size(), session.size());
        assertEquals(first.items().get(0).item(), session.currentItem().orElseThrow().id());
        Label progress = fx.widget(WidgetIds.MIXING_PROGRESS);
        fx.ui.waitUntil(() -> NLS.bind(Messages.Mixing_progress, 1, first.items().size()).equals(progress.getText()),
                progress::getText);
        assertTrue(Files.exists(folder.resolve("journals").resolve(first.annotator() + ".jsonl")));

        // one answer: the batch picker shows 1/4 for this batch and 0/n for the others, with the annotator
        session.markShown();
        session.record(new MixingFactorAnswer(0.3, 0.8));
        ElementListSelectionDialog picker = ProjectHandlers.batchDialog(fx.shell, projects.current().orElseThrow());
        picker.setBlockOnOpen(false);
        picker.open();
        fx.ui.processEvents();
        List<String> rows = new ArrayList<>();
        for (TableItem item : UiTestSupport.<Table>first(picker.getShell(), Table.class).getItems()) {
            rows.add(item.getText());
        }
        picker.close();
        List<String> expected = new ArrayList<>();
        for (Batch b : planned.batches()) {
            expected.add(NLS.bind(Messages.Start_batchLabel, new Object[] {b.id(), b.annotator(),
                    Protocol.MIXING_FACTOR.id(), b == first ? 1 : 0, b.items().size()}));
        }
        assertEquals(new java.util.TreeSet<>(expected), new java.util.TreeSet<>(rows));
        assertTrue(rows.contains(NLS.bind(Messages.Start_batchLabel, new Object[] {first.id(), "ann1",
                Protocol.MIXING_FACTOR.id(), 1, 4})), rows::toString);

        // Exit during the session asks first, and says that the answers are saved
        List<String> asked = new ArrayList<>();
        ExitGuard guard = new ExitGuard((shell, message) -> {
            asked.add(message);
            return false;
        });
        assertFalse(guard.preShutdown(PlatformUI.getWorkbench(), false), "the user chose to keep annotating");
        assertEquals(List.of(NLS.bind(Messages.Exit_running, new Object[] {first.id(), 1, 4})), asked);
        assertTrue(guard.preShutdown(PlatformUI.getWorkbench(), true), "a forced shutdown is not asked about");
        endSession(session);
        assertTrue(guard.preShutdown(PlatformUI.getWorkbench(), false), "no session: nothing to ask");
        assertEquals(1, asked.size());
    }

    @Test
    void theLastProjectIsRememberedAndOpenedAgainAtTheNextStart() throws Exception {
        Path folder = temp.resolve("remembered");
        OpenProject p = newProject(folder);
        BundleContext context = FrameworkUtil.getBundle(ProjectWorkflowTest.class).getBundleContext();
        EventAdmin events = context.getService(context.getServiceReference(EventAdmin.class));
        // a new service, as at the next start of the workbench, opens the same folder again
        DefaultProjectService next = new DefaultProjectService(events);
        assertTrue(next.current().isEmpty());
        assertEquals(Optional.of(p.folder()), next.lastFolder());
        assertEquals(p.folder(), next.reopenLast().orElseThrow().folder());
        assertEquals(p.folder(), next.current().orElseThrow().folder());
        // folder choosers start beside the project, or at the nearest existing folder of what the field holds
        assertEquals(p.folder().getParent(), Fields.initialFolder("", next));
        assertEquals(temp.resolve("images").resolve("cat").toAbsolutePath(),
                Fields.initialFolder(temp.resolve("images/cat/not-there/x.png").toString(), next));
        // a remembered folder that no longer holds a project is not opened
        Files.delete(folder.resolve(HillmixProject.DESCRIPTOR));
        DefaultProjectService later = new DefaultProjectService(events);
        assertTrue(later.reopenLast().isEmpty());
        assertTrue(later.current().isEmpty());
    }

    @Test
    void cancellingGenerationLeavesTheProjectAsItWas() throws Exception {
        Path folder = temp.resolve("cancelled");
        OpenProject p = newProject(folder);
        byte[] descriptorBefore = Files.readAllBytes(folder.resolve(HillmixProject.DESCRIPTOR));
        // The job's monitor comes from the job manager's progress provider: this one reports
        // cancellation after some progress, i.e. while images are being written, without timing.
        org.eclipse.core.runtime.jobs.IJobManager manager = Job.getJobManager();
        java.util.concurrent.atomic.AtomicInteger ticks = new java.util.concurrent.atomic.AtomicInteger();
        org.eclipse.core.runtime.jobs.ProgressProvider cancelling = new org.eclipse.core.runtime.jobs.ProgressProvider() {
            @Override
            public org.eclipse.core.runtime.IProgressMonitor createMonitor(Job job) {
                return new org.eclipse.core.runtime.NullProgressMonitor() {
                    @Override
                    public void worked(int work) {
                        if (ticks.incrementAndGet() >= 3) {
                            setCanceled(true);
                        }
                    }
                };
            }
        };
        // the workbench's own provider has no public getter: read it to put it back afterwards
        java.lang.reflect.Field field = manager.getClass().getDeclaredField("progressProvider");
        field.setAccessible(true);
        org.eclipse.core.runtime.jobs.ProgressProvider workbenchProvider =
                (org.eclipse.core.runtime.jobs.ProgressProvider) field.get(manager);
        manager.setProgressProvider(cancelling);
        GenerateStimuliJob job;
        try {
            job = new GenerateStimuliJob(p, "doomed", false, 16, org.hillmix.core.mixup.LambdaSampler.grid(0.2, 0.4,
                    0.6, 0.8), 7);
            job.schedule();
            job.join();
        } finally {
            manager.setProgressProvider(workbenchProvider);
        }
        assertTrue(ticks.get() >= 3, "the job reported progress before it was cancelled");
        assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, job.getResult().getSeverity(), job.getResult()
                .toString());
        assertTrue(java.util.Arrays.equals(descriptorBefore,
                Files.readAllBytes(folder.resolve(HillmixProject.DESCRIPTOR))), "descriptor unchanged");
        Path set = HillmixProject.stimulusFolder(folder, "doomed");
        assertFalse(Files.exists(set.resolve("manifest.csv")), "no manifest of a cancelled set");
        if (Files.isDirectory(set)) {
            try (var files = Files.walk(set)) {
                assertEquals(0, files.filter(Files::isRegularFile).count(), "no half-written images left");
            }
        }
        assertTrue(Services.projects().current().orElseThrow().descriptor().stimulusSets().isEmpty());
    }

    @Test
    void importWizardWritesOneJournalPerAnnotator() throws Exception {
        Path csv = Prerequisites.sharedFile("hmix/hmix_select_shuffled_midpoint.csv");
        Path folder = temp.resolve("imported");
        newProject(folder);

        ImportJudgmentsWizard wizard = new ImportJudgmentsWizard();
        TestWizardDialog d = open(wizard);
        assertEquals(folder.toAbsolutePath().normalize().toString(),
                this.<Text>field(WidgetIds.IMPORT_PROJECT).getText(), "the current project is prefilled");
        assertNotNull(d.getCurrentPage().getErrorMessage(), "no file chosen yet");
        // typing "/" (a path without a file name) threw a NullPointerException from the kind guess
        Text fileField = this.<Text>field(WidgetIds.IMPORT_FILE);
        int kindBefore = this.<Combo>field(WidgetIds.IMPORT_KIND).getSelectionIndex();
        fileField.setFocus();
        fx.ui.type("/");
        assertEquals("/", fileField.getText());
        assertEquals(Messages.Import_noFile, d.getCurrentPage().getErrorMessage());
        assertEquals(kindBefore, this.<Combo>field(WidgetIds.IMPORT_KIND).getSelectionIndex());
        fileField.setText(csv.toString());
        fx.ui.processEvents();
        assertEquals(ProjectImport.Source.HMIX_SELECT_SHUFFLED.ordinal(),
                this.<Combo>field(WidgetIds.IMPORT_KIND).getSelectionIndex(), "kind guessed from the file name");
        assertEquals(null, d.getCurrentPage().getErrorMessage());
        d.finish();
        Job.getJobManager().join(ImportJudgmentsJob.FAMILY, null);
        assertTrue(wizard.scheduledJob().getResult().isOK(), wizard.scheduledJob().getResult().toString());
        ProjectImport.Result r = wizard.scheduledJob().result().orElseThrow();

        // Expected, counted from the CSV without the importer: answer rows and distinct subjects.
        java.util.Set<String> subjects = new java.util.TreeSet<>();
        int rows = 0;
        for (String line : Files.readAllLines(csv)) {
            String[] f = line.split(",", -1);
            if (f.length > 5 && "survey-html-form".equals(f[2])) {
                rows++;
                subjects.add(f[5]);
            }
        }
        assertTrue(rows > 0);
        assertEquals(rows, r.judgments());
        try (var journals = Files.list(folder.resolve(HillmixProject.JOURNALS))) {
            assertEquals(subjects, journals.map(f -> f.getFileName().toString().replace(".jsonl", ""))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        }
        fx.ui.waitUntil(() -> new java.util.TreeSet<>(Services.projects().current().orElseThrow().descriptor()
                .annotators()).equals(subjects), () -> "annotators not in the current project");
    }

    @Test
    void goldItemsArePlannedAndMarkedInTheSession() throws Exception {
        Path folder = temp.resolve("gold");
        OpenProject p = newProject(folder);
        GenerateStimuliWizard generate = new GenerateStimuliWizard(p);
        TestWizardDialog d = open(generate);
        this.<Text>field(WidgetIds.GENERATE_NAME).setText("mixes");
        this.<Text>field(WidgetIds.GENERATE_PAIRS).setText("3");
        this.<Text>field(WidgetIds.GENERATE_LAMBDAS).setText("0.25, 0.75");
        d.finish();
        Job.getJobManager().join(GenerateStimuliJob.FAMILY, null);
        ProjectService projects = Services.projects();
        fx.ui.waitUntil(() -> projects.current().orElseThrow().descriptor().stimulusSet("mixes").isPresent(),
                () -> "set not in the current project");
        List<String> ids = StimulusItem.read(HillmixProject.stimulusFolder(folder, "mixes"), false).stream()
                .map(StimulusItem::id).toList();
        String goldId = ids.get(0);

        TestWizardDialog plan = open(new PlanBatchesWizard(projects.current().orElseThrow()));
        this.<Text>field(WidgetIds.PLAN_ANNOTATORS).setText("solo");
        this.<Text>field(WidgetIds.PLAN_SIZE).setText("5");
        this.<Text>field(WidgetIds.PLAN_GOLD).setText("no-such-item");
        this.<Text>field(WidgetIds.PLAN_GOLD_EVERY).setText("3");
        plan.finish();
        fx.ui.processEvents();
        assertEquals(NLS.bind(Messages.Plan_unknownGold, "no-such-item", "mixes"),
                plan.getCurrentPage().getErrorMessage());
        this.<Text>field(WidgetIds.PLAN_GOLD).setText(goldId);
        plan.finish();
        fx.ui.processEvents();
        HillmixProject planned = ProjectJson.read(folder);
        // 6 stimuli, one of them gold: 5 study items for one annotator = one batch of 5, plus the gold
        // item once, after the first two study items (one gold item after every 3 - 1 items).
        assertEquals(1, planned.batches().size());
        Batch batch = planned.batches().get(0);
        assertEquals(6, batch.items().size());
        assertEquals(1, batch.items().stream().filter(i -> i.gold()).count());
        assertEquals(goldId, batch.items().get(2).item());
        assertTrue(batch.items().get(2).gold());
        assertEquals(new java.util.TreeSet<>(ids.subList(1, 6)), batch.items().stream().filter(i -> !i.gold())
                .map(i -> i.item()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));

        AnnotationSession session = ProjectHandlers.start(projects.current().orElseThrow(), batch);
        assertEquals(6, session.size());
        assertEquals("true", session.task().items().get(2).attributes().get("gold"));
        assertEquals(null, session.task().items().get(0).attributes().get("gold"));
        endSession(session);
    }
}
