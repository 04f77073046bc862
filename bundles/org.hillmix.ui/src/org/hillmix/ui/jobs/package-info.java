/**
 * Running the core's UI-free operations as Eclipse jobs: {@link org.hillmix.ui.jobs.EclipseProgressMonitor}
 * gives a job's monitor to the core. Exported for the other HILLmix workbench bundles (ui.eval).
 */
package org.hillmix.ui.jobs;
