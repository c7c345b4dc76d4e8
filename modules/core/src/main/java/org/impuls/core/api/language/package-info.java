/**
 * Languages for modules: {@link org.impuls.core.api.language.RequestLanguage}, the language of the current page or
 * REST request, and {@link org.impuls.core.api.language.LocalizedText} for texts kept in German and English. See
 * {@code src/docs/language.md}.
 */
package org.impuls.core.api.language;
