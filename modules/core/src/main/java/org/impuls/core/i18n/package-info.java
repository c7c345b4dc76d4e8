/**
 * Languages: German by default, English by the visible switch ({@code ?lang=en}, remembered in a
 * cookie) or by the browser's {@code Accept-Language}. All texts come from the {@code
 * i18n/messages_de|en.properties} files that every module and plugin ships; they are merged into
 * one catalogue ({@code #{msg['key']}} in pages).
 */
package org.impuls.core.i18n;
