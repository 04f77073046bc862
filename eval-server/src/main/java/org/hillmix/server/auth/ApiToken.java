package org.hillmix.server.auth;

import java.time.Instant;

/**
 * A stored API token's public facts; the token itself is never stored, only its SHA-256.
 *
 * @param id short identifier used to list and revoke the token
 * @param name what the token is for, chosen at creation
 * @param createdAt when it was created
 */
public record ApiToken(String id, String name, Instant createdAt) {
}
