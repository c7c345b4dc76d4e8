/**
 * What other modules may use of the directory: {@link org.impuls.directory.api.BusinessDirectory}, search summaries and
 * the {@link org.impuls.directory.api.BusinessChanged} event.
 */
package org.impuls.directory.api;
