/** What other modules may use of the directory: business summaries by id. */
package org.impuls.directory.api;
