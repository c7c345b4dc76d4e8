package org.impuls.core.sitemap;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.impuls.core.api.SitemapContributor;
import org.impuls.core.api.SitemapEntry;
import org.impuls.core.config.PublicAddress;
import org.impuls.core.i18n.Language;
import org.impuls.core.plugin.PluginRegistry;

/**
 * {@code sitemap.xml}: every public page once per language, each with {@code hreflang} links to its
 * other language versions, as search engines expect.
 */
@WebServlet(urlPatterns = "/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final System.Logger LOG = System.getLogger(SitemapServlet.class.getName());

    @Inject
    @Any
    Instance<SitemapContributor> contributors;

    @Inject
    PublicAddress address;

    @Inject
    PluginRegistry plugins;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        String origin = address.origin();
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println(
                "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">");
        for (SitemapEntry entry : entries()) {
            for (Language language : Language.values()) {
                out.println("  <url>");
                out.println("    <loc>" + xml(url(origin, entry, language)) + "</loc>");
                if (entry.lastModified() != null) {
                    out.println("    <lastmod>" + DateTimeFormatter.ISO_INSTANT.format(entry.lastModified())
                            + "</lastmod>");
                }
                for (Language alternative : Language.values()) {
                    out.println("    <xhtml:link rel=\"alternate\" hreflang=\"" + alternative.code() + "\" href=\""
                            + xml(url(origin, entry, alternative)) + "\"/>");
                }
                out.println("  </url>");
            }
        }
        out.println("</urlset>");
    }

    private List<SitemapEntry> entries() {
        List<SitemapEntry> entries = new ArrayList<>();
        entries.add(new SitemapEntry("/", null));
        for (SitemapContributor contributor : contributors) {
            if (!plugins.takesPart(contributor)) {
                continue;
            }
            try {
                entries.addAll(contributor.sitemapEntries());
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "sitemap contributor " + contributor.getClass().getName() + " failed; left out",
                        e);
            }
        }
        return entries;
    }

    private static String url(String origin, SitemapEntry entry, Language language) {
        return origin + entry.path() + (entry.path().contains("?") ? "&" : "?") + "lang=" + language.code();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
