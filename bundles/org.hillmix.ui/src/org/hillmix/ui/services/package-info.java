/** Finding the HILLmix workbench's OSGi services from code that has no injection ({@link org.hillmix.ui.services.Services}). */
package org.hillmix.ui.services;
