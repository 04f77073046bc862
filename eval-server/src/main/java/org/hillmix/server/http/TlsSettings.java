package org.hillmix.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The server's TLS identity: a PKCS#12 keystore holding its private key and certificate chain, and a file holding
 * the keystore's password (so the password appears neither on the command line nor in the process list).
 *
 * @param keystore the {@code .p12} file
 * @param passwordFile a file whose content (without a trailing line break) is the keystore's password
 */
public record TlsSettings(Path keystore, Path passwordFile) {

    /**
     * Reads the password, opens the keystore and checks it holds a private key, so that a wrong file or password
     * is reported when the server starts rather than at the first connection.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it
     */
    public SslContextFactory.Server contextFactory() {
        String password = password();
        KeyStore ks;
        try (InputStream in = Files.newInputStream(keystore)) {
            ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open the TLS keystore " + keystore + ": " + reason(e)
                    + "; it must be a PKCS#12 file whose password is in " + passwordFile, e);
        }
        try {
            boolean hasKey = false;
            for (String alias : Collections.list(ks.aliases())) {
                hasKey |= ks.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new IllegalArgumentException("the TLS keystore " + keystore + " holds no private key; it needs "
                        + "the server's key and certificate (e.g. keytool -genkeypair ... -storetype PKCS12)");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the TLS keystore " + keystore + ": " + e.getMessage(), e);
        }
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(ks);
        ssl.setKeyStorePassword(password);
        // HTTP/2 (RFC 9113, section 9.2) forbids the cipher suites HTTP/1.1 might still negotiate; Jetty's comparator
        // orders the allowed ones first.
        ssl.setCipherComparator(org.eclipse.jetty.http2.HTTP2Cipher.COMPARATOR);
        return ssl;
    }

    private String password() {
        String text;
        try {
            text = Files.readString(passwordFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the TLS password file " + passwordFile + ": "
                    + reason(e), e);
        }
        // Editors and `echo` add a line break that is not part of the password.
        return text.replaceFirst("\\R\\z", "");
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof java.security.UnrecoverableKeyException || (e.getMessage() != null
                && e.getMessage().contains("password"))) {
            return "wrong password";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
