package org.hillmix.ui.eval.internal.server;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.hillmix.core.remote.ConnectionCheck;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.ui.eval.internal.l10n.Messages;
import org.hillmix.ui.eval.preferences.EvalPreferences;
import org.hillmix.ui.preferences.InstancePreferencePage;

/**
 * Preferences > HILLmix > Evaluation Server: where evaluations run (the local server, or a remote one with its
 * address, the certificate to trust and the API token, which is kept in Eclipse secure storage), how long they
 * train, and a Test connection button that checks the address, the API version and the token as typed, before
 * they are saved, and says which of them is wrong.
 */
public final class EvalPreferencePage extends InstancePreferencePage {

    /** Widget-id key (the views' convention), for tests. */
    public static final String KEY = "org.hillmix.ui.widgetId";
    /** Id of the Test connection button. */
    public static final String TEST = "prefs.eval.test";
    /** Id of the line the connection test writes its result into. */
    public static final String RESULT = "prefs.eval.testResult";
    /** Id of the token field. */
    public static final String TOKEN = "prefs.eval.token";
    /** Id of the address field. */
    public static final String URL = "prefs.eval.url";
    /** Id of the trusted-certificate field. */
    public static final String CERTIFICATE = "prefs.eval.certificate";

    private StringFieldEditor url;
    private FileFieldEditor certificate;
    private SecureTokenField token;
    private Composite testRow;
    private Text result;

    /** A grid page on the bundle's instance-scope preferences. */
    public EvalPreferencePage() {
        super(EvalPreferences.NODE, Messages.Prefs_description);
        try {
            ServerSettings.migrate();
        } catch (IOException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new RadioGroupFieldEditor(EvalPreferences.MODE, Messages.Prefs_mode, 1, new String[][] {
            {Messages.Prefs_modeLocal, EvalPreferences.MODE_LOCAL},
            {Messages.Prefs_modeRemote, EvalPreferences.MODE_REMOTE}}, parent, true));
        url = new StringFieldEditor(EvalPreferences.SERVER_URL, Messages.Prefs_url, parent);
        url.getTextControl(parent).setData(KEY, URL);
        addField(url);
        certificate = new FileFieldEditor(EvalPreferences.CERTIFICATE, Messages.Prefs_certificate, parent);
        certificate.setFileExtensions(new String[] {"*.pem;*.crt;*.cer", "*"});
        certificate.getTextControl(parent).setData(KEY, CERTIFICATE);
        addField(certificate);
        token = new SecureTokenField(Messages.Prefs_token, parent);
        token.getTextControl(parent).setData(KEY, TOKEN);
        addField(token);

        testRow = new Composite(parent, SWT.NONE);
        GridLayout row = new GridLayout(2, false);
        row.marginWidth = 0;
        testRow.setLayout(row);
        Button test = new Button(testRow, SWT.PUSH);
        test.setText(Messages.Prefs_test);
        test.setData(KEY, TEST);
        test.addListener(SWT.Selection, e -> testConnection());
        result = new Text(testRow, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        result.setData(KEY, RESULT);
        GridData resultLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        resultLayout.widthHint = 360;
        result.setLayoutData(resultLayout);

        FileFieldEditor jar = new FileFieldEditor(EvalPreferences.SERVER_JAR, Messages.Prefs_jar, parent);
        jar.setFileExtensions(new String[] {"*.jar"});
        addField(jar);
        addField(new FileFieldEditor(EvalPreferences.JAVA, Messages.Prefs_java, parent));
        IntegerFieldEditor epochs = new IntegerFieldEditor(EvalPreferences.EPOCHS, Messages.Prefs_epochs, parent);
        epochs.setValidRange(1, 1000);
        addField(epochs);
        IntegerFieldEditor seeds = new IntegerFieldEditor(EvalPreferences.SEEDS, Messages.Prefs_seeds, parent);
        seeds.setValidRange(1, 100);
        addField(seeds);
    }

    @Override
    protected void adjustGridLayout() {
        super.adjustGridLayout();
        int columns = ((GridLayout) getFieldEditorParent().getLayout()).numColumns;
        testRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1));
    }

    @Override
    public boolean performOk() {
        if (!super.performOk()) {
            return false;
        }
        if (token.storeError() != null) {
            setErrorMessage(token.storeError());
            return false;
        }
        return true;
    }

    /**
     * Checks the connection with the values as typed, in the background (a server that does not answer takes the
     * connect timeout), and shows the result in the line beside the button.
     */
    private void testConnection() {
        String address = url.getStringValue();
        String tokenValue = token.getStringValue();
        String pem = certificate.getStringValue();
        result.setText(NLS.bind(Messages.Check_running, address));
        Display display = result.getDisplay();
        Job check = Job.create(Messages.Prefs_test, (IProgressMonitor monitor) -> {
            String line;
            try {
                EvaluationClient client = ServerSettings.client(address, tokenValue, pem);
                line = describe(client, ConnectionCheck.run(client));
            } catch (IOException e) {
                line = e.getMessage();
            }
            String shown = line;
            display.asyncExec(() -> {
                if (!result.isDisposed()) {
                    result.setText(shown);
                    result.getParent().getParent().layout(true, true);
                }
            });
            return Status.OK_STATUS;
        });
        check.setSystem(true);
        check.schedule();
    }

    /** The result of a connection check in the user's words. */
    static String describe(EvaluationClient client, ConnectionCheck.Result r) {
        String base = client.base().toString();
        return switch (r.outcome()) {
            case OK -> NLS.bind(Messages.Check_ok, new Object[] {base, r.serverVersion().isEmpty() ? "?"
                    : r.serverVersion(), r.serverApiVersion()});
            case UNREACHABLE -> NLS.bind(Messages.Check_unreachable, base, r.detail());
            case TLS_UNTRUSTED -> NLS.bind(Messages.Check_tlsUntrusted, base, r.detail());
            case INCOMPATIBLE -> NLS.bind(Messages.Check_incompatible, new Object[] {base,
                r.serverApiVersion() == null ? Messages.Check_unknownVersion : r.serverApiVersion(),
                EvaluationClient.API_VERSION});
            case UNAUTHORIZED -> NLS.bind(Messages.Check_unauthorized, base);
            case FAILED -> NLS.bind(Messages.Check_failed, base, r.detail());
        };
    }
}
