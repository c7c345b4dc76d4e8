/**
 * The core's published surface: what modules and plugins may use. Everything outside this
 * package is internal to the core and may change without notice.
 *
 * <p>Value types ({@link org.impuls.core.api.ResultPage}; money and VAT in {@link org.impuls.core.api.money}),
 * the plugin contract ({@link org.impuls.core.api.Plugin}), extension points that the core discovers
 * with CDI {@code Instance<…>} ({@link org.impuls.core.api.MenuContributor}, {@link
 * org.impuls.core.api.SearchProvider}, {@link org.impuls.core.api.SlotContributor}, {@link
 * org.impuls.core.api.RouteContributor}, {@link org.impuls.core.api.SitemapContributor}, {@link
 * org.impuls.core.api.ContentSecurityContributor}), platform
 * services ({@link org.impuls.core.api.mail.Outbox}, {@link org.impuls.core.api.AuditTrail}, {@link
 * org.impuls.core.api.Settings}, {@link org.impuls.core.api.Caller}) and the shared German text
 * normalisation ({@link org.impuls.core.api.GermanText}).
 */
package org.impuls.core.api;
