package org.impuls.core.legal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.impuls.core.i18n.CurrentLanguage;

/** Backs the public legal page: {@code legal.xhtml?page=impressum}. */
@Named
@RequestScoped
public class LegalPageView {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    LegalPages pages;

    @Inject
    CurrentLanguage currentLanguage;

    private String slug;
    private LegalPage page;

    public void load() throws IOException {
        page = LegalPageKind.parse(slug)
                .flatMap(kind -> pages.find(kind, currentLanguage.language()))
                .orElse(null);
        if (page == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such legal page");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public LegalPage getPage() {
        return page;
    }

    public String getUpdated() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(currentLanguage.getLocale())
                .format(page.getUpdatedAt().atZone(BERLIN));
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
