package org.hillmix.ui.tests;

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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.io.JournalReadMode;
import org.hillmix.core.io.JudgmentJsonl;
import org.hillmix.core.progress.ProgressMonitor;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.JsonlJudgmentJournal;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.MixingFactorView;
import org.hillmix.ui.internal.views.WidgetIds;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.session.AnnotationSessionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the mixing-factor view in the running workbench and answers a three-item task with the
 * keyboard only (arrows, Page Up/Down, Shift+arrow, Tab, Enter), every key stroke a real event
 * posted to the window system. Checks the must-move refusal and the judgments in the journal file.
 */
class MixingFactorViewTest {

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
        IViewPart view = page.findView(MixingFactorView.ID);
        if (view != null) {
            page.hideView(view);
        }
        ui.processEvents();
    }

    @Test
    void keyStepsAreOneAndTen() {
        assertEquals(1, MixingFactorView.step(SWT.ARROW_RIGHT, 0));
        assertEquals(-1, MixingFactorView.step(SWT.ARROW_LEFT, 0));
        assertEquals(10, MixingFactorView.step(SWT.ARROW_UP, SWT.SHIFT));
        assertEquals(-10, MixingFactorView.step(SWT.ARROW_LEFT, SWT.SHIFT));
        assertEquals(10, MixingFactorView.step(SWT.PAGE_UP, 0));
        assertEquals(-10, MixingFactorView.step(SWT.PAGE_DOWN, 0));
        assertEquals(0, MixingFactorView.step('a', 0));
    }

    @Test
    void classNamesComeFromAttributesOrTheFileName() {
        AnnotationItem named = AnnotationItem.of("x", Path.of("mixed_0.25_Airplane_1434_Automobile_764.png"));
        // written as everywhere else (ClassNames, issue 9): the H-Mix file name's capitals are not the class's name
        assertEquals(List.of("airplane", "automobile"), List.of(MixingFactorView.classNames(named)));
        AnnotationItem attributed = new AnnotationItem("y", Path.of("mixed_0.25_Airplane_1434_Automobile_764.png"),
                Map.of(MixingFactorView.CLASS1_ATTRIBUTE, "Cat", MixingFactorView.CLASS2_ATTRIBUTE, "dog"));
        assertEquals(List.of("cat", "dog"), List.of(MixingFactorView.classNames(attributed)));
        AnnotationItem plain = AnnotationItem.of("z", Path.of("image-7.png"));
        assertEquals(List.of(Messages.Mixing_classFallback1, Messages.Mixing_classFallback2),
                List.of(MixingFactorView.classNames(plain)));
    }

    @Test
    void annotatorAnswersThreeItemsWithKeysOnly() throws Exception {
        assertTrue(PreferenceConstants.getBoolean(PreferenceConstants.MIXING_MUST_MOVE,
                PreferenceConstants.DEFAULT_MIXING_MUST_MOVE), "this test expects the must-move rule on");
        List<AnnotationItem> items = stimuli();
        AnnotationTask task = new AnnotationTask("ui-mix", "annotator-2", Protocol.MIXING_FACTOR, ClassSet.CIFAR10,
                items);

        IViewPart view = page.showView(MixingFactorView.ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Label progress = UiTestSupport.find(shell, WidgetIds.MIXING_PROGRESS);
        ui.waitUntil(() -> Messages.Categorical_noSession.equals(progress.getText()), progress::getText);

        Path journalFile = temp.resolve("session.jsonl");
        JsonlJudgmentJournal journal = JsonlJudgmentJournal.open(journalFile);
        closeAfter = journal;
        service.start(task, journal);
        ui.waitUntil(() -> NLS.bind(Messages.Mixing_progress, 1, 3).equals(progress.getText()),
                () -> "progress after start: " + progress.getText());
        page.activate(view);
        shell.forceActive();
        ui.processEvents();
        Scale slider = widget(WidgetIds.MIXING_SLIDER);
        Scale confidence = widget(WidgetIds.MIXING_CONFIDENCE);
        Label sliderValue = widget(WidgetIds.MIXING_SLIDER_VALUE);
        Label confidenceValue = widget(WidgetIds.MIXING_CONFIDENCE_VALUE);
        Label status = widget(WidgetIds.MIXING_STATUS);
        ui.waitUntil(slider::isFocusControl, () -> "focus is on " + display.getFocusControl());
        String[] names = MixingFactorView.classNames(items.get(0));
        assertEquals(NLS.bind(Messages.Mixing_classEnd, names[0]), this.<Label>widget(WidgetIds.MIXING_CLASS1).getText());
        assertEquals(NLS.bind(Messages.Mixing_classEnd, names[1]), this.<Label>widget(WidgetIds.MIXING_CLASS2).getText());
        assertEquals("50", sliderValue.getText());

        // Enter before moving anything: refused, both reasons shown, still item 1.
        ui.key(SWT.CR, '\r');
        ui.waitUntil(() -> status.getText().contains(Messages.Mixing_mustMoveSlider)
                && status.getText().contains(Messages.Mixing_mustMoveConfidence), status::getText);
        assertEquals(NLS.bind(Messages.Mixing_progress, 1, 3), progress.getText());
        assertTrue(journal.judgments().isEmpty());

        // Item 1: slider 50 +10 +10 -1 -1 -1 = 67.
        ui.key(SWT.PAGE_UP, (char) 0);
        ui.key(SWT.PAGE_UP, (char) 0);
        for (int i = 0; i < 3; i++) {
            ui.key(SWT.ARROW_LEFT, (char) 0);
        }
        assertEquals(67, slider.getSelection());
        assertEquals("67", sliderValue.getText());
        // Only the slider moved: still refused, now only for the confidence.
        ui.key(SWT.CR, '\r');
        ui.waitUntil(() -> !status.getText().contains(Messages.Mixing_mustMoveSlider)
                && status.getText().contains(Messages.Mixing_mustMoveConfidence), status::getText);
        assertEquals(NLS.bind(Messages.Mixing_progress, 1, 3), progress.getText());
        // Confidence 50 -10 +1 +1 = 42.
        ui.key(SWT.TAB, '\t');
        ui.waitUntil(confidence::isFocusControl, () -> "focus after Tab: " + display.getFocusControl());
        ui.key(SWT.PAGE_DOWN, (char) 0);
        ui.key(SWT.ARROW_RIGHT, (char) 0);
        ui.key(SWT.ARROW_RIGHT, (char) 0);
        assertEquals("42", confidenceValue.getText());
        assertEquals(67, slider.getSelection(), "keys move only the focused slider");
        screenshot();
        ui.key(SWT.CR, '\r');
        ui.waitUntil(() -> NLS.bind(Messages.Mixing_progress, 2, 3).equals(progress.getText()),
                () -> "progress after item 1: " + progress.getText());
        ui.waitUntil(slider::isFocusControl, () -> "focus on item 2: " + display.getFocusControl());
        assertEquals("50", sliderValue.getText(), "sliders start in the middle again");
        assertEquals("50", confidenceValue.getText());

        // Item 2: Shift+Left six times clamps the slider at 0; Page Up six times clamps confidence at 100.
        for (int i = 0; i < 6; i++) {
            ui.shiftKey(SWT.ARROW_LEFT, (char) 0);
        }
        assertEquals("0", sliderValue.getText());
        ui.key(SWT.TAB, '\t');
        ui.waitUntil(confidence::isFocusControl, () -> "focus after Tab: " + display.getFocusControl());
        for (int i = 0; i < 6; i++) {
            ui.key(SWT.PAGE_UP, (char) 0);
        }
        assertEquals("100", confidenceValue.getText());
        ui.key(SWT.CR, '\r');
        ui.waitUntil(() -> NLS.bind(Messages.Mixing_progress, 3, 3).equals(progress.getText()),
                () -> "progress after item 2: " + progress.getText());
        ui.waitUntil(slider::isFocusControl, () -> "focus on item 3: " + display.getFocusControl());

        // Item 3: slider +1 = 51; confidence -1 +10 = 59.
        ui.key(SWT.ARROW_RIGHT, (char) 0);
        ui.key(SWT.TAB, '\t');
        ui.waitUntil(confidence::isFocusControl, () -> "focus after Tab: " + display.getFocusControl());
        ui.key(SWT.ARROW_LEFT, (char) 0);
        ui.shiftKey(SWT.ARROW_RIGHT, (char) 0);
        ui.key(SWT.CR, '\r');
        ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, 3).equals(progress.getText()),
                () -> "progress after item 3: " + progress.getText() + " / " + status.getText());
        assertFalse(this.<Button>widget(WidgetIds.MIXING_SUBMIT).isEnabled());

        journal.close();
        List<Judgment> judgments = JudgmentJsonl.read(journalFile, JournalReadMode.STRICT, ProgressMonitor.NULL)
                .judgments();
        assertEquals(journal.judgments(), judgments);
        assertEquals(3, judgments.size());
        assertJudgment(judgments.get(0), items.get(0), 67, 42);
        assertJudgment(judgments.get(1), items.get(1), 0, 100);
        assertJudgment(judgments.get(2), items.get(2), 51, 59);
    }

    @Test
    void withoutTheMustMoveRuleEnterRecordsTheStartingPosition() throws Exception {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(PreferenceConstants.NODE);
        prefs.putBoolean(PreferenceConstants.MIXING_MUST_MOVE, false);
        try {
            List<AnnotationItem> items = stimuli().subList(0, 1);
            AnnotationTask task = new AnnotationTask("ui-mix", "annotator-2", Protocol.MIXING_FACTOR,
                    ClassSet.CIFAR10, items);
            IViewPart view = page.showView(MixingFactorView.ID);
            JsonlJudgmentJournal journal = JsonlJudgmentJournal.open(temp.resolve("free.jsonl"));
            closeAfter = journal;
            service.start(task, journal);
            Label progress = UiTestSupport.find(shell, WidgetIds.MIXING_PROGRESS);
            ui.waitUntil(() -> NLS.bind(Messages.Mixing_progress, 1, 1).equals(progress.getText()),
                    progress::getText);
            page.activate(view);
            shell.forceActive();
            Scale slider = widget(WidgetIds.MIXING_SLIDER);
            ui.waitUntil(slider::isFocusControl, () -> "focus is on " + display.getFocusControl());
            ui.key(SWT.CR, '\r');
            ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, 1).equals(progress.getText()),
                    progress::getText);
            assertEquals(1, journal.judgments().size());
            assertJudgment(journal.judgments().get(0), items.get(0), MixingFactorView.START_VALUE,
                    MixingFactorView.START_VALUE);
        } finally {
            prefs.remove(PreferenceConstants.MIXING_MUST_MOVE);
        }
    }

    private static void assertJudgment(Judgment j, AnnotationItem item, double slider, double confidence) {
        assertEquals("annotator-2", j.annotator());
        assertEquals(item.id(), j.item());
        MixingFactorAnswer actual = (MixingFactorAnswer) j.answer();
        assertEquals(slider, actual.slider());
        assertEquals(confidence, actual.confidence());
        assertEquals("ui-mix", j.attribute(AnnotationTask.TASK_ATTRIBUTE));
        assertNotNull(j.shownAt());
        assertNotNull(j.answeredAt());
        assertTrue(j.reactionTimeMs() >= 0, "reaction time " + j.reactionTimeMs());
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
            Path file = Path.of(dir, "mixing-factor-view.png");
            ui.screenshot(shell, file);
            assertTrue(Files.size(file) > 0);
        }
    }

    /**
     * Three items: the first three H-Mix infer-mixing-factor images when the shared data is present,
     * otherwise three generated 32x32 images whose classes are given as item attributes.
     */
    private List<AnnotationItem> stimuli() throws IOException {
        Optional<Path> dir = Prerequisites.sharedDirIfPresent("hmix/stimuli/infer-mixing-factor");
        if (dir.isPresent()) {
            try (Stream<Path> files = Files.list(dir.get())) {
                List<Path> pngs = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().limit(3)
                        .toList();
                if (pngs.size() == 3) {
                    return pngs.stream().map(p -> AnnotationItem.of(p.getFileName().toString(), p)).toList();
                }
            }
        }
        List<AnnotationItem> generated = new ArrayList<>();
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
            generated.add(new AnnotationItem("generated-" + k, file,
                    Map.of(MixingFactorView.CLASS1_ATTRIBUTE, "cat", MixingFactorView.CLASS2_ATTRIBUTE, "dog")));
        }
        return generated;
    }
}
