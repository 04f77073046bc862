/** Project service implementation, wizards, commands and the building of session tasks from batches. */
package org.hillmix.ui.internal.project;
