package org.hillmix.core.remote;

/**
 * What an evaluation server says about itself in {@code GET /health}.
 *
 * @param apiVersion the API version it speaks ({@code /api/v<apiVersion>}), or null when it does not say
 * @param version the server's build version, or empty
 */
public record ServerInfo(String apiVersion, String version) {
}
