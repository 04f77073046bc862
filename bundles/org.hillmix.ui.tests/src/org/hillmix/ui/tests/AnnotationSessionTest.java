package org.hillmix.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.ui.session.AnnotationItem;
import org.hillmix.ui.session.AnnotationSession;
import org.hillmix.ui.session.AnnotationTask;
import org.hillmix.ui.session.InMemoryJudgmentJournal;
import org.hillmix.ui.session.JudgmentJournal;
import org.junit.jupiter.api.Test;

class AnnotationSessionTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final InstantSource clock = now::get;

    private static AnnotationTask task(int items) {
        List<AnnotationItem> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(new AnnotationItem("img" + i, Path.of("img" + i + ".png"), Map.of("trueLambda", "0." + i)));
        }
        return AnnotationTask.cifar10Categorical("pilot", "ann-7", list);
    }

    private AnnotationSession session(AnnotationTask task, JudgmentJournal journal) {
        return new AnnotationSession(task, journal, clock, nanos::get);
    }

    @Test
    void recordsTheAnswerWithReactionTimeFromDisplay() throws IOException {
        InMemoryJudgmentJournal journal = new InMemoryJudgmentJournal();
        AnnotationSession s = session(task(2), journal);
        s.markShown();
        nanos.addAndGet(2_345_678_901L); // 2345.678901 ms later
        now.set(T0.plusMillis(2346));
        CategoricalAnswer answer = new CategoricalAnswer(3, 70, 2, 20, List.of(0, 8));

        Judgment j = s.record(answer);

        assertEquals(2345, j.reactionTimeMs(), "whole milliseconds, truncated");
        assertEquals(T0, j.shownAt());
        assertEquals(T0.plusMillis(2346), j.answeredAt());
        assertEquals("ann-7", j.annotator());
        assertEquals("img0", j.item());
        assertSame(answer, j.answer());
        assertFalse(j.repeat());
        assertEquals(Map.of("task", "pilot", "trueLambda", "0.0"), j.attributes());
        assertEquals(List.of(j), journal.judgments());
        assertEquals(1, s.answered());
        assertEquals("img1", s.currentItem().orElseThrow().id());
        assertFalse(s.isShown(), "the next item has not been shown yet");
    }

    @Test
    void showingAgainRestartsTheReactionTime() throws IOException {
        AnnotationSession s = session(task(1), new InMemoryJudgmentJournal());
        s.markShown();
        nanos.addAndGet(9_000_000_000L);
        s.markShown(); // e.g. the view was closed and reopened
        nanos.addAndGet(1_500_000_000L);
        assertEquals(1500, s.record(CategoricalAnswer.top1(1, 90, List.of())).reactionTimeMs());
    }

    @Test
    void refusesToRecordAnItemThatWasNeverShown() {
        InMemoryJudgmentJournal journal = new InMemoryJudgmentJournal();
        AnnotationSession s = session(task(1), journal);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> s.record(CategoricalAnswer.top1(1, 90, List.of())));
        assertTrue(e.getMessage().contains("'img0' was never shown"), e.getMessage());
        assertEquals(List.of(), journal.judgments());
        assertEquals(0, s.answered());
    }

    @Test
    void refusesIllegalAnswersWithTheCoreValidatorsReason() {
        InMemoryJudgmentJournal journal = new InMemoryJudgmentJournal();
        AnnotationSession s = session(task(1), journal);
        s.markShown();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.record(CategoricalAnswer.top1(1, 150, List.of())));
        assertTrue(e.getMessage().startsWith("answer to item 'img0' of task 'pilot': "), e.getMessage());
        assertTrue(e.getMessage().contains("150"), e.getMessage());
        assertEquals(List.of(), journal.judgments());
        assertEquals(0, s.answered());
    }

    @Test
    void keepsFlaggedAnswersAsGiven() throws IOException {
        AnnotationSession s = session(task(1), new InMemoryJudgmentJournal());
        s.markShown();
        CategoricalAnswer odd = new CategoricalAnswer(5, 60, 3, 60, List.of()); // sums to 120: flagged, legal
        assertFalse(s.validate(odd).flags().isEmpty());
        assertSame(odd, s.record(odd).answer());
    }

    @Test
    void refusesAnswersOfAnotherProtocol() {
        AnnotationSession s = session(task(1), new InMemoryJudgmentJournal());
        s.markShown();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> s.record(new MixingFactorAnswer(40, 80)));
        assertEquals("answer to item 'img0' is a mixing-factor answer but task 'pilot' uses categorical",
                e.getMessage());
    }

    @Test
    void pauseIsExcludedFromTheReactionTimeAndRecorded() throws IOException {
        AnnotationSession s = session(task(2), new InMemoryJudgmentJournal());
        s.markShown();
        nanos.addAndGet(1_000_000_000L); // 1 s looking
        s.pause();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> s.record(CategoricalAnswer.top1(1, 90, List.of())));
        assertTrue(refused.getMessage().contains("paused"), refused.getMessage());
        nanos.addAndGet(60_000_000_000L); // 60 s paused
        s.resume();
        nanos.addAndGet(500_000_000L); // 0.5 s more
        Judgment j = s.record(CategoricalAnswer.top1(1, 90, List.of()));
        assertEquals(1500, j.reactionTimeMs());
        assertEquals("60000", j.attributes().get(AnnotationSession.PAUSED_ATTRIBUTE));
    }

    @Test
    void undoWithdrawsOnlyThisSessionsJudgmentsLastFirst() throws IOException {
        InMemoryJudgmentJournal journal = new InMemoryJudgmentJournal();
        AnnotationSession s = session(task(3), journal);
        assertFalse(s.canUndo());
        for (int i = 0; i < 2; i++) {
            s.markShown();
            s.record(CategoricalAnswer.top1(i, 90, List.of()));
        }
        assertEquals("img2", s.currentItem().orElseThrow().id());
        assertEquals("img1", s.undo().orElseThrow().item());
        assertEquals("img1", s.currentItem().orElseThrow().id());
        assertEquals(1, s.answered());
        assertFalse(s.isShown(), "the item must be shown again before it can be answered");
        assertEquals("img0", s.undo().orElseThrow().item());
        assertTrue(s.undo().isEmpty());
        assertEquals(List.of(), journal.judgments());
    }

    @Test
    void resumesAtTheFirstUnansweredItemOfThisAnnotatorAndTask() throws IOException {
        InMemoryJudgmentJournal journal = new InMemoryJudgmentJournal();
        AnnotationSession first = session(task(4), journal);
        for (int i = 0; i < 2; i++) {
            first.markShown();
            first.record(CategoricalAnswer.top1(i, 90, List.of()));
        }
        // Another annotator's and another task's judgments of img2 do not count.
        journal.append(new Judgment("someone-else", "img2", CategoricalAnswer.top1(0, 90, List.of()), 1, T0, T0, false,
                Map.of("task", "pilot")));
        journal.append(new Judgment("ann-7", "img2", CategoricalAnswer.top1(0, 90, List.of()), 1, T0, T0, false,
                Map.of("task", "other-task")));
        AnnotationSession resumed = session(task(4), journal);
        assertEquals(2, resumed.answeredBefore());
        assertEquals(2, resumed.answered());
        assertEquals("img2", resumed.currentItem().orElseThrow().id());
        assertFalse(resumed.needsInstructions(), "a resumed session skips the instructions");
        assertFalse(resumed.canUndo(), "the earlier session's judgments cannot be undone here");
        assertTrue(session(task(4), new InMemoryJudgmentJournal()).needsInstructions());
    }

    @Test
    void staysOnTheItemWhenTheJournalFails() {
        JudgmentJournal failing = new JudgmentJournal() {
            @Override
            public void append(Judgment judgment) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void withdraw(Judgment judgment, Instant when) {
                throw new IllegalArgumentException("nothing to withdraw");
            }

            @Override
            public List<Judgment> judgments() {
                return List.of();
            }
        };
        AnnotationSession s = session(task(1), failing);
        s.markShown();
        IOException e = assertThrows(IOException.class, () -> s.record(CategoricalAnswer.top1(1, 90, List.of())));
        assertEquals("disk full", e.getMessage());
        assertEquals(0, s.answered());
        assertTrue(s.isShown(), "the item is still on screen, its clock keeps running");
    }

    @Test
    void finishesAfterTheLastItemAndTellsListeners() throws IOException {
        AnnotationSession s = session(task(2), new InMemoryJudgmentJournal());
        List<String> heard = new ArrayList<>();
        s.addListener((session, j) -> heard.add(j.item() + "@" + session.answered()));
        for (int i = 0; i < 2; i++) {
            s.markShown();
            s.record(CategoricalAnswer.top1(i, 80, List.of()));
        }
        assertEquals(List.of("img0@1", "img1@2"), heard);
        assertTrue(s.isFinished());
        assertTrue(s.currentItem().isEmpty());
        assertThrows(IllegalStateException.class, s::markShown);
    }

    @Test
    void tasksRejectDuplicateAndMissingItems() {
        AnnotationItem a = AnnotationItem.of("x", Path.of("x.png"));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> AnnotationTask.cifar10Categorical("t", "ann", List.of(a, a)));
        assertEquals("annotation task 't': item id 'x' at position 2 appears twice; item ids must be unique",
                dup.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> AnnotationTask.cifar10Categorical("t", "ann", List.of()));
        assertEquals("annotation task 't' has no items; add at least one", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnnotationTask.cifar10Categorical("t", " ", List.of(a)));
    }
}
