package org.hillmix.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.hillmix.core.data.ClassSet;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Judgment;
import org.hillmix.core.protocol.MixingFactorAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.core.session.AnnotationTask;
import org.hillmix.core.session.InMemoryJudgmentJournal;
import org.hillmix.core.session.JudgmentJournal;
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
        return new AnnotationSession(task, journal, SessionClock.of(clock, nanos::get));
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
        assertTrue(e.getMessage().contains("item 1 of task 'pilot' was never shown"), e.getMessage());
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
        assertTrue(e.getMessage().startsWith("the answer to item 1 of task 'pilot': "), e.getMessage());
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
        assertEquals("the answer to item 1 of task 'pilot' is a mixing-factor answer but the task uses categorical",
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
        assertFalse(resumed.needsInstructions(AnnotationSession.InstructionPolicy.EVERY_BATCH),
                "a resumed session skips the instructions");
        assertFalse(resumed.canUndo(), "the earlier session's judgments cannot be undone here");
        assertTrue(session(task(4), new InMemoryJudgmentJournal())
                .needsInstructions(AnnotationSession.InstructionPolicy.EVERY_BATCH));
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

    @Test
    void inactivityPausesFromTheLastInputAndIsStoredApart() throws IOException {
        AnnotationSession s = session(task(2), new InMemoryJudgmentJournal());
        Duration idle = Duration.ofSeconds(60);
        s.markShown();
        nanos.addAndGet(4_000_000_000L); // 4 s looking, then a key
        s.noteInput();
        nanos.addAndGet(59_999_000_000L); // 59.999 s without input: not yet idle
        assertFalse(s.pauseIfIdle(idle));
        nanos.addAndGet(1_000_000L); // 60 s without input
        assertTrue(s.pauseIfIdle(idle));
        assertEquals(Optional.of(AnnotationSession.PauseReason.IDLE), s.pauseReason());
        assertFalse(s.pauseIfIdle(idle), "already paused");
        nanos.addAndGet(540_000_000_000L); // away for 9 more minutes
        s.noteInput(); // input while paused does not end the pause
        assertTrue(s.isPaused());
        s.resume();
        nanos.addAndGet(2_500_000_000L); // 2.5 s to answer after coming back
        Judgment j = s.record(CategoricalAnswer.top1(1, 90, List.of()));
        assertEquals(6500, j.reactionTimeMs(), "4 s before the last input and 2.5 s after the return");
        assertEquals("600000", j.attributes().get(AnnotationSession.IDLE_ATTRIBUTE), "60 s + 540 s");
        assertEquals("600000", j.attributes().get(AnnotationSession.PAUSED_ATTRIBUTE));
    }

    @Test
    void inactivityCountsFromTheDisplayWithoutInputAndAddsToManualPauses() throws IOException {
        AnnotationSession s = session(task(2), new InMemoryJudgmentJournal());
        s.markShown();
        nanos.addAndGet(1_000_000_000L);
        s.pause(); // 10 s paused by the annotator
        assertFalse(s.pauseIfIdle(Duration.ofSeconds(1)), "no inactivity pause during a pause");
        nanos.addAndGet(10_000_000_000L);
        s.resume(); // resuming is input
        nanos.addAndGet(29_000_000_000L);
        assertFalse(s.pauseIfIdle(Duration.ofSeconds(30)));
        nanos.addAndGet(1_000_000_000L);
        assertTrue(s.pauseIfIdle(Duration.ofSeconds(30)));
        nanos.addAndGet(5_000_000_000L);
        s.resume();
        Judgment j = s.record(CategoricalAnswer.top1(1, 90, List.of()));
        assertEquals(1000, j.reactionTimeMs());
        assertEquals("45000", j.attributes().get(AnnotationSession.PAUSED_ATTRIBUTE), "10 s + 35 s");
        assertEquals("35000", j.attributes().get(AnnotationSession.IDLE_ATTRIBUTE));
        // The next item is not shown yet: nothing to be idle on; zero turns detection off.
        nanos.addAndGet(100_000_000_000L);
        assertFalse(s.pauseIfIdle(Duration.ofSeconds(1)));
        s.markShown();
        nanos.addAndGet(100_000_000_000L);
        assertFalse(s.pauseIfIdle(Duration.ZERO));
        Judgment k = s.record(CategoricalAnswer.top1(1, 90, List.of()));
        assertEquals(100_000, k.reactionTimeMs());
        assertFalse(k.attributes().containsKey(AnnotationSession.IDLE_ATTRIBUTE));
        assertFalse(k.attributes().containsKey(AnnotationSession.PAUSED_ATTRIBUTE));
    }

    @Test
    void readingTheInstructionsAgainIsPausedTimeButNotIdleTime() throws IOException {
        AnnotationSession s = session(task(1), new InMemoryJudgmentJournal());
        s.markShown();
        nanos.addAndGet(2_000_000_000L);
        s.pause(AnnotationSession.PauseReason.INSTRUCTIONS);
        assertEquals(Optional.of(AnnotationSession.PauseReason.INSTRUCTIONS), s.pauseReason());
        nanos.addAndGet(20_000_000_000L);
        s.resume();
        nanos.addAndGet(1_000_000_000L);
        Judgment j = s.record(CategoricalAnswer.top1(1, 90, List.of()));
        assertEquals(3000, j.reactionTimeMs());
        assertEquals("20000", j.attributes().get(AnnotationSession.PAUSED_ATTRIBUTE));
        assertFalse(j.attributes().containsKey(AnnotationSession.IDLE_ATTRIBUTE));
    }

    @Test
    void theComprehensionCheckIsAskedOncePerProtocolAndAnnotatorUnlessEveryBatch() throws IOException {
        InMemoryJudgmentJournal journal = new InMemoryJudgmentJournal();
        AnnotationSession first = session(task(1), journal);
        assertTrue(first.needsInstructions(AnnotationSession.InstructionPolicy.ONCE_PER_PROTOCOL));
        first.instructionsPassed(2);
        assertFalse(first.needsInstructions(AnnotationSession.InstructionPolicy.EVERY_BATCH));
        first.markShown();
        first.record(CategoricalAnswer.top1(1, 90, List.of()));

        AnnotationTask nextBatch = new AnnotationTask("pilot-2", "ann-7", Protocol.CATEGORICAL, ClassSet.CIFAR10,
                List.of(AnnotationItem.of("other", Path.of("other.png"))));
        AnnotationSession second = session(nextBatch, journal);
        assertFalse(second.needsInstructions(AnnotationSession.InstructionPolicy.ONCE_PER_PROTOCOL),
                "the annotator passed the categorical check before");
        assertTrue(second.needsInstructions(AnnotationSession.InstructionPolicy.EVERY_BATCH));

        AnnotationTask otherProtocol = new AnnotationTask("mix-1", "ann-7", Protocol.MIXING_FACTOR,
                ClassSet.CIFAR10, List.of(AnnotationItem.of("other", Path.of("other.png"))));
        assertTrue(session(otherProtocol, journal).needsInstructions(AnnotationSession.InstructionPolicy.ONCE_PER_PROTOCOL),
                "another protocol has its own check");
        AnnotationTask otherAnnotator = new AnnotationTask("pilot-3", "ann-8", Protocol.CATEGORICAL, ClassSet.CIFAR10,
                List.of(AnnotationItem.of("other", Path.of("other.png"))));
        assertTrue(session(otherAnnotator, journal)
                .needsInstructions(AnnotationSession.InstructionPolicy.ONCE_PER_PROTOCOL), "another annotator");
    }

    @Test
    void refusesContradictoryCategoricalAnswersThatAnImportWouldOnlyFlag() {
        InMemoryJudgmentJournal journal = new InMemoryJudgmentJournal();
        AnnotationSession s = session(task(1), journal);
        s.markShown();
        CategoricalAnswer sameTwice = new CategoricalAnswer(3, 60, 3, 30, List.of());
        CategoricalAnswer chosenImpossible = new CategoricalAnswer(3, 60, 5, 30, List.of(5));
        assertEquals(List.of("the second most probable class cannot be the most probable class itself (cat): choose"
                + " another class or none"), s.validate(sameTwice).errors());
        assertEquals(List.of("dog is chosen as the second most probable class and also marked impossible: unmark it"
                + " or choose another class"), s.validate(chosenImpossible).errors());
        assertThrows(IllegalArgumentException.class, () -> s.record(sameTwice));
        assertThrows(IllegalArgumentException.class, () -> s.record(chosenImpossible));
        assertEquals(List.of(), journal.judgments());
    }

    @Test
    void itemsAreLabelledByTheirPositionAndMessagesNeverNameTheStimulus() throws IOException {
        String stimulus = "mixed_0.1_Cat_9967_Truck_2467.png";
        AnnotationTask t = AnnotationTask.cifar10Categorical("pilot", "ann-7",
                List.of(AnnotationItem.of(stimulus, Path.of(stimulus)), AnnotationItem.of("b.png", Path.of("b.png"))));
        AnnotationSession s = session(t, new InMemoryJudgmentJournal());
        assertEquals(1, s.currentPosition());
        List<String> messages = new ArrayList<>();
        messages.add(assertThrows(IllegalStateException.class,
                () -> s.record(CategoricalAnswer.top1(1, 90, List.of()))).getMessage());
        s.markShown();
        messages.add(assertThrows(IllegalArgumentException.class,
                () -> s.record(CategoricalAnswer.top1(1, 150, List.of()))).getMessage());
        messages.add(assertThrows(IllegalArgumentException.class,
                () -> s.record(new MixingFactorAnswer(1, 2))).getMessage());
        s.pause();
        messages.add(assertThrows(IllegalStateException.class,
                () -> s.record(CategoricalAnswer.top1(1, 90, List.of()))).getMessage());
        for (String m : messages) {
            assertTrue(m.contains("item 1 of task 'pilot'") && !m.contains("mixed") && !m.contains("9967"), m);
        }
        s.resume();
        assertEquals(stimulus, s.record(CategoricalAnswer.top1(1, 90, List.of())).item(),
                "the journal keeps the stimulus id");
        assertEquals(2, s.currentPosition());
        s.markShown();
        s.record(CategoricalAnswer.top1(1, 90, List.of()));
        assertEquals(0, s.currentPosition(), "finished");
    }
}
