package org.hillmix.ui.eval.internal.server;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import javax.net.ssl.SSLContext;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.hillmix.core.remote.EvaluationClient;
import org.hillmix.core.remote.ServerTrust;
import org.hillmix.ui.eval.internal.l10n.Messages;
import org.hillmix.ui.eval.preferences.EvalPreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The connection to a remote evaluation server as the user configured it: whether evaluations run remotely, the
 * server's address and the certificate to trust (plain preferences), and the API token, which lives in Eclipse
 * secure storage (node {@value #SECURE_NODE}, key {@value #TOKEN_KEY}, encrypted), never in the plain-text
 * preference files. A token that an older workbench kept in plain preference {@link EvalPreferences#SERVER_TOKEN}
 * is moved into secure storage and deleted from the preferences by {@link #migrate()}.
 */
public final class ServerSettings {

    /** The secure-storage node holding the token. */
    public static final String SECURE_NODE = EvalPreferences.NODE;
    /** The secure-storage key of the token. */
    public static final String TOKEN_KEY = "server.token";

    private ServerSettings() {
    }

    /**
     * Brings older settings up to date; safe to call any number of times. A plain-text token moves into secure
     * storage and is deleted from the preferences (only once it is stored there: a failure loses nothing); a
     * server address set before the local/remote choice existed means "remote".
     *
     * @throws IOException when secure storage cannot take the token; the message says why
     */
    public static synchronized void migrate() throws IOException {
        IEclipsePreferences plain = InstanceScope.INSTANCE.getNode(EvalPreferences.NODE);
        boolean changed = false;
        if (plain.get(EvalPreferences.MODE, null) == null
                && !plain.get(EvalPreferences.SERVER_URL, "").isBlank()) {
            plain.put(EvalPreferences.MODE, EvalPreferences.MODE_REMOTE);
            changed = true;
        }
        String legacy = plain.get(EvalPreferences.SERVER_TOKEN, null);
        if (legacy != null) {
            if (!legacy.isBlank() && token().isEmpty()) {
                storeToken(legacy);
            }
            plain.remove(EvalPreferences.SERVER_TOKEN);
            changed = true;
        }
        if (changed) {
            try {
                plain.flush();
            } catch (BackingStoreException e) {
                throw new IOException(NLS.bind(Messages.Secure_prefsNotSaved, e.getMessage()), e);
            }
        }
    }

    /** Whether evaluations run on the remote server rather than the local one. */
    public static boolean remote() {
        return EvalPreferences.MODE_REMOTE.equals(EvalPreferences.get(EvalPreferences.MODE,
                EvalPreferences.DEFAULT_MODE).trim());
    }

    /**
     * The token in secure storage, or empty when none is stored.
     *
     * @throws IOException when secure storage cannot be read (no password provider, a wrong master password)
     */
    public static String token() throws IOException {
        try {
            return node().get(TOKEN_KEY, "");
        } catch (StorageException e) {
            throw new IOException(NLS.bind(Messages.Secure_unreadable, e.getMessage()), e);
        }
    }

    /**
     * Stores {@code token} encrypted in secure storage and saves it; a blank token removes the stored one.
     *
     * @throws IOException when secure storage cannot encrypt or save it
     */
    public static void storeToken(String token) throws IOException {
        ISecurePreferences node = node();
        try {
            if (token == null || token.isBlank()) {
                node.remove(TOKEN_KEY);
            } else {
                node.put(TOKEN_KEY, token.trim(), true);
            }
            node.flush();
        } catch (StorageException e) {
            throw new IOException(NLS.bind(Messages.Secure_unwritable, e.getMessage()), e);
        }
    }

    /**
     * A client of the configured remote server, with the token from secure storage.
     *
     * @throws IOException when no address is set, it is not a URL, the certificate file is unusable, or the token
     *         cannot be read; the message names the preference to fix
     */
    public static EvaluationClient remoteClient() throws IOException {
        migrate();
        return client(EvalPreferences.get(EvalPreferences.SERVER_URL, EvalPreferences.DEFAULT_SERVER_URL),
                token(), EvalPreferences.get(EvalPreferences.CERTIFICATE, EvalPreferences.DEFAULT_CERTIFICATE));
    }

    /**
     * A client of the server at {@code url} with {@code token}, trusting the certificates in the PEM file
     * {@code certificate} when one is given, else the Java runtime's authorities.
     *
     * @throws IOException naming what is wrong with the address or the certificate file
     */
    public static EvaluationClient client(String url, String token, String certificate) throws IOException {
        String address = url == null ? "" : url.trim();
        if (address.isEmpty()) {
            throw new IOException(Messages.Remote_noAddress);
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new IOException(NLS.bind(Messages.Remote_badAddress, address, e.getMessage()), e);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IOException(NLS.bind(Messages.Remote_badAddress, address, Messages.Remote_scheme));
        }
        SSLContext tls = null;
        if (certificate != null && !certificate.isBlank()) {
            try {
                tls = ServerTrust.trusting(Path.of(certificate.trim()));
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException(NLS.bind(Messages.Remote_badCertificate, certificate.trim(), e.getMessage()), e);
            }
        }
        return new EvaluationClient(uri, token, tls);
    }

    private static ISecurePreferences node() throws IOException {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root == null) {
            throw new IOException(Messages.Secure_unavailable);
        }
        return root.node(SECURE_NODE);
    }
}
