/**
 * The header search: asks every {@link org.impuls.core.api.SearchProvider} and shows the hits grouped
 * by provider, on the search page and as {@code GET /api/core/search?q=}.
 */
package org.impuls.core.search;
