package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.JsonlJudgmentJournal;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.CategoricalSoftLabelView;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.session.AnnotationSessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the categorical view in the running workbench and answers a three-item task the way an
 * annotator does: item 1 entirely by keyboard shortcuts, item 2 with mouse clicks, item 3 by
 * keyboard with an odd-but-legal answer. Every key stroke and click is a real event posted to the
 * window system. Then checks the judgments in the session's JSON Lines journal file.
 */
class CategoricalSoftLabelViewTest {

    private static final int AIRPLANE = 0;
    private static final int BIRD = 2;
    private static final int CAT = 3;
    private static final int DOG = 5;
    private static final int SHIP = 8;

    @TempDir
    Path temp;

    private Display display;
    private UiTestSupport ui;
    private AnnotationSessionService service;
    private IWorkbenchPage page;
    private Shell shell;
    private JsonlJudgmentJournal closeAfter;

    @BeforeEach
    void setUp() throws InterruptedException {
        ViewSessionFixture fx = new ViewSessionFixture();
        display = fx.display;
        ui = fx.ui;
        service = fx.service;
        page = fx.page;
        shell = fx.shell;
    }

    @AfterEach
    void tearDown() throws IOException {
        service.close();
        if (closeAfter != null) {
            closeAfter.close();
        }
        IViewPart view = page.findView(CategoricalSoftLabelView.ID);
        if (view != null) {
            page.hideView(view);
        }
        ui.processEvents();
    }

    @Test
    void annotatorAnswersThreeItemsWithRealKeyAndMouseEvents() throws Exception {
        List<Path> images = stimuli();
        List<AnnotationItem> items = new ArrayList<>();
        for (Path p : images) {
            items.add(AnnotationItem.of(p.getFileName().toString(), p));
        }
        AnnotationTask task = AnnotationTask.cifar10Categorical("ui-test", "annotator-1", items);

        // Open the view before any session exists: it must say so, then follow the service's events.
        IViewPart view = page.showView(CategoricalSoftLabelView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Label progress = UiTestSupport.find(shell, WidgetIds.PROGRESS);
        ui.waitUntil(() -> Messages.Categorical_noSession.equals(progress.getText()), progress::getText);

        Path journalFile = temp.resolve("session.jsonl");
        JsonlJudgmentJournal journal = JsonlJudgmentJournal.open(journalFile);
        closeAfter = journal;
        service.start(task, journal);
        ui.waitUntil(() -> NLS.bind(Messages.Categorical_progress, 1, 3).equals(progress.getText()),
                () -> "progress after start: " + progress.getText());
        page.activate(view);
        shell.forceActive();
        ui.processEvents();
        Canvas stimulus = UiTestSupport.find(shell, WidgetIds.STIMULUS);
        ui.waitUntil(stimulus::isFocusControl, () -> "focus is on " + display.getFocusControl());

        // Item 1, keyboard only: 4 = cat, 70 %; E = bird, 20 %; A and L = airplane and ship impossible.
        ui.key('4', '4');
        Text topProbability = UiTestSupport.find(shell, WidgetIds.TOP_PROBABILITY);
        ui.waitUntil(topProbability::isFocusControl, () -> "focus after '4': " + display.getFocusControl());
        assertTrue(this.<Button>widget(WidgetIds.TOP_PREFIX + CAT).getSelection());
        ui.type("70");
        ui.key(SWT.ESC, (char) 27);
        ui.waitUntil(stimulus::isFocusControl, () -> "focus after Esc: " + display.getFocusControl());
        ui.key('e', 'e');
        ui.type("20");
        ui.key(SWT.ESC, (char) 27);
        ui.key('a', 'a');
        ui.key('l', 'l');
        Text secondProbability = UiTestSupport.find(shell, WidgetIds.SECOND_PROBABILITY);
        assertEquals("70", topProbability.getText());
        assertEquals("20", secondProbability.getText());
        assertTrue(this.<Button>widget(WidgetIds.SECOND_PREFIX + BIRD).getSelection());
        assertTrue(this.<Button>widget(WidgetIds.IMPOSSIBLE_PREFIX + AIRPLANE).getSelection());
        assertTrue(this.<Button>widget(WidgetIds.IMPOSSIBLE_PREFIX + SHIP).getSelection());
        assertTrue(this.<Button>widget(WidgetIds.SUBMIT).isEnabled());
        // Soft-label preview (top2-clamp, gamma 0.1), by hand: answered mass 0.9 < 1, so the rest,
        // 0.1, is spread over the 6 possible classes other than cat and bird: 0.1 / 6 each.
        double r = 0.1 / 6;
        double[] expectedLabel = {0, r, 0.2, 0.7, r, r, r, r, 0, r};
        double[] preview = (double[]) this.<Canvas>widget(WidgetIds.PREVIEW).getData(WidgetIds.PREVIEW_VALUES);
        assertNotNull(preview, "no soft-label preview for a complete answer");
        assertArrayEquals(expectedLabel, preview, 1e-12);
        screenshot();
        ui.key(SWT.CR, '\r');
        ui.waitUntil(() -> NLS.bind(Messages.Categorical_progress, 2, 3).equals(progress.getText()),
                () -> "progress after item 1: " + progress.getText());
        assertEquals("", topProbability.getText(), "the form is cleared for the next item");

        // Item 2, mouse: click airplane, click the probability field and type 100, click "none", click Submit.
        ui.click(widget(WidgetIds.TOP_PREFIX + AIRPLANE));
        ui.click(topProbability);
        ui.waitUntil(topProbability::isFocusControl, () -> "focus after click: " + display.getFocusControl());
        ui.type("100");
        ui.click(widget(WidgetIds.SECOND_NONE));
        Button submit = widget(WidgetIds.SUBMIT);
        ui.waitUntil(submit::isEnabled, () -> "status: " + this.<Label>widget(WidgetIds.STATUS).getText());
        ui.click(submit);
        ui.waitUntil(() -> NLS.bind(Messages.Categorical_progress, 3, 3).equals(progress.getText()),
                () -> "progress after item 2: " + progress.getText());

        // Item 3, keyboard, odd but legal: dog 60 %, cat 60 % (the two add up to 120).
        ui.click(stimulus);
        ui.waitUntil(stimulus::isFocusControl, () -> "focus after clicking the image: " + display.getFocusControl());
        ui.key('6', '6');
        ui.type("60");
        ui.key(SWT.ESC, (char) 27);
        ui.key('r', 'r');
        ui.type("60");
        Label status = widget(WidgetIds.STATUS);
        ui.waitUntil(() -> status.getText().contains(AnswerFlag.PROBABILITIES_SUM_OVER_100.description()),
                status::getText);
        ui.key(SWT.CR, '\r'); // Enter submits from inside the probability field too
        ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, 3).equals(progress.getText()),
                () -> "progress after item 3: " + progress.getText());
        assertFalse(submit.isEnabled());

        journal.close();
        // What the annotator answered is what the journal file holds.
        List<Judgment> judgments = JudgmentJsonl.read(journalFile, JournalReadMode.STRICT, ProgressMonitor.NULL)
                .judgments();
        assertEquals(journal.judgments(), judgments);
        assertEquals(3, judgments.size());
        assertJudgment(judgments.get(0), items.get(0), new CategoricalAnswer(CAT, 70, BIRD, 20, List.of(AIRPLANE, SHIP)));
        assertJudgment(judgments.get(1), items.get(1), CategoricalAnswer.top1(AIRPLANE, 100, List.of()));
        assertJudgment(judgments.get(2), items.get(2), new CategoricalAnswer(DOG, 60, CAT, 60, List.of()));
    }

    private static void assertJudgment(Judgment j, AnnotationItem item, CategoricalAnswer expected) {
        assertEquals("annotator-1", j.annotator());
        assertEquals(item.id(), j.item());
        CategoricalAnswer actual = (CategoricalAnswer) j.answer();
        assertEquals(expected.mostProbable(), actual.mostProbable());
        assertEquals(expected.mostProbability(), actual.mostProbability());
        assertEquals(expected.secondProbable(), actual.secondProbable());
        assertEquals(expected.secondProbability(), actual.secondProbability()); // NaN equals NaN here
        assertEquals(expected.impossible(), actual.impossible());
        assertEquals("ui-test", j.attribute(AnnotationTask.TASK_ATTRIBUTE));
        assertNotNull(j.shownAt());
        assertNotNull(j.answeredAt());
        assertTrue(j.reactionTimeMs() >= 0, "reaction time " + j.reactionTimeMs());
        // Two clocks measured the same interval (monotonic for the reaction time, wall clock for the
        // instants); they agree to well within a second.
        long wall = Duration.between(j.shownAt(), j.answeredAt()).toMillis();
        assertTrue(Math.abs(wall - j.reactionTimeMs()) < 1000, "reaction " + j.reactionTimeMs() + " ms, wall " + wall);
    }

    @SuppressWarnings("unchecked")
    private <T> T widget(String id) {
        return (T) UiTestSupport.find(shell, id);
    }

    private void screenshot() throws IOException {
        String dir = System.getProperty("hillmix.screenshots");
        if (dir != null) {
            Path file = Path.of(dir, "categorical-view.png");
            ui.screenshot(shell, file);
            assertTrue(Files.size(file) > 0);
        }
    }

    /**
     * Three stimuli: the first three H-Mix categorical mixup images when the shared data is present
     * (they make a meaningful screenshot), otherwise three generated 32x32 images.
     */
    private List<Path> stimuli() throws IOException {
        Optional<Path> dir = Prerequisites.sharedDirIfPresent("hmix/stimuli/categorical");
        if (dir.isPresent()) {
            try (Stream<Path> files = Files.list(dir.get())) {
                List<Path> pngs = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().limit(3)
                        .toList();
                if (pngs.size() == 3) {
                    return pngs;
                }
            }
        }
        List<Path> generated = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            ImageData data = new ImageData(32, 32, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    data.setPixel(x, y, ((x * 8) << 16) | ((y * 8) << 8) | ((k * 100 + (x ^ y) * 4) & 0xFF));
                }
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            Path file = temp.resolve("generated-" + k + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            generated.add(file);
        }
        return generated;
    }
}
