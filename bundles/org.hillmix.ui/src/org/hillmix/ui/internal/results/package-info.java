/** The result views: label distribution, agreement and mixup perception, over a project's journals. */
package org.hillmix.ui.internal.results;
