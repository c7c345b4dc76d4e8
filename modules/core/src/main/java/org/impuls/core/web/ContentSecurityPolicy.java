package org.impuls.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.System.Logger.Level;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.impuls.core.api.ContentSecurityContributor;
import org.impuls.core.plugin.PluginRegistry;

/**
 * The Content-Security-Policy of the portal. Pages run only scripts from the portal that carry the page's
 * nonce: PrimeFaces ({@code primefaces.CSP}, see the core's web-fragment.xml) gives its own and Mojarra's
 * scripts the nonce, moves inline {@code on…} handlers into them and appends {@code 'nonce-…'} to
 * {@link #getForPages()}, whose last directive is therefore {@code script-src}. No {@code 'unsafe-inline'} and no
 * {@code 'unsafe-eval'} for scripts; images from the portal and from the origins modules contribute (map tiles).
 * Styles stay {@code 'unsafe-inline'}: PrimeFaces and Leaflet position elements with style attributes.
 */
@Named("contentSecurityPolicy")
@ApplicationScoped
public class ContentSecurityPolicy {

    /** Responses that are not pages (REST, media, sitemap, resources): nothing may run, images may show. */
    public static final String OTHER_RESPONSES = String.join(
            "; ",
            "default-src 'none'",
            "img-src 'self'",
            "style-src 'unsafe-inline'", // a browser's own viewer of an image styles it inline
            "frame-ancestors 'self'",
            "base-uri 'none'",
            "form-action 'none'");

    /** scheme://host[:port], the host possibly with a leading "*." wildcard; no path, no quote, no space, no ';'. */
    private static final Pattern ORIGIN =
            Pattern.compile("https?://(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:\\d{1,5})?");

    private static final System.Logger LOG = System.getLogger(ContentSecurityPolicy.class.getName());

    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();

    @Inject
    @Any
    Instance<ContentSecurityContributor> contributors;

    @Inject
    PluginRegistry plugins;

    /** The policy of a page, without its nonce (PrimeFaces appends it to the closing script-src). */
    public String getForPages() {
        return forPages(imageSources());
    }

    static String forPages(Set<String> imageSources) {
        StringBuilder images = new StringBuilder("img-src 'self' data:");
        imageSources.forEach(source -> images.append(' ').append(source));
        return String.join(
                "; ",
                "default-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                images,
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'self'",
                "script-src 'self'");
    }

    /** Whether a contributed source is an origin the policy may name. */
    static boolean isOrigin(String source) {
        return source != null && ORIGIN.matcher(source).matches();
    }

    private Set<String> imageSources() {
        Set<String> sources = new LinkedHashSet<>();
        for (ContentSecurityContributor contributor : contributors) {
            if (!plugins.takesPart(contributor)) {
                continue;
            }
            try {
                for (String source : contributor.imageSources()) {
                    if (isOrigin(source)) {
                        sources.add(source);
                    } else if (refusedOnce.add(String.valueOf(source))) {
                        LOG.log(
                                Level.WARNING,
                                "image source ''{0}'' of {1} is no origin (scheme://host[:port]); left out of the "
                                        + "Content-Security-Policy",
                                source,
                                contributor.getClass().getName());
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "content security contributor " + contributor.getClass().getName() + " failed; left out",
                        e);
            }
        }
        return sources;
    }
}
