package org.impuls.core.legal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.impuls.core.i18n.Language;
import org.impuls.core.i18n.Messages;

/** Backs {@code /admin/core/legal.xhtml}: the operator edits imprint, privacy policy and terms. */
@Named
@ViewScoped
public class LegalPagesAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LegalPages pages;

    @Inject
    transient Messages messages;

    private LegalPageKind kind = LegalPageKind.IMPRINT;
    private Language language = Language.DE;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 100_000)
    private String body;

    @PostConstruct
    void init() {
        load();
    }

    /** Shows the chosen page's current text. */
    public void load() {
        pages.find(kind, language).ifPresent(page -> {
            title = page.getTitle();
            body = page.getBodyHtml();
        });
    }

    public void save() {
        LegalPage saved = pages.revise(kind, language, title, body);
        body = saved.getBodyHtml(); // show what was kept after sanitising
        FacesContext.getCurrentInstance()
                .addMessage(
                        null,
                        new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("core.admin.legal.saved"), null));
    }

    public List<LegalPageKind> getKinds() {
        return List.of(LegalPageKind.values());
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public LegalPageKind getKind() {
        return kind;
    }

    public void setKind(LegalPageKind kind) {
        this.kind = kind;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
