package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.Percentages;
import org.hillmix.core.mixup.MidpointSeries;
import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.ConstructMidpointAnswer;
import org.hillmix.core.protocol.FreeDistributionAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.protocol.SelectShuffledAnswer;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.SeriesOrder;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.CategoricalSoftLabelView;
import org.hillmix.ui.internal.views.ConstructMidpointView;
import org.hillmix.ui.internal.views.FreeDistributionView;
import org.hillmix.ui.internal.views.MixingFactorView;
import org.hillmix.ui.internal.views.SelectShuffledView;
import org.hillmix.ui.internal.views.WidgetIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scripted annotator per protocol answers 20 items in the real workbench, every answer given
 * through real key or mouse events posted to the window system, and the journal file read back by
 * the core reader must hold exactly the 20 answers the script gave, in order, with timings.
 * Expected answers are computed from the keys pressed, not read from the views.
 */
class TwentyItemSessionsTest {

    private static final int ITEMS = 20;
    private static final String ANNOTATOR = "scripted-1";

    @TempDir
    Path temp;

    private ViewSessionFixture fx;

    @BeforeEach
    void setUp() throws InterruptedException {
        fx = new ViewSessionFixture();
    }

    @AfterEach
    void tearDown() throws IOException {
        fx.close();
    }

    @Test
    void categoricalTwentyItems() throws Exception {
        List<AnnotationItem> items = ViewSessionFixture.images(temp, ITEMS, 32);
        Label progress = open(CategoricalSoftLabelView.ID, WidgetIds.PROGRESS);
        Path file = temp.resolve("categorical.jsonl");
        fx.start(new AnnotationTask("cat-20", ANNOTATOR, Protocol.CATEGORICAL, ClassSet.CIFAR10, items), file);
        Canvas stimulus = fx.widget(WidgetIds.STIMULUS);
        List<Answer> expected = new ArrayList<>();
        for (int k = 0; k < ITEMS; k++) {
            waitForItem(progress, Messages.Categorical_progress, k);
            fx.ui.waitUntil(stimulus::isFocusControl, () -> "focus: " + fx.display.getFocusControl());
            int top = k % 10;
            char digit = (char) ('0' + (top + 1) % 10);
            fx.ui.key(digit, digit); // most probable class; the focus moves to its probability field
            fx.ui.type(Integer.toString(50 + k));
            fx.ui.key(SWT.ESC, (char) 27);
            fx.ui.key('n', 'n'); // no second class
            fx.ui.key(SWT.CR, '\r');
            expected.add(CategoricalAnswer.top1(top, 50 + k, List.of()));
        }
        fx.ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, ITEMS).equals(progress.getText()),
                progress::getText);
        assertJournal(file, items, expected);
    }

    @Test
    void mixingFactorTwentyItems() throws Exception {
        List<AnnotationItem> items = ViewSessionFixture.images(temp, ITEMS, 32);
        Label progress = open(MixingFactorView.ID, WidgetIds.MIXING_PROGRESS);
        Path file = temp.resolve("mixing.jsonl");
        fx.start(new AnnotationTask("mix-20", ANNOTATOR, Protocol.MIXING_FACTOR, ClassSet.CIFAR10, items), file);
        Scale slider = fx.widget(WidgetIds.MIXING_SLIDER);
        Scale confidence = fx.widget(WidgetIds.MIXING_CONFIDENCE);
        List<Answer> expected = new ArrayList<>();
        for (int k = 0; k < ITEMS; k++) {
            waitForItem(progress, Messages.Mixing_progress, k);
            fx.ui.waitUntil(slider::isFocusControl, () -> "focus: " + fx.display.getFocusControl());
            press(SWT.PAGE_UP, 1 + k % 3); // the must-move rule (on by default) wants both sliders moved
            press(SWT.ARROW_LEFT, k % 5);
            fx.ui.key(SWT.TAB, '\t');
            fx.ui.waitUntil(confidence::isFocusControl, () -> "focus after Tab: " + fx.display.getFocusControl());
            press(SWT.ARROW_RIGHT, 1 + k % 4);
            fx.ui.key(SWT.CR, '\r');
            expected.add(new MixingFactorAnswer(50 + 10 * (1 + k % 3) - k % 5, 51 + k % 4));
        }
        fx.ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, ITEMS).equals(progress.getText()),
                progress::getText);
        assertJournal(file, items, expected);
    }

    @Test
    void constructMidpointTwentyItems() throws Exception {
        List<AnnotationItem> items = ViewSessionFixture.series(temp, ITEMS);
        Label progress = open(ConstructMidpointView.ID, WidgetIds.CONSTRUCT_PROGRESS);
        Path file = temp.resolve("construct.jsonl");
        fx.start(new AnnotationTask("construct-20", ANNOTATOR, Protocol.CONSTRUCT_MIDPOINT, ClassSet.CIFAR10, items),
                file);
        Canvas stimulus = fx.widget(WidgetIds.CONSTRUCT_STIMULUS);
        Label status = fx.widget(WidgetIds.CONSTRUCT_STATUS);
        assertEquals(NLS.bind(Messages.Construct_more, "dog"), fx.<Label>widget(WidgetIds.CONSTRUCT_LEFT).getText());
        assertEquals(NLS.bind(Messages.Construct_moreRight, "cat"),
                fx.<Label>widget(WidgetIds.CONSTRUCT_RIGHT).getText());
        assertEquals("", fx.<Label>widget(WidgetIds.CONSTRUCT_LAMBDA).getText(), "lambda hidden by default");
        List<Answer> expected = new ArrayList<>();
        for (int k = 0; k < ITEMS; k++) {
            waitForItem(progress, Messages.Categorical_progress, k);
            String id = items.get(k).id();
            int start = SeriesOrder.constructStart(ANNOTATOR, id);
            assertTrue(start != SeriesOrder.MIDDLE, "never starts at 50/50");
            fx.ui.waitUntil(() -> Integer.valueOf(start).equals(stimulus.getData(WidgetIds.FRAME_INDEX)),
                    () -> "frame shown: " + stimulus.getData(WidgetIds.FRAME_INDEX) + ", start " + start);
            int target = k % (MidpointSeries.STEPS + 1);
            if (k == 3) {
                // Past the lower end: refused with a note, the frame stays at 0.
                press(SWT.ARROW_LEFT, start + 1);
                fx.ui.waitUntil(() -> Messages.Construct_atEnd.equals(status.getText()), status::getText);
                assertEquals(0, stimulus.getData(WidgetIds.FRAME_INDEX));
                press(SWT.ARROW_RIGHT, target);
            } else if (target >= start) {
                for (int i = start; i < target; i++) {
                    fx.ui.key(i % 2 == 0 ? SWT.ARROW_RIGHT : '+', i % 2 == 0 ? (char) 0 : '+');
                }
            } else {
                press(SWT.ARROW_LEFT, start - target);
            }
            assertEquals(target, stimulus.getData(WidgetIds.FRAME_INDEX), "item " + k);
            if (k == 0) {
                fx.screenshot("construct-midpoint-view.png");
            }
            fx.ui.key(SWT.CR, '\r');
            expected.add(new ConstructMidpointAnswer(MidpointSeries.lambda(start), MidpointSeries.lambda(target),
                    0.1));
        }
        fx.ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, ITEMS).equals(progress.getText()),
                progress::getText);
        assertJournal(file, items, expected);
    }

    @Test
    void selectShuffledTwentyItems() throws Exception {
        List<AnnotationItem> items = ViewSessionFixture.series(temp, ITEMS);
        Label progress = open(SelectShuffledView.ID, WidgetIds.SELECT_PROGRESS);
        Path file = temp.resolve("select.jsonl");
        fx.start(new AnnotationTask("select-20", ANNOTATOR, Protocol.SELECT_SHUFFLED, ClassSet.CIFAR10, items), file);
        Label status = fx.widget(WidgetIds.SELECT_STATUS);
        List<Answer> expected = new ArrayList<>();
        for (int k = 0; k < ITEMS; k++) {
            waitForItem(progress, Messages.Categorical_progress, k);
            List<Integer> order = SeriesOrder.shuffled(ANNOTATOR, items.get(k).id());
            for (int p = 0; p < order.size(); p++) {
                Canvas cell = fx.widget(WidgetIds.SELECT_CELL_PREFIX + p);
                assertEquals(order.get(p), frameOf(cell, items.get(k)), "cell " + p + " of item " + k);
            }
            if (k == 0) {
                fx.ui.key(SWT.CR, '\r'); // nothing selected yet: refused, explained
                fx.ui.waitUntil(() -> Messages.Select_nothingSelected.equals(status.getText()), status::getText);
            }
            int position = k % order.size();
            if (k % 3 == 0) {
                char letter = Character.toLowerCase(SelectShuffledView.letter(position));
                fx.ui.key(letter, letter);
            } else if (k % 3 == 1) {
                fx.ui.click(fx.widget(WidgetIds.SELECT_CELL_PREFIX + position));
            } else {
                // Arrows from the first cell: Down moves a row of four, Right one cell.
                fx.ui.key('a', 'a');
                press(SWT.ARROW_DOWN, position / SelectShuffledView.COLUMNS);
                press(SWT.ARROW_RIGHT, position % SelectShuffledView.COLUMNS);
            }
            if (k == 1) {
                fx.screenshot("select-shuffled-view.png");
            }
            if (k % 2 == 0) {
                fx.ui.key(SWT.CR, '\r');
            } else {
                fx.ui.key(' ', ' ');
            }
            List<Double> shown = order.stream().map(MidpointSeries::lambda).toList();
            expected.add(new SelectShuffledAnswer(MidpointSeries.lambda(order.get(position)), shown));
        }
        fx.ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, ITEMS).equals(progress.getText()),
                progress::getText);
        assertJournal(file, items, expected);
    }

    @Test
    void freeDistributionTwentyItems() throws Exception {
        List<AnnotationItem> items = ViewSessionFixture.images(temp, ITEMS, 32);
        Label progress = open(FreeDistributionView.ID, WidgetIds.FREE_PROGRESS);
        Path file = temp.resolve("free.jsonl");
        fx.start(new AnnotationTask("free-20", ANNOTATOR, Protocol.FREE_DISTRIBUTION, ClassSet.CIFAR10, items), file);
        Label status = fx.widget(WidgetIds.FREE_STATUS);
        List<Answer> expected = new ArrayList<>();
        for (int k = 0; k < ITEMS; k++) {
            waitForItem(progress, Messages.Categorical_progress, k);
            Scale first = fx.widget(WidgetIds.FREE_SLIDER_PREFIX + 0);
            fx.ui.waitUntil(first::isFocusControl, () -> "focus: " + fx.display.getFocusControl());
            if (k == 0) {
                fx.ui.key(SWT.CR, '\r'); // all weights zero: refused with the validator's reason
                fx.ui.waitUntil(() -> !status.getText().isEmpty(), () -> "no refusal shown");
                assertTrue(fx.service.current().orElseThrow().answered() == 0, "nothing recorded");
            }
            double[] w = new double[10];
            int a = k % 10;
            char digit = (char) ('0' + (a + 1) % 10);
            fx.ui.key(digit, digit);
            Scale sa = fx.widget(WidgetIds.FREE_SLIDER_PREFIX + a);
            fx.ui.waitUntil(sa::isFocusControl, () -> "focus after digit: " + fx.display.getFocusControl());
            press(SWT.ARROW_RIGHT, k % 5 + 1);
            fx.ui.key(SWT.PAGE_UP, (char) 0);
            w[a] = k % 5 + 1 + 10;
            if (a < 9) {
                fx.ui.key(SWT.ARROW_DOWN, (char) 0);
                press(SWT.ARROW_RIGHT, 2);
                w[a + 1] = 2;
            }
            int[] pct = Percentages.of(w);
            for (int c = 0; c < 10; c++) {
                assertEquals(NLS.bind(Messages.Free_percent, pct[c]),
                        fx.<Label>widget(WidgetIds.FREE_PERCENT_PREFIX + c).getText(), "class " + c + " item " + k);
            }
            if (k == 2) {
                fx.screenshot("free-distribution-view.png");
            }
            fx.ui.key(SWT.CR, '\r');
            List<Double> weights = new ArrayList<>();
            for (double x : w) {
                weights.add(x);
            }
            expected.add(new FreeDistributionAnswer(weights));
        }
        fx.ui.waitUntil(() -> NLS.bind(Messages.Categorical_finished, ITEMS).equals(progress.getText()),
                progress::getText);
        assertJournal(file, items, expected);
    }

    private Label open(String viewId, String progressId) throws Exception {
        assertTrue(fx.service.current().isEmpty(), "a session is left over: " + fx.service.current());
        fx.showView(viewId);
        Label progress = fx.widget(progressId);
        fx.ui.waitUntil(() -> Messages.Categorical_noSession.equals(progress.getText()), progress::getText);
        return progress;
    }

    private void waitForItem(Label progress, String pattern, int k) {
        fx.ui.waitUntil(() -> NLS.bind(pattern, k + 1, ITEMS).equals(progress.getText()),
                () -> "progress before item " + (k + 1) + ": " + progress.getText());
    }

    private void press(int keyCode, int times) {
        for (int i = 0; i < times; i++) {
            fx.ui.key(keyCode, (char) 0);
        }
    }

    /** The series frame a grid cell shows, found by comparing its canvas image source. */
    private static Integer frameOf(Control cell, AnnotationItem item) {
        Object shown = cell.getData(WidgetIds.SHOWN_FILE);
        assertNotNull(shown, "cell shows no file");
        return item.frames().indexOf(shown);
    }

    private static void assertJournal(Path file, List<AnnotationItem> items, List<Answer> expected)
            throws IOException {
        List<Judgment> judgments = ViewSessionFixture.read(file);
        assertEquals(ITEMS, judgments.size());
        for (int k = 0; k < ITEMS; k++) {
            Judgment j = judgments.get(k);
            assertEquals(items.get(k).id(), j.item(), "item order");
            assertEquals(ANNOTATOR, j.annotator());
            assertEquals(expected.get(k), j.answer(), "answer to item " + k);
            assertTrue(j.reactionTimeMs() >= 0, "reaction time of item " + k);
            assertNotNull(j.shownAt());
            assertFalse(j.answeredAt().isBefore(j.shownAt()), "answered after shown");
        }
    }
}
