package org.hillmix.server.auth;

import java.net.InetAddress;

/**
 * Decides whether the server demands a bearer token.
 *
 * <ul>
 * <li>Bound to a non-loopback address (or told to behave as if, see {@code treatAsRemote}): tokens are required,
 * and the server refuses to start while none exists, because anyone who can reach the port could run jobs.</li>
 * <li>Bound to loopback: no token is needed, unless {@code requireToken} is set; then tokens are required and at
 * least one must exist.</li>
 * </ul>
 *
 * @param tokensRequired whether every request except {@code GET /health} needs {@code Authorization: Bearer}
 */
public record AuthPolicy(boolean tokensRequired) {

    /**
     * Applies the rules above.
     *
     * @param bind the address the server listens on
     * @param requireToken whether tokens were required explicitly ({@code --require-token})
     * @param treatAsRemote whether to apply the non-loopback rules to a loopback address (tests)
     * @param tokensExist whether the database holds at least one token
     * @param howToCreate the command line that creates a token, for the error message
     * @throws IllegalArgumentException when tokens are required but none exists
     */
    public static AuthPolicy decide(InetAddress bind, boolean requireToken, boolean treatAsRemote,
            boolean tokensExist, String howToCreate) {
        boolean remote = treatAsRemote || !bind.isLoopbackAddress();
        if (remote && !tokensExist) {
            throw new IllegalArgumentException("refusing to listen on " + bind.getHostAddress()
                    + " without API tokens: anyone who can reach this port could run jobs; create one with '"
                    + howToCreate + "' and start again, or listen on 127.0.0.1");
        }
        if (requireToken && !tokensExist) {
            throw new IllegalArgumentException("--require-token was given but no API token exists; create one with '"
                    + howToCreate + "' first");
        }
        return new AuthPolicy(remote || requireToken);
    }
}
