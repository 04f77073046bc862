package org.hillmix.ui.internal.views;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hillmix.core.data.ClassSet;
import org.hillmix.core.labels.CategoricalSoftLabeler;
import org.hillmix.core.labels.SoftLabelScheme;
import org.hillmix.core.protocol.AnswerFlag;
import org.hillmix.core.protocol.AnswerValidation;
import org.hillmix.core.protocol.CategoricalAnswer;
import org.hillmix.core.protocol.Protocol;
import org.hillmix.core.session.AnnotationItem;
import org.hillmix.core.session.AnnotationSession;
import org.hillmix.ui.internal.l10n.Messages;
import org.hillmix.ui.internal.views.CategoricalShortcuts.Action;
import org.hillmix.ui.internal.views.CategoricalShortcuts.ChooseSecond;
import org.hillmix.ui.internal.views.CategoricalShortcuts.ChooseTop;
import org.hillmix.ui.internal.views.CategoricalShortcuts.Submit;
import org.hillmix.ui.internal.views.CategoricalShortcuts.ToggleImpossible;
import org.hillmix.ui.preferences.PreferenceConstants;
import org.hillmix.ui.session.AnnotationSessionService;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The CIFAR-10S categorical soft-label elicitation view: the current stimulus, large and
 * pixel-exact, and the study's questions: the most probable class and its probability, the second
 * most probable class (or none) and its probability, and the classes that are definitely not in
 * the image. Answers can be given entirely from the keyboard ({@link CategoricalShortcuts}).
 *
 * <p>The view is an e4 POJO part contributed with {@code <e4view>} (see plugin.xml). It renders the
 * current session of the {@link AnnotationSessionService}, follows its events, marks each item
 * shown once it is painted (the reaction time counts from there) and hands complete answers to
 * the session, which validates and records them. Completeness ("is every question answered?") is
 * the only check made here; validity, flags and the soft-label preview come from the core.
 */
public final class CategoricalSoftLabelView extends ElicitationView {

    /** View id (plugin.xml). */
    public static final String ID = "org.hillmix.ui.views.categorical";

    /** Class buttons per row: ten CIFAR-10 classes make two rows per question. */
    private static final int CLASS_COLUMNS = 5;

    private final CategoricalDraft draft = new CategoricalDraft();

    private ScrolledComposite questionsScroller;
    private Composite questions;
    private final List<Button> topButtons = new ArrayList<>();
    private final List<Button> secondButtons = new ArrayList<>();
    private final List<Button> impossibleButtons = new ArrayList<>();
    private Button secondNone;
    private Text topProbability;
    private Text secondProbability;
    private Label status;
    private Label previewTitle;
    private SoftLabelBars preview;
    private GridData previewData;
    private Button submit;

    private ClassSet builtFor;
    private boolean syncing;

    /** Created by the workbench with the session service from the OSGi registry. */
    @Inject
    public CategoricalSoftLabelView(AnnotationSessionService sessions) {
        super(sessions);
    }

    /** Builds the view's controls. */
    @PostConstruct
    public void createPartControl(Composite parent) {
        Composite left = createStimulusColumn(parent, WidgetIds.PROGRESS, StimulusCanvas::new);
        previewTitle = new Label(left, SWT.NONE);
        previewTitle.setData(WidgetIds.KEY, WidgetIds.PREVIEW_TITLE);
        previewTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        preview = new SoftLabelBars(left);
        previewData = new GridData(SWT.FILL, SWT.TOP, true, false);
        preview.control().setLayoutData(previewData);

        questionsScroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        questionsScroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        questionsScroller.setExpandHorizontal(true);
        questionsScroller.setExpandVertical(true);

        installKeyFilter();
        showSession(sessions.current().orElse(null));
    }

    /** Gives the keyboard focus to the stimulus, where the shortcuts work. */
    @Focus
    public void setFocus() {
        if (stimulus != null && !stimulus.control().isDisposed()) {
            stimulus.control().setFocus();
        }
    }

    @Override
    protected void showSession(AnnotationSession newSession) {
        session = newSession != null && newSession.task().protocol() == Protocol.CATEGORICAL ? newSession : null;
        if (session != null && !session.task().classes().equals(builtFor)) {
            buildQuestions(session.task().classes());
        } else if (session == null && questions == null) {
            buildQuestions(ClassSet.CIFAR10);
        }
        showItem();
    }

    private void buildQuestions(ClassSet classes) {
        if (questions != null) {
            questions.dispose();
        }
        topButtons.clear();
        secondButtons.clear();
        impossibleButtons.clear();
        builtFor = classes;
        questions = new Composite(questionsScroller, SWT.NONE);
        questions.setLayout(new GridLayout(1, false));

        int columns = Math.min(CLASS_COLUMNS, classes.size());
        Group top = group(questions, Messages.Categorical_mostProbableQuestion, columns);
        for (int i = 0; i < classes.size(); i++) {
            int index = i;
            Button b = classButton(top, SWT.RADIO, CategoricalShortcuts.TOP_KEYS, i, classes);
            b.setData(WidgetIds.KEY, WidgetIds.TOP_PREFIX + i);
            b.addListener(SWT.Selection, e -> {
                if (!syncing && b.getSelection()) {
                    draft.setTop(index);
                    refresh();
                }
            });
            topButtons.add(b);
        }
        topProbability = probabilityField(top, Messages.Categorical_mostProbabilityQuestion,
                WidgetIds.TOP_PROBABILITY, draft::setTopProbability);

        Group second = group(questions, Messages.Categorical_secondQuestion, columns);
        for (int i = 0; i < classes.size(); i++) {
            int index = i;
            Button b = classButton(second, SWT.RADIO, CategoricalShortcuts.SECOND_KEYS, i, classes);
            b.setData(WidgetIds.KEY, WidgetIds.SECOND_PREFIX + i);
            b.addListener(SWT.Selection, e -> {
                if (!syncing && b.getSelection()) {
                    draft.setSecond(index);
                    refresh();
                }
            });
            secondButtons.add(b);
        }
        secondNone = new Button(second, SWT.RADIO);
        secondNone.setText(NLS.bind(Messages.Categorical_shortcutLabel,
                String.valueOf(Character.toUpperCase(CategoricalShortcuts.SECOND_NONE_KEY)),
                Messages.Categorical_secondNone));
        secondNone.setData(WidgetIds.KEY, WidgetIds.SECOND_NONE);
        secondNone.addListener(SWT.Selection, e -> {
            if (!syncing && secondNone.getSelection()) {
                draft.setSecond(CategoricalAnswer.NONE);
                refresh();
            }
        });
        secondProbability = probabilityField(second, Messages.Categorical_secondProbabilityQuestion,
                WidgetIds.SECOND_PROBABILITY, draft::setSecondProbability);

        Group impossible = group(questions, Messages.Categorical_impossibleQuestion, columns);
        for (int i = 0; i < classes.size(); i++) {
            int index = i;
            Button b = classButton(impossible, SWT.CHECK, CategoricalShortcuts.IMPOSSIBLE_KEYS, i, classes);
            b.setData(WidgetIds.KEY, WidgetIds.IMPOSSIBLE_PREFIX + i);
            b.addListener(SWT.Selection, e -> {
                if (!syncing) {
                    draft.setImpossible(index, b.getSelection());
                    refresh();
                }
            });
            impossibleButtons.add(b);
        }

        status = new Label(questions, SWT.WRAP);
        status.setData(WidgetIds.KEY, WidgetIds.STATUS);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 300;
        status.setLayoutData(statusData);

        previewData.heightHint = preview.preferredHeight(classes.size());

        submit = new Button(questions, SWT.PUSH);
        submit.setText(Messages.Categorical_submit);
        submit.setData(WidgetIds.KEY, WidgetIds.SUBMIT);
        submit.addListener(SWT.Selection, e -> submit());

        Label help = new Label(questions, SWT.WRAP);
        GridData helpData = new GridData(SWT.FILL, SWT.TOP, true, false);
        helpData.widthHint = 300;
        help.setLayoutData(helpData);
        help.setText(Messages.Categorical_keyboardHelp);

        questionsScroller.setContent(questions);
        questionsScroller.setMinSize(questions.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        root.layout(true, true);
    }

    private static Group group(Composite parent, String title, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(columns, true));
        g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return g;
    }

    private static Button classButton(Composite parent, int style, String keys, int index, ClassSet classes) {
        Button b = new Button(parent, style);
        String key = CategoricalShortcuts.keyLabel(keys, index);
        b.setText(key.isEmpty() ? classes.name(index)
                : NLS.bind(Messages.Categorical_shortcutLabel, key, classes.name(index)));
        return b;
    }

    private Text probabilityField(Composite parent, String question, String id,
            java.util.function.Consumer<String> sink) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false,
                ((GridLayout) parent.getLayout()).numColumns, 1));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        row.setLayout(layout);
        new Label(row, SWT.NONE).setText(question);
        Text text = new Text(row, SWT.BORDER | SWT.SINGLE | SWT.RIGHT);
        text.setData(WidgetIds.KEY, id);
        text.setTextLimit(3);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 48;
        text.setLayoutData(data);
        // Whole percentages, as in the study; anything else cannot be typed.
        text.addListener(SWT.Verify, e -> e.doit = e.text.chars().allMatch(Character::isDigit));
        text.addListener(SWT.Modify, e -> {
            if (!syncing) {
                sink.accept(text.getText());
                refresh();
            }
        });
        return text;
    }

    @Override
    protected void showItem() {
        draft.clear();
        AnnotationItem item = showHeader();
        boolean active = item != null;
        String imageProblem = null;
        try {
            stimulus.show(item == null ? null : item.image());
        } catch (IOException | RuntimeException e) {
            imageProblem = NLS.bind(Messages.Categorical_imageMissing, item.image(), e.getMessage());
        }
        setQuestionsEnabled(active && imageProblem == null);
        refresh();
        if (imageProblem != null) {
            status.setText(imageProblem);
        }
        relayout();
        if (active && imageProblem == null) {
            // Paint now so that the reaction time counts from the moment the image is on screen.
            stimulus.control().update();
            markShown();
            prefetchNext();
            setFocus();
        }
    }

    private void setQuestionsEnabled(boolean enabled) {
        for (Control c : List.of(questions.getChildren())) {
            setEnabledDeep(c, enabled);
        }
    }

    private static void setEnabledDeep(Control c, boolean enabled) {
        c.setEnabled(enabled);
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                setEnabledDeep(child, enabled);
            }
        }
    }

    /** Brings every control in line with the draft and updates status, preview and submit button. */
    private void refresh() {
        syncing = true;
        try {
            for (int i = 0; i < topButtons.size(); i++) {
                topButtons.get(i).setSelection(draft.top() == i);
                secondButtons.get(i).setSelection(draft.second() == i);
                impossibleButtons.get(i).setSelection(draft.isImpossible(i));
            }
            secondNone.setSelection(draft.second() == CategoricalAnswer.NONE);
            setTextIfDifferent(topProbability, draft.topProbability());
            setTextIfDifferent(secondProbability, draft.secondProbability());
            boolean active = session != null && !session.isFinished();
            secondProbability.setEnabled(active && draft.second() >= 0);
        } finally {
            syncing = false;
        }
        Optional<CategoricalAnswer> answer = draft.answer();
        AnswerValidation validation = answer.map(a -> session == null ? null : session.validate(a)).orElse(null);
        status.setText(statusText(validation));
        boolean submittable = session != null && !session.isFinished() && validation != null && validation.isValid();
        submit.setEnabled(submittable);
        updatePreview(submittable ? answer.get() : null);
        relayout();
    }

    private void relayout() {
        questionsScroller.setMinSize(questions.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        root.layout(true, true);
    }

    private static void setTextIfDifferent(Text text, String value) {
        if (!text.getText().equals(value)) {
            text.setText(value);
        }
    }

    private String statusText(AnswerValidation validation) {
        if (session == null || session.isFinished()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (CategoricalDraft.Missing m : draft.missing()) {
            lines.add(switch (m) {
                case TOP_CLASS -> Messages.Categorical_missingTopClass;
                case TOP_PROBABILITY -> Messages.Categorical_missingTopProbability;
                case SECOND_CHOICE -> Messages.Categorical_missingSecondChoice;
                case SECOND_PROBABILITY -> Messages.Categorical_missingSecondProbability;
            });
        }
        if (validation != null) {
            lines.addAll(validation.errors());
            for (AnswerFlag flag : validation.flags()) {
                lines.add(NLS.bind(Messages.Categorical_flagWarning, flag.description()));
            }
        }
        return String.join("\n", lines);
    }

    private void updatePreview(CategoricalAnswer answer) {
        boolean on = PreferenceConstants.getBoolean(PreferenceConstants.SHOW_SOFT_LABEL_PREVIEW,
                PreferenceConstants.DEFAULT_SHOW_SOFT_LABEL_PREVIEW);
        preview.control().setVisible(on);
        if (!on || session == null) {
            previewTitle.setText(on ? Messages.Categorical_previewUnavailable : Messages.Categorical_previewOff);
            preview.show(List.of(), null);
            return;
        }
        double[] label = null;
        String title;
        try {
            // The project's scheme, carried by the task: the same labels the result views compute.
            SoftLabelScheme scheme = session.task().softLabelScheme();
            title = NLS.bind(Messages.Categorical_previewTitle, scheme.id());
            if (answer != null) {
                label = new CategoricalSoftLabeler(session.task().classes(), scheme).label(answer);
            }
        } catch (IllegalArgumentException e) {
            // e.g. an answer that gives no mass anywhere under this scheme: nothing to preview
            title = Messages.Categorical_previewUnavailable;
        }
        previewTitle.setText(label == null ? Messages.Categorical_previewUnavailable : title);
        preview.show(session.task().classes().names(), label);
    }

    private void submit() {
        if (session == null || session.isFinished()) {
            return;
        }
        Optional<CategoricalAnswer> answer = draft.answer();
        if (answer.isEmpty() || !session.validate(answer.get()).isValid()) {
            refresh();
            display.beep();
            return;
        }
        try {
            session.record(answer.get());
        } catch (IOException | RuntimeException e) {
            status.setText(NLS.bind(Messages.Categorical_recordFailed, e.getMessage()));
            relayout();
            return;
        }
        showItem();
    }

    @Override
    protected void onKeyDown(Event e) {
        if (!(e.widget instanceof Control control) || control.isDisposed() || !isInside(control)) {
            return;
        }
        if (session == null || session.isFinished()) {
            return;
        }
        boolean inText = control instanceof Text;
        if (inText && e.keyCode == SWT.ESC) {
            e.doit = false;
            setFocus();
            return;
        }
        Optional<Action> action = CategoricalShortcuts.actionFor(e.keyCode, e.stateMask,
                session.task().classes().size());
        if (action.isEmpty() || inText && !(action.get() instanceof Submit)) {
            return; // typing a probability
        }
        e.doit = false;
        apply(action.get());
    }


    private void apply(Action action) {
        boolean focusField = PreferenceConstants.getBoolean(PreferenceConstants.FOCUS_PROBABILITY_AFTER_CLASS,
                PreferenceConstants.DEFAULT_FOCUS_PROBABILITY_AFTER_CLASS);
        switch (action) {
            case ChooseTop t -> {
                draft.setTop(t.index());
                refresh();
                if (focusField) {
                    focusAndSelect(topProbability);
                }
            }
            case ChooseSecond s -> {
                draft.setSecond(s.index());
                refresh();
                if (focusField && s.index() >= 0) {
                    focusAndSelect(secondProbability);
                }
            }
            case ToggleImpossible t -> {
                draft.setImpossible(t.index(), !draft.isImpossible(t.index()));
                refresh();
            }
            case Submit s -> submit();
        }
    }

    private static void focusAndSelect(Text text) {
        text.setFocus();
        text.selectAll();
    }
}
