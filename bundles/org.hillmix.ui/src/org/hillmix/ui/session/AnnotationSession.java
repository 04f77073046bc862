package org.hillmix.ui.session;

import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.hillmix.core.protocol.Answer;
import org.hillmix.core.protocol.AnswerValidation;
import org.hillmix.core.protocol.AnswerValidator;
import org.hillmix.core.protocol.Judgment;

/**
 * One annotator working through an {@link AnnotationTask}: the items are shown one at a time, in
 * task order, and every accepted answer is stored in the {@link JudgmentJournal} as a {@link
 * Judgment} before the session moves to the next item.
 *
 * <p>Reaction time: the view calls {@link #markShown()} once the current item is visible; {@link
 * #record(Answer)} then stores {@code reactionTimeMs = floor((t_answer - t_shown) / 1 ms)}, measured
 * on a monotonic clock ({@link System#nanoTime()}), and the wall-clock instants {@code shownAt}
 * and {@code answeredAt}. Showing the item again (for example after the view was closed and
 * reopened) restarts the measurement, so the time counts from the display the answer was given in.
 *
 * <p>Answers are validated by the core's {@link AnswerValidator}: answers with errors are refused,
 * flagged answers are stored as given. Methods are synchronized; a session is normally driven from
 * the UI thread.
 */
public final class AnnotationSession {

    private final AnnotationTask task;
    private final JudgmentJournal journal;
    private final AnswerValidator validator;
    private final InstantSource clock;
    private final LongSupplier nanoTime;
    private final List<AnnotationSessionListener> listeners = new CopyOnWriteArrayList<>();

    private int position;
    private long shownNanos;
    private Instant shownAt;

    /** A session on the system clocks. */
    public AnnotationSession(AnnotationTask task, JudgmentJournal journal) {
        this(task, journal, InstantSource.system(), System::nanoTime);
    }

    /**
     * A session on the given clocks (tests use fixed ones).
     *
     * @param clock wall clock for {@code shownAt}/{@code answeredAt}
     * @param nanoTime monotonic nanosecond clock for the reaction time
     */
    public AnnotationSession(AnnotationTask task, JudgmentJournal journal, InstantSource clock, LongSupplier nanoTime) {
        this.task = Objects.requireNonNull(task, "task");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.validator = new AnswerValidator(task.classes());
    }

    /** The task. */
    public AnnotationTask task() {
        return task;
    }

    /** The journal judgments are stored in. */
    public JudgmentJournal journal() {
        return journal;
    }

    /** Number of items in the task. */
    public int size() {
        return task.size();
    }

    /** Number of items answered so far, which is also the 0-based index of the current item. */
    public synchronized int answered() {
        return position;
    }

    /** Whether every item has been answered. */
    public synchronized boolean isFinished() {
        return position >= task.size();
    }

    /** The item to answer now, or empty when the session is finished. */
    public synchronized Optional<AnnotationItem> currentItem() {
        return isFinished() ? Optional.empty() : Optional.of(task.items().get(position));
    }

    /**
     * Notes that the current item is now visible; the reaction time of its answer counts from here.
     *
     * @throws IllegalStateException when the session is finished
     */
    public synchronized void markShown() {
        requireNotFinished();
        shownNanos = nanoTime.getAsLong();
        shownAt = clock.instant();
    }

    /** Whether the current item has been marked shown. */
    public synchronized boolean isShown() {
        return shownAt != null;
    }

    /** Validates {@code answer} against the task's classes without recording it. */
    public AnswerValidation validate(Answer answer) {
        return validator.validate(answer);
    }

    /**
     * Records {@code answer} for the current item and moves to the next one.
     *
     * @return the stored judgment
     * @throws IllegalArgumentException when the answer belongs to another protocol or has errors
     * @throws IllegalStateException when the session is finished or the item was never marked shown
     * @throws IOException when the journal could not store the judgment (the session stays on the item)
     */
    public Judgment record(Answer answer) throws IOException {
        Judgment judgment;
        synchronized (this) {
            requireNotFinished();
            AnnotationItem item = task.items().get(position);
            if (answer.protocol() != task.protocol()) {
                throw new IllegalArgumentException("answer to item '" + item.id() + "' is a " + answer.protocol().id()
                        + " answer but task '" + task.name() + "' uses " + task.protocol().id());
            }
            validate(answer).requireValid("answer to item '" + item.id() + "' of task '" + task.name() + "'");
            if (shownAt == null) {
                throw new IllegalStateException("item '" + item.id() + "' was never shown; call markShown() once it"
                        + " is visible so that its reaction time can be measured");
            }
            long reactionMs = Math.max(0, TimeUnit.NANOSECONDS.toMillis(nanoTime.getAsLong() - shownNanos));
            Map<String, String> attributes = new HashMap<>(item.attributes());
            attributes.put(AnnotationTask.TASK_ATTRIBUTE, task.name());
            judgment = new Judgment(task.annotator(), item.id(), answer, reactionMs, shownAt, clock.instant(), false,
                    attributes);
            journal.append(judgment);
            position++;
            shownAt = null;
        }
        for (AnnotationSessionListener l : listeners) {
            l.judgmentRecorded(this, judgment);
        }
        return judgment;
    }

    /** Adds a listener told after each recorded judgment. */
    public void addListener(AnnotationSessionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added before; unknown listeners are ignored. */
    public void removeListener(AnnotationSessionListener listener) {
        listeners.remove(listener);
    }

    private void requireNotFinished() {
        if (isFinished()) {
            throw new IllegalStateException("task '" + task.name() + "' is finished: all " + task.size()
                    + " items are answered");
        }
    }
}
