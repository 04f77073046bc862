package org.hillmix.ui.eval.internal.server;

import java.io.IOException;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * The API token on the preference page: a masked text field that loads from and stores into Eclipse secure storage
 * ({@link ServerSettings#token()}, {@link ServerSettings#storeToken(String)}) rather than the page's plain
 * preference store. Restore Defaults empties it; OK then removes the stored token.
 */
final class SecureTokenField extends StringFieldEditor {

    private String loaded = "";
    private String storeError;

    SecureTokenField(String label, Composite parent) {
        // the name is the legacy plain key only to satisfy the field editor; nothing is written under it
        super("server.token.secure", label, parent);
        getTextControl(parent).setEchoChar('\u2022');
    }

    @Override
    protected void doLoad() {
        try {
            loaded = ServerSettings.token();
            setStringValue(loaded);
        } catch (IOException e) {
            loaded = "";
            showErrorMessage(e.getMessage());
        }
    }

    @Override
    protected void doLoadDefault() {
        setStringValue("");
    }

    @Override
    public void store() {
        // always through doStore: the inherited store() would reset a plain preference when defaults are shown
        doStore();
    }

    @Override
    protected void doStore() {
        storeError = null;
        String value = getStringValue().trim();
        if (value.equals(loaded)) {
            return;
        }
        try {
            ServerSettings.storeToken(value);
            loaded = value;
        } catch (IOException e) {
            storeError = e.getMessage();
        }
    }

    /** Why the last store failed, or null. */
    String storeError() {
        return storeError;
    }
}
