/**
 * The legal pages every German portal must have: imprint (Impressum), privacy policy and terms of
 * use, each in German and English, edited by the operator and linked in every page's footer.
 */
package org.impuls.core.legal;
