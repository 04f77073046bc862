/**
 * A client of the HILLmix evaluation server's HTTP API ({@code docs/server.md}) for the workbench:
 * submit a job built from a project, follow it with progress and cancellation, and read the
 * calibration report ({@link org.hillmix.core.remote.CalibrationReport}). UI-free, on the JDK's
 * {@code java.net.http} client.
 */
package org.hillmix.core.remote;
