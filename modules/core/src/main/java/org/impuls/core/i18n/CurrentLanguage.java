package org.impuls.core.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.language.RequestLanguage;

/** The language of the current request, as decided by {@link LanguageFilter}; {@code #{currentLanguage}} in pages. */
@Named
@RequestScoped
public class CurrentLanguage implements RequestLanguage {

    private static final String ATTRIBUTE = CurrentLanguage.class.getName();

    @Inject
    HttpServletRequest request;

    static void set(HttpServletRequest request, Language language) {
        request.setAttribute(ATTRIBUTE, language);
    }

    public Language language() {
        Object language;
        try {
            language = request.getAttribute(ATTRIBUTE);
        } catch (IllegalStateException noServletRequest) {
            language = null; // start-up work (demo data) runs outside any request: the standard language
        }
        return language instanceof Language chosen ? chosen : Language.standard();
    }

    @Override
    public Locale locale() {
        return language().locale();
    }

    @Override
    public String code() {
        return language().code();
    }

    /** For pages: {@code #{currentLanguage.locale}}. */
    public Locale getLocale() {
        return locale();
    }

    /** For pages: {@code #{currentLanguage.code}}. */
    public String getCode() {
        return code();
    }

    /** The languages to offer in the switch: all but the current one. */
    public List<Language> getAlternatives() {
        return Arrays.stream(Language.values()).filter(l -> l != language()).toList();
    }

    public List<Language> getAll() {
        return List.of(Language.values());
    }
}
