/**
 * API tokens for the evaluation server: creation, hashed storage, constant-time verification, and the policy that
 * decides when a bearer token is required ({@link org.hillmix.server.auth.AuthPolicy}).
 */
package org.hillmix.server.auth;
