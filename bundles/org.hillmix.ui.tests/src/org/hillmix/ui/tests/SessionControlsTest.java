package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.ManualClock;
import org.hillmix.core.session.SessionClock;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.ComprehensionCheck;
import org.hillmix.ui.internal.views.MixingFactorView;
import org.hillmix.ui.internal.views.WidgetIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

/**
 * The session controls every elicitation view shares, driven through real events in the mixing-factor
 * view: instructions and comprehension check, undo (Ctrl+Z), pause (F9) and resume after the view was
 * closed.
 */
class SessionControlsTest {

    private static final String ANNOTATOR = "controls-1";

    @TempDir
    Path temp;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"), 0);
    private ServiceRegistration<SessionClock> clockService;
    private ViewSessionFixture fx;
    private Label progress;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ViewSessionFixture();
        clockService = UiTestSupport.injectClock(fx.service, clock);
        fx.showView(MixingFactorView.ID);
        progress = fx.widget(WidgetIds.MIXING_PROGRESS);
    }

    @AfterEach
    void tearDown() throws IOException {
        UiTestSupport.setShowInstructions(false);
        fx.close();
        clockService.unregister();
    }

    private AnnotationTask task(int n) throws IOException {
        List<AnnotationItem> items = ViewSessionFixture.images(temp, n, 32);
        return new AnnotationTask("controls", ANNOTATOR, Protocol.MIXING_FACTOR, ClassSet.CIFAR10, items);
    }

    /** Moves both sliders ({@code up} Page Up steps, then one confidence step) and submits. */
    private void answer(int up) {
        Scale slider = fx.widget(WidgetIds.MIXING_SLIDER);
        fx.ui.waitUntil(slider::isFocusControl, () -> "focus: " + fx.display.getFocusControl());
        for (int i = 0; i < up; i++) {
            fx.ui.key(SWT.PAGE_UP, (char) 0);
        }
        fx.ui.key(SWT.TAB, '\t');
        fx.ui.key(SWT.ARROW_RIGHT, (char) 0);
        fx.ui.key(SWT.CR, '\r');
    }

    private void waitForItem(int n, int of) {
        fx.ui.waitUntil(() -> NLS.bind(Messages.Mixing_progress, n, of).equals(progress.getText()),
                () -> "progress: " + progress.getText());
    }

    @Test
    void comprehensionCheckGatesTheFirstItemAndCountsAttempts() throws Exception {
        UiTestSupport.setShowInstructions(true);
        Path file = temp.resolve("gate.jsonl");
        fx.start(task(2), file);
        Button start = fx.widget(WidgetIds.CHECK_START);
        fx.ui.waitUntil(start::isVisible, () -> "instructions not shown");
        Canvas stimulus = fx.widget(WidgetIds.MIXING_STIMULUS);
        assertFalse(stimulus.isVisible(), "the item stays hidden until the check is passed");
        AnnotationSession session = fx.service.current().orElseThrow();
        assertFalse(session.isShown(), "reaction time does not start during the instructions");

        ComprehensionCheck check = ComprehensionCheck.of(Protocol.MIXING_FACTOR);
        Label status = fx.widget(WidgetIds.CHECK_STATUS);
        fx.ui.click(start); // nothing chosen
        fx.ui.waitUntil(() -> Messages.Instructions_unanswered.equals(status.getText()), status::getText);
        // First attempt: question 1 wrong.
        int wrong = (check.questions().get(0).right() + 1) % check.questions().get(0).options().size();
        fx.ui.click(fx.widget(WidgetIds.CHECK_PREFIX + "0." + wrong));
        fx.ui.click(fx.widget(WidgetIds.CHECK_PREFIX + "1." + check.questions().get(1).right()));
        fx.screenshot("instructions.png");
        fx.ui.click(start);
        fx.ui.waitUntil(() -> NLS.bind(Messages.Instructions_wrong, 1, 2).equals(status.getText()), status::getText);
        assertFalse(stimulus.isVisible());
        // Second attempt: right.
        fx.ui.click(fx.widget(WidgetIds.CHECK_PREFIX + "0." + check.questions().get(0).right()));
        fx.ui.click(start);
        fx.ui.waitUntil(stimulus::isVisible, () -> "item not shown after passing");
        waitForItem(1, 2);
        assertTrue(session.isShown());
        answer(1);
        waitForItem(2, 2);
        answer(2);
        List<Judgment> judgments = ViewSessionFixture.read(file);
        assertEquals("2", judgments.get(0).attributes().get(AnnotationSession.COMPREHENSION_ATTRIBUTE));
        assertNull(judgments.get(1).attributes().get(AnnotationSession.COMPREHENSION_ATTRIBUTE),
                "only the first judgment carries the attempts");
    }

    @Test
    void ctrlZWithdrawsTheLastAnswerAndShowsItsItemAgain() throws Exception {
        Path file = temp.resolve("undo.jsonl");
        fx.start(task(3), file);
        Button undo = fx.widget(WidgetIds.UNDO);
        waitForItem(1, 3);
        assertFalse(undo.isEnabled(), "nothing to undo yet");
        answer(1); // slider 60
        waitForItem(2, 3);
        answer(2); // slider 70
        waitForItem(3, 3);
        fx.ui.ctrlKey('z', 'z');
        waitForItem(2, 3);
        assertEquals("50", fx.<Label>widget(WidgetIds.MIXING_SLIDER_VALUE).getText(), "the item starts afresh");
        answer(3); // slider 80
        waitForItem(3, 3);
        answer(4); // slider 90
        fx.ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, 3).equals(progress.getText()), progress::getText);

        List<Judgment> judgments = ViewSessionFixture.read(file);
        assertEquals(List.of("item-0", "item-1", "item-2"), judgments.stream().map(Judgment::item).toList());
        assertEquals(List.of(60.0, 80.0, 90.0),
                judgments.stream().map(j -> ((MixingFactorAnswer) j.answer()).slider()).toList());
        List<String> lines = Files.readAllLines(file);
        assertEquals(5, lines.size(), "append-only: four judgments and one withdrawal");
        assertTrue(lines.get(2).contains("hillmix.withdrawal/1") && lines.get(2).contains("item-1"), lines.get(2));
    }

    @Test
    void f9PausesHidesTheImageAndExcludesThePauseFromTheReactionTime() throws Exception {
        Path file = temp.resolve("pause.jsonl");
        fx.start(task(2), file);
        waitForItem(1, 2);
        Canvas stimulus = fx.widget(WidgetIds.MIXING_STIMULUS);
        fx.ui.key(SWT.F9, (char) 0);
        Button resume = fx.widget(WidgetIds.RESUME);
        fx.ui.waitUntil(resume::isVisible, () -> "pause page not shown");
        assertFalse(stimulus.isVisible(), "the image is hidden while paused");
        AnnotationSession session = fx.service.current().orElseThrow();
        assertTrue(session.isPaused());
        fx.screenshot("paused.png");
        fx.ui.key(SWT.PAGE_UP, (char) 0); // the answer keys do nothing while paused
        clock.advance(Duration.ofMillis(400)); // the session's clock, injected through the service
        assertEquals(0, session.answered());
        fx.ui.key(SWT.F9, (char) 0);
        fx.ui.waitUntil(stimulus::isVisible, () -> "image not shown after resume");
        assertEquals("50", fx.<Label>widget(WidgetIds.MIXING_SLIDER_VALUE).getText(), "no key acted while paused");
        clock.advance(Duration.ofMillis(250));
        answer(1);
        waitForItem(2, 2);
        Judgment j = ViewSessionFixture.read(file).get(0);
        assertEquals("400", j.attributes().get(AnnotationSession.PAUSED_ATTRIBUTE));
        assertEquals(250, j.reactionTimeMs(), "the time shown, less the pause");
    }

    @Test
    void reopeningResumesAtTheNextItem() throws Exception {
        Path file = temp.resolve("resume.jsonl");
        AnnotationTask task = task(4);
        fx.start(task, file);
        waitForItem(1, 4);
        answer(1);
        waitForItem(2, 4);
        answer(1);
        waitForItem(3, 4);
        // Close everything, as a restart would.
        fx.service.close(); // releases the journal too
        fx.page.hideView(fx.page.findView(MixingFactorView.ID));
        fx.ui.processEvents();

        fx.showView(MixingFactorView.ID);
        progress = fx.widget(WidgetIds.MIXING_PROGRESS);
        fx.start(task, file);
        waitForItem(3, 4);
        Label note = fx.widget(WidgetIds.SESSION_NOTE);
        assertEquals(NLS.bind(Messages.Session_resumed, 2, 4), note.getText());
        assertEquals("item-2", fx.service.current().orElseThrow().currentItem().orElseThrow().id());
        assertFalse(fx.<Button>widget(WidgetIds.UNDO).isEnabled(), "earlier sessions' answers cannot be undone");
        answer(1);
        waitForItem(4, 4);
        answer(1);
        assertEquals(List.of("item-0", "item-1", "item-2", "item-3"),
                ViewSessionFixture.read(file).stream().map(Judgment::item).toList());
    }

    @Test
    void aViewShowingAnotherProtocolsSessionNoticesWhenItCloses() throws Exception {
        AnnotationTask categorical = new AnnotationTask("other", ANNOTATOR, Protocol.CATEGORICAL, ClassSet.CIFAR10,
                ViewSessionFixture.images(temp, 2, 32));
        fx.start(categorical, temp.resolve("other.jsonl"));
        fx.ui.waitUntil(() -> Messages.Mixing_wrongProtocol.equals(progress.getText()), progress::getText);
        fx.service.close();
        fx.ui.waitUntil(() -> Messages.Categorical_noSession.equals(progress.getText()), progress::getText);
    }
}
