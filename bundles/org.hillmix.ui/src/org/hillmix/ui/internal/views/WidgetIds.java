package org.hillmix.ui.internal.views;

/**
 * Names stored on the views' widgets with {@code Widget.setData(KEY, id)}, so that UI tests and
 * accessibility tools find controls without depending on layout or labels.
 */
public final class WidgetIds {

    /** The data key. */
    public static final String KEY = "org.hillmix.ui.widgetId";
    /** Data key on the preview canvas holding the previewed soft label ({@code double[]}, or null). */
    public static final String PREVIEW_VALUES = "org.hillmix.ui.previewValues";

    /** Data key on a stimulus canvas holding the index of the series frame on screen ({@code Integer}, or null). */
    public static final String FRAME_INDEX = "org.hillmix.ui.frameIndex";

    /** Data key on a stimulus canvas holding the {@code Path} of the single image it shows, or null. */
    public static final String SHOWN_FILE = "org.hillmix.ui.shownFile";

    /** Progress label ("Item n of N"). */
    public static final String PROGRESS = "categorical.progress";
    /** The stimulus canvas (also the keyboard focus for shortcuts). */
    public static final String STIMULUS = "categorical.stimulus";
    /** Prefix of the most-probable-class radio buttons; the class index follows. */
    public static final String TOP_PREFIX = "categorical.top.";
    /** Probability field of the most probable class. */
    public static final String TOP_PROBABILITY = "categorical.topProbability";
    /** Prefix of the second-class radio buttons; the class index follows. */
    public static final String SECOND_PREFIX = "categorical.second.";
    /** The "no second class" radio button. */
    public static final String SECOND_NONE = "categorical.second.none";
    /** Probability field of the second class. */
    public static final String SECOND_PROBABILITY = "categorical.secondProbability";
    /** Prefix of the impossible-class check boxes; the class index follows. */
    public static final String IMPOSSIBLE_PREFIX = "categorical.impossible.";
    /** The status line (what is missing, errors, flags). */
    public static final String STATUS = "categorical.status";
    /** The soft-label preview canvas. */
    public static final String PREVIEW = "categorical.preview";
    /** Categorical view: the title above the preview (names the scheme). */
    public static final String PREVIEW_TITLE = "categorical.previewTitle";
    /** The submit button. */
    public static final String SUBMIT = "categorical.submit";

    /** Progress label of the mixing-factor view. */
    public static final String MIXING_PROGRESS = "mixing.progress";
    /** Stimulus canvas of the mixing-factor view. */
    public static final String MIXING_STIMULUS = "mixing.stimulus";
    /** Mixing-factor slider (0 = 100% class 1, 100 = 100% class 2). */
    public static final String MIXING_SLIDER = "mixing.slider";
    /** Number label showing the mixing-factor slider's value. */
    public static final String MIXING_SLIDER_VALUE = "mixing.sliderValue";
    /** Label at the class-1 (left) end of the mixing-factor slider. */
    public static final String MIXING_CLASS1 = "mixing.class1";
    /** Label at the class-2 (right) end of the mixing-factor slider. */
    public static final String MIXING_CLASS2 = "mixing.class2";
    /** Confidence slider (0-100). */
    public static final String MIXING_CONFIDENCE = "mixing.confidence";
    /** Number label showing the confidence slider's value. */
    public static final String MIXING_CONFIDENCE_VALUE = "mixing.confidenceValue";
    /** Status line of the mixing-factor view (refusals, errors, flags). */
    public static final String MIXING_STATUS = "mixing.status";
    /** Submit button of the mixing-factor view. */
    public static final String MIXING_SUBMIT = "mixing.submit";

    /** Progress label of the construct-midpoint view. */
    public static final String CONSTRUCT_PROGRESS = "construct.progress";
    /** Stimulus canvas of the construct-midpoint view (data {@link #FRAME_INDEX}: the frame shown). */
    public static final String CONSTRUCT_STIMULUS = "construct.stimulus";
    /** Label naming the class that grows to the left (lower lambda of image 1). */
    public static final String CONSTRUCT_LEFT = "construct.left";
    /** Label naming the class that grows to the right (higher lambda of image 1). */
    public static final String CONSTRUCT_RIGHT = "construct.right";
    /** Label showing the current lambda, when the preference allows it. */
    public static final String CONSTRUCT_LAMBDA = "construct.lambda";
    /** Status line of the construct-midpoint view. */
    public static final String CONSTRUCT_STATUS = "construct.status";
    /** Submit button of the construct-midpoint view. */
    public static final String CONSTRUCT_SUBMIT = "construct.submit";

    /** Progress label of the select-shuffled view. */
    public static final String SELECT_PROGRESS = "select.progress";
    /** Prefix of the select-shuffled grid cells; the position in the grid (0-10) follows. */
    public static final String SELECT_CELL_PREFIX = "select.cell.";
    /** Status line of the select-shuffled view. */
    public static final String SELECT_STATUS = "select.status";
    /** Submit button of the select-shuffled view. */
    public static final String SELECT_SUBMIT = "select.submit";

    /** Progress label of the free-distribution view. */
    public static final String FREE_PROGRESS = "free.progress";
    /** Stimulus canvas of the free-distribution view. */
    public static final String FREE_STIMULUS = "free.stimulus";
    /** Prefix of the free-distribution sliders; the class index follows. */
    public static final String FREE_SLIDER_PREFIX = "free.slider.";
    /** Prefix of the labels showing each class's renormalised percentage; the class index follows. */
    public static final String FREE_PERCENT_PREFIX = "free.percent.";
    /** Status line of the free-distribution view. */
    public static final String FREE_STATUS = "free.status";
    /** Submit button of the free-distribution view. */
    public static final String FREE_SUBMIT = "free.submit";

    /** Undo button of every elicitation view. */
    public static final String UNDO = "session.undo";
    /** Pause button of every elicitation view. */
    public static final String PAUSE = "session.pause";
    /** Session note beside the undo/pause buttons (resume, undo problems). */
    public static final String SESSION_NOTE = "session.note";
    /** The page shown while the session is paused. */
    public static final String PAUSE_PAGE = "session.pausePage";
    /** The resume button on the pause page. */
    public static final String RESUME = "session.resume";
    /** The instructions and comprehension-check page. */
    public static final String INSTRUCTIONS_PAGE = "session.instructions";
    /** Prefix of the comprehension-check options: question index, a dot and option index follow. */
    public static final String CHECK_PREFIX = "session.check.";
    /** Status line of the comprehension check. */
    public static final String CHECK_STATUS = "session.checkStatus";
    /** Start button of the comprehension check. */
    public static final String CHECK_START = "session.checkStart";
    /** Prefix of the explanation under each comprehension question (shown when answered wrongly). */
    public static final String CHECK_EXPLANATION_PREFIX = "session.checkExplanation.";
    /** The item label under the progress line (batch and position, never the item id). */
    public static final String ITEM_LABEL = "session.itemLabel";
    /** The text of the pause page (says why the session is paused). */
    public static final String PAUSE_TEXT = "session.pauseText";
    /** The Instructions button of every elicitation view (re-read the instructions mid-session). */
    public static final String INSTRUCTIONS_AGAIN = "session.instructionsAgain";
    /** The page with the instructions read again mid-session. */
    public static final String INSTRUCTIONS_REVIEW_PAGE = "session.instructionsReview";
    /** Back to the item from the instructions read again. */
    public static final String INSTRUCTIONS_BACK = "session.instructionsBack";
    /**
     * Widget data on a slider's focus frame ({@link FocusFrame}): {@link Boolean#TRUE} while its slider
     * has the keyboard focus.
     */
    public static final String FOCUSED = "org.hillmix.ui.focused";

    /** New-project wizard: project folder. */
    public static final String NEW_PROJECT_FOLDER = "newProject.folder";
    /** New-project wizard: name. */
    public static final String NEW_PROJECT_NAME = "newProject.name";
    /** New-project wizard: data set format. */
    public static final String NEW_PROJECT_KIND = "newProject.kind";
    /** New-project wizard: data set path. */
    public static final String NEW_PROJECT_DATA = "newProject.data";
    /** New-project wizard: classes. */
    public static final String NEW_PROJECT_CLASSES = "newProject.classes";
    /** New-project wizard: Read Data Set button. */
    public static final String NEW_PROJECT_CHECK = "newProject.check";
    /** Generate wizard: set name. */
    public static final String GENERATE_NAME = "generate.name";
    /** Generate wizard: layout. */
    public static final String GENERATE_LAYOUT = "generate.layout";
    /** Generate wizard: pairs. */
    public static final String GENERATE_PAIRS = "generate.pairs";
    /** Generate wizard: grid or Beta. */
    public static final String GENERATE_LAMBDA_KIND = "generate.lambdaKind";
    /** Generate wizard: lambda values. */
    public static final String GENERATE_LAMBDAS = "generate.lambdas";
    /** Generate wizard: seed. */
    public static final String GENERATE_SEED = "generate.seed";
    /** Plan wizard: plan name. */
    public static final String PLAN_NAME = "plan.name";
    /** Plan wizard: stimulus set. */
    public static final String PLAN_SET = "plan.set";
    /** Plan wizard: protocol. */
    public static final String PLAN_PROTOCOL = "plan.protocol";
    /** Plan wizard: annotators. */
    public static final String PLAN_ANNOTATORS = "plan.annotators";
    /** Plan wizard: overlap. */
    public static final String PLAN_OVERLAP = "plan.overlap";
    /** Plan wizard: batch size. */
    public static final String PLAN_SIZE = "plan.size";
    /** Plan wizard: repeats. */
    public static final String PLAN_REPEATS = "plan.repeats";
    /** Plan wizard: seed. */
    public static final String PLAN_SEED = "plan.seed";
    /** Plan wizard: gold items. */
    public static final String PLAN_GOLD = "plan.gold";
    /** Plan wizard: gold rate. */
    public static final String PLAN_GOLD_EVERY = "plan.goldEvery";
    /** Plan wizard: preview of the batches the fields give. */
    public static final String PLAN_PREVIEW = "plan.preview";
    /** Status area of the workbench window: the current project and the last step's result. */
    public static final String PROJECT_STATUS = "project.status";
    /** Import wizard: project folder. */
    public static final String IMPORT_PROJECT = "import.project";
    /** Import wizard: source file. */
    public static final String IMPORT_FILE = "import.file";
    /** Import wizard: source kind. */
    public static final String IMPORT_KIND = "import.kind";

    /** Label distribution view: header line. */
    public static final String LABELS_HEADER = "labels.header";
    /** Label distribution view: item table. */
    public static final String LABELS_TABLE = "labels.table";
    /** Label distribution view: annotators of the selected item. */
    public static final String LABELS_DETAIL = "labels.detail";
    /** Agreement view: header line. */
    public static final String AGREEMENT_HEADER = "agreement.header";
    /** Agreement view: alpha line. */
    public static final String AGREEMENT_ALPHA = "agreement.alpha";
    /** Agreement view: annotator pair table. */
    public static final String AGREEMENT_PAIRS = "agreement.pairs";
    /** Agreement view: annotator table. */
    public static final String AGREEMENT_TABLE = "agreement.table";
    /** Mixup perception view: header line. */
    public static final String PERCEPTION_HEADER = "perception.header";
    /** Mixup perception view: class pair choice. */
    public static final String PERCEPTION_PAIR = "perception.pair";
    /** Mixup perception view: the chart. */
    public static final String PERCEPTION_CHART = "perception.chart";
    /** Mixup perception view: pair table. */
    public static final String PERCEPTION_TABLE = "perception.table";


    private WidgetIds() {
    }
}
