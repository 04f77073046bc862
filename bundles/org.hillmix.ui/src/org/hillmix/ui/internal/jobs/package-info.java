/** Running the core's UI-free operations as Eclipse jobs. */
package org.hillmix.ui.internal.jobs;
