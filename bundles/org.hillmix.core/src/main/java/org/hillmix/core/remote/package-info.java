/**
 * A client of the HILLmix evaluation server's HTTP API ({@code docs/server.md}) for the workbench:
 * submit a job built from a project, follow it with progress and cancellation, and read the
 * calibration report. The job and the report are the typed records of
 * {@link org.hillmix.core.evaluation}. UI-free, on the JDK's {@code java.net.http} client.
 */
package org.hillmix.core.remote;
