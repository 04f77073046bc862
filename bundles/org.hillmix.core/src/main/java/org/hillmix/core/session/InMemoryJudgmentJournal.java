package org.hillmix.core.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hillmix.core.protocol.Judgment;

/** A {@link JudgmentJournal} that keeps judgments in memory; thread-safe. */
public final class InMemoryJudgmentJournal implements JudgmentJournal {

    private final List<Judgment> judgments = new ArrayList<>();

    @Override
    public synchronized void append(Judgment judgment) {
        judgments.add(Objects.requireNonNull(judgment, "judgment"));
    }

    @Override
    public synchronized void withdraw(Judgment judgment, Instant when) {
        int i = judgments.lastIndexOf(judgment);
        if (i < 0) {
            throw new IllegalArgumentException("cannot withdraw the judgment about item '" + judgment.item()
                    + "': this journal does not hold it");
        }
        judgments.remove(i);
    }

    @Override
    public synchronized List<Judgment> judgments() {
        return List.copyOf(judgments);
    }
}
