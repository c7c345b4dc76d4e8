/**
 * Readable URLs: {@link org.impuls.core.routing.RoutingFilter} forwards {@code /impressum} or {@code
 * /betriebe/baeckerei-mueller} to the page that shows it, and {@link
 * org.impuls.core.routing.PrettyUrlViewHandler} keeps forms posting back to the readable URL.
 */
package org.impuls.core.routing;
