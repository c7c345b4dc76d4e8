/** What other modules may use of the directory: {@link org.impuls.directory.api.BusinessDirectory} and search summaries. */
package org.impuls.directory.api;
