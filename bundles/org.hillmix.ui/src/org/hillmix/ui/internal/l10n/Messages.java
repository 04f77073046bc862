package org.hillmix.ui.internal.l10n;

import org.eclipse.osgi.util.NLS;

/** User-visible strings; the values live in {@code messages.properties} beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.hillmix.ui.internal.l10n.messages";
    /** Texts whose keys are built at run time ({@link #byKey}): {@code keyed.properties}. */
    private static final String KEYED_BUNDLE_NAME = "org.hillmix.ui.internal.l10n.keyed";

    public static String Categorical_noSession;
    public static String Categorical_finished;
    public static String Categorical_progress;
    public static String Categorical_itemCaption;
    public static String Categorical_imageMissing;
    public static String Categorical_mostProbableQuestion;
    public static String Categorical_mostProbabilityQuestion;
    public static String Categorical_secondQuestion;
    public static String Categorical_secondProbabilityQuestion;
    public static String Categorical_impossibleQuestion;
    public static String Categorical_secondNone;
    public static String Categorical_shortcutLabel;
    public static String Categorical_submit;
    public static String Categorical_keyboardHelp;
    public static String Categorical_missingTopClass;
    public static String Categorical_missingTopProbability;
    public static String Categorical_missingSecondChoice;
    public static String Categorical_missingSecondProbability;
    public static String Categorical_flagWarning;
    public static String Categorical_previewTitle;
    public static String Categorical_previewUnavailable;
    public static String Categorical_previewOff;
    public static String Categorical_recordFailed;
    public static String Mixing_progress;
    public static String Mixing_sliderQuestion;
    public static String Mixing_confidenceQuestion;
    public static String Mixing_classEnd;
    public static String Mixing_classFallback1;
    public static String Mixing_classFallback2;
    public static String Mixing_confidenceLow;
    public static String Mixing_confidenceHigh;
    public static String Mixing_submit;
    public static String Mixing_keyboardHelp;
    public static String Mixing_mustMoveSlider;
    public static String Mixing_mustMoveConfidence;
    public static String Mixing_wrongProtocol;
    public static String Construct_question;
    public static String Construct_more;
    public static String Construct_moreRight;
    public static String Construct_lambda;
    public static String Construct_submit;
    public static String Construct_keyboardHelp;
    public static String Construct_atEnd;
    public static String Construct_notSeries;
    public static String Construct_wrongProtocol;
    public static String Select_question;
    public static String Select_cellLabel;
    public static String Select_submit;
    public static String Select_keyboardHelp;
    public static String Select_nothingSelected;
    public static String Select_wrongProtocol;
    public static String Free_question;
    public static String Free_classLabel;
    public static String Free_percent;
    public static String Free_submit;
    public static String Free_keyboardHelp;
    public static String Free_wrongProtocol;

    public static String Session_undo;
    public static String Session_pause;
    public static String Stimulus_accessibleName;
    public static String Session_instructions;
    public static String Session_nothingToUndo;
    public static String Session_undoFailed;
    public static String Session_resumed;
    public static String Pause_title;
    public static String Pause_text;
    public static String Pause_idleText;
    public static String Pause_resume;
    public static String Instructions_title;
    public static String Instructions_checkTitle;
    public static String Instructions_start;
    public static String Instructions_unanswered;
    public static String Instructions_wrong;
    public static String Instructions_reviewClock;
    public static String Instructions_back;
    public static String Wizard_browse;
    public static String NewProject_title;
    public static String NewProject_pageTitle;
    public static String NewProject_pageDescription;
    public static String NewProject_folder;
    public static String NewProject_name;
    public static String NewProject_kind;
    public static String NewProject_data;
    public static String NewProject_classes;
    public static String NewProject_noFolder;
    public static String NewProject_exists;
    public static String NewProject_noName;
    public static String NewProject_noData;
    public static String NewProject_datasetFailed;
    public static String NewProject_cancelled;
    public static String Generate_title;
    public static String Generate_pageTitle;
    public static String Generate_pageDescription;
    public static String Generate_name;
    public static String Generate_layout;
    public static String Generate_layoutFlat;
    public static String Generate_layoutSeries;
    public static String Generate_pairs;
    public static String Generate_lambdaKind;
    public static String Generate_lambdaGrid;
    public static String Generate_lambdaBeta;
    public static String Generate_lambdaValues;
    public static String Generate_seed;
    public static String Generate_badName;
    public static String Generate_nameTaken;
    public static String Generate_badPairs;
    public static String Generate_badSeed;
    public static String Generate_badLambda;
    public static String Generate_badBeta;
    public static String Generate_jobName;
    public static String Generate_failed;
    public static String Plan_title;
    public static String Plan_pageTitle;
    public static String Plan_pageDescription;
    public static String Plan_name;
    public static String Plan_set;
    public static String Plan_protocol;
    public static String Plan_annotators;
    public static String Plan_overlap;
    public static String Plan_size;
    public static String Plan_repeats;
    public static String Plan_seed;
    public static String Plan_noSets;
    public static String Plan_noAnnotators;
    public static String Plan_badNumber;
    public static String Plan_layoutMismatch;
    public static String Project_noneTitle;
    public static String Project_none;
    public static String Project_openMessage;
    public static String Project_openFailed;
    public static String Start_title;
    public static String Start_message;
    public static String Start_noBatches;
    public static String Start_batchLabel;
    public static String Start_failed;
    public static String Start_noView;
    public static String Results_openJournals;
    public static String Results_refresh;
    public static String Results_noInput;
    public static String Results_chooseJournals;
    public static String Results_analysing;
    public static String Results_jobName;
    public static String Results_failed;
    public static String Results_header;
    public static String Results_item;
    public static String Results_softLabel;
    public static String Results_entropy;
    public static String Results_annotators;
    public static String Results_disagreement;
    public static String Results_flags;
    public static String Results_annotator;
    public static String Results_judgments;
    public static String Results_repeatPairs;
    public static String Results_sameTop;
    public static String Results_lambdaMae;
    public static String Results_toOthers;
    public static String Results_excluded;
    public static String Results_excludedBecause;
    public static String Results_kept;
    public static String Results_alpha;
    public static String Results_pair;
    public static String Results_allPairs;
    public static String Results_perceptionTitle;
    public static String Results_trueLambda;
    public static String Results_perceivedLambda;
    public static String Results_identity;
    public static String Results_perceived;
    public static String Results_answers;
    public static String Results_bias;
    public static String Results_confidence;
    public static String Prefs_description;
    public static String Prefs_instructions;
    public static String Prefs_instructionsEveryBatch;
    public static String Prefs_idlePause;
    public static String Prefs_preview;
    public static String Prefs_focus;
    public static String Prefs_mustMove;
    public static String Prefs_showLambda;

    public static String Import_title;
    public static String Import_pageTitle;
    public static String Import_pageDescription;
    public static String Import_project;
    public static String Import_file;
    public static String Import_kind;
    public static String NewProject_check;
    public static String NewProject_datasetSummary;
    public static String Plan_gold;
    public static String Plan_goldEvery;
    public static String Plan_unknownGold;
    public static String Plan_badGoldEvery;
    public static String Import_hmixCategorical;
    public static String Import_hmixMixingFactor;
    public static String Import_hmixConstruct;
    public static String Import_hmixSelect;
    public static String Import_cifar10sRaw;
    public static String Import_cifar10sJson;
    public static String Import_noProject;
    public static String Import_noFile;
    public static String Import_jobName;
    public static String Import_failed;
    public static String Results_otherAnnotator;
    public static String Results_sharedItems;
    public static String Results_pairJs;
    public static String Prefs_excludeRt;
    public static String Prefs_excludeChange;

    public static String Project_created;
    public static String Project_opened;
    public static String Project_reopened;
    public static String Generate_done;
    public static String Generate_layoutFlatShort;
    public static String Generate_layoutSeriesShort;
    public static String Plan_done;
    public static String Plan_setLabel;
    public static String Plan_preview;
    public static String Plan_previewNone;
    public static String Import_done;
    public static String Status_none;
    public static String Status_project;
    public static String Status_projectNotice;
    public static String Status_tooltip;
    public static String Exit_title;
    public static String Exit_running;
    public static String Exit_exit;
    public static String Exit_stay;

    public static String Results_evenConstruct;
    public static String Results_evenSelect;
    public static String Results_evenCell;
    public static String Results_evenConstructSeries;
    public static String Results_evenSelectSeries;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /**
     * A message looked up by key at run time, for texts keyed by a protocol id (instructions and
     * comprehension questions: {@code Instructions_<protocol>}, {@code Check_<protocol>_<n>}).
     *
     * @return the text, or {@code null} when the key does not exist
     */
    public static String byKey(String key) {
        try {
            return java.util.ResourceBundle.getBundle(KEYED_BUNDLE_NAME, java.util.Locale.getDefault(),
                    Messages.class.getClassLoader()).getString(key);
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }
}
