package org.impuls.core.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.GermanText;
import org.impuls.core.api.SearchHit;
import org.impuls.core.api.SearchProvider;
import org.impuls.core.i18n.Language;

/** The core's own search provider: finds the legal pages ("Impressum", "Datenschutz" …) by title and text. */
@ApplicationScoped
public class LegalPageSearch implements SearchProvider {

    private static final int SNIPPET_LENGTH = 160;

    @Inject
    LegalPages pages;

    @Override
    public String id() {
        return "pages";
    }

    @Override
    public String groupLabelKey() {
        return "core.search.group.pages";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public List<SearchHit> search(String query, Locale locale, int limit) {
        List<String> queryTerms = GermanText.terms(query);
        if (queryTerms.isEmpty()) {
            return List.of();
        }
        String language = Language.of(locale).code();
        return pages.all().stream()
                .filter(page -> page.getLanguage().equals(language))
                .filter(page -> matchesAll(queryTerms, page.getTitle() + " " + plainText(page.getBodyHtml())))
                .limit(limit)
                .map(page -> new SearchHit(
                        page.getTitle(),
                        snippet(plainText(page.getBodyHtml())),
                        page.getKind().path()))
                .toList();
    }

    // few pages, each short: a scan is simpler than an index and fast enough
    private static boolean matchesAll(List<String> queryTerms, String text) {
        List<String> terms = GermanText.terms(text);
        return queryTerms.stream().allMatch(q -> terms.stream().anyMatch(t -> t.startsWith(q)));
    }

    private static String plainText(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replaceAll("&nbsp;", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String snippet(String text) {
        return text.length() <= SNIPPET_LENGTH
                ? text
                : text.substring(0, SNIPPET_LENGTH).replaceAll("\\s\\S*$", "") + " …";
    }
}
