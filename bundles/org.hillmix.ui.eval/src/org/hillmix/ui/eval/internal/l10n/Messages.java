package org.hillmix.ui.eval.internal.l10n;

import org.eclipse.osgi.util.NLS;

/** User-visible strings; the values live in {@code messages.properties} beside this class. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.hillmix.ui.eval.internal.l10n.messages";

    public static String Prefs_description;
    public static String Prefs_url;
    public static String Prefs_token;
    public static String Prefs_jar;
    public static String Prefs_java;
    public static String Prefs_epochs;
    public static String Prefs_seeds;
    public static String Prefs_mode;
    public static String Prefs_modeLocal;
    public static String Prefs_modeRemote;
    public static String Prefs_certificate;
    public static String Prefs_test;
    public static String Check_running;
    public static String Check_ok;
    public static String Check_unreachable;
    public static String Check_tlsUntrusted;
    public static String Check_incompatible;
    public static String Check_unknownVersion;
    public static String Check_unauthorized;
    public static String Check_failed;
    public static String Remote_noAddress;
    public static String Remote_badAddress;
    public static String Remote_scheme;
    public static String Remote_badCertificate;
    public static String Remote_uploading;
    public static String Remote_uploaded;
    public static String Secure_unavailable;
    public static String Secure_unreadable;
    public static String Secure_unwritable;
    public static String Secure_prefsNotSaved;
    public static String Report_noReport;
    public static String Report_regimes;
    public static String Report_evaluate;
    public static String Report_open;
    public static String Report_export;
    public static String Report_noProject;
    public static String Report_projectChanged;
    public static String Report_runProgress;
    public static String Report_noHumanLabels;
    public static String Report_warnings;
    public static String Report_identicalRegimes;
    public static String Report_metricTooltip;
    public static String Report_metricUnknown;
    public static String Report_higherBetter;
    public static String Report_lowerBetter;
    public static String Report_noDirection;
    public static String Report_noRegime;
    public static String Report_noJournals;
    public static String Report_jobName;
    public static String Report_running;
    public static String Report_failed;
    public static String Report_cancelled;
    public static String Report_header;
    public static String Report_metric;
    public static String Report_reliabilityTitle;
    public static String Report_confidence;
    public static String Report_accuracy;
    public static String Report_dataMapTitle;
    public static String Report_variability;
    public static String Report_meanConfidence;
    public static String Report_perfect;
    public static String Report_openFailed;
    public static String Report_noHtml;
    public static String Report_exported;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
