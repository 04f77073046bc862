package org.hillmix.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hillmix.core.protocol.Protocol;
import org.hillmix.ui.internal.l10n.Messages;

/**
 * The instructions and the short comprehension check shown before a session's first item, per
 * protocol. Texts come from the message bundle (keys {@code Instructions_<protocol id>},
 * {@code Check_<protocol id>_<n>}, {@code ..._options}, options separated by {@code |}, and
 * {@code ..._explanation}, shown under a question answered wrongly); which option is right is fixed
 * here, so a translation cannot change the check.
 *
 * @param instructions what the annotator is asked to do, with the keys
 * @param questions the questions, all to be answered correctly before the first item
 */
public record ComprehensionCheck(String instructions, List<Question> questions) {

    /** Index of the right option of question 1, 2, ... per protocol. */
    private static final Map<Protocol, int[]> RIGHT = Map.of(
            Protocol.CATEGORICAL, new int[] {0, 1},
            Protocol.MIXING_FACTOR, new int[] {0, 0},
            Protocol.CONSTRUCT_MIDPOINT, new int[] {0, 0},
            Protocol.SELECT_SHUFFLED, new int[] {0, 1},
            Protocol.FREE_DISTRIBUTION, new int[] {0, 1});

    /**
     * One multiple-choice question.
     *
     * @param text the question
     * @param options the answers offered
     * @param right index of the right one
     * @param explanation why the right answer is right, shown when another one was chosen
     */
    public record Question(String text, List<String> options, int right, String explanation) {
    }

    /** Copies the questions. */
    public ComprehensionCheck {
        questions = List.copyOf(questions);
    }

    /** The check of {@code protocol}. */
    public static ComprehensionCheck of(Protocol protocol) {
        String id = protocol.id();
        List<Question> questions = new ArrayList<>();
        int[] right = RIGHT.get(protocol);
        for (int n = 1; n <= right.length; n++) {
            String text = Messages.byKey("Check_" + id + "_" + n);
            String options = Messages.byKey("Check_" + id + "_" + n + "_options");
            String explanation = Messages.byKey("Check_" + id + "_" + n + "_explanation");
            questions.add(new Question(text, List.of(options.split("\\|")), right[n - 1], explanation));
        }
        return new ComprehensionCheck(Messages.byKey("Instructions_" + id), questions);
    }

    /** How many of {@code chosen} (option index per question, -1 for none) are wrong or missing. */
    public int wrong(int[] chosen) {
        int wrong = 0;
        for (int q = 0; q < questions.size(); q++) {
            if (q >= chosen.length || chosen[q] != questions.get(q).right()) {
                wrong++;
            }
        }
        return wrong;
    }
}
