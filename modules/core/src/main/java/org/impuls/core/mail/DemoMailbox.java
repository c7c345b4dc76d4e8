package org.impuls.core.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.impuls.core.config.PortalConfig;
import org.impuls.core.i18n.Language;

/**
 * Backs {@code /demo/postfach}: in demo mode every mail the portal sent, so that a visitor can follow
 * a confirmation link without a mail server of their own. Without demo mode the page does not exist.
 */
@Named
@RequestScoped
public class DemoMailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Inject
    PortalConfig config;

    @Inject
    OutboxDelivery outbox;

    @Inject
    MailRenderer renderer;

    /** A mail as the page shows it. */
    public record Shown(String recipient, String subject, String text, OutboxMail.Status status) {}

    public void open() throws IOException {
        if (!config.demoMode()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no demo mode");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<Shown> getMails() {
        return outbox.newestFirst(50).stream().map(this::shown).toList();
    }

    /** A mail not yet claimed (so not yet rendered) is previewed from its templates, so that it shows at once. */
    private Shown shown(OutboxMail mail) {
        if (mail.rendered()) {
            return new Shown(mail.getRecipient(), mail.getSubject(), mail.getBodyText(), mail.getStatus());
        }
        try {
            MailRenderer.Rendered preview = renderer.render(
                    mail.getTemplate(),
                    Language.fromCode(mail.getLanguage()).orElse(Language.standard()),
                    MailModel.fromJson(mail.getModel()));
            return new Shown(mail.getRecipient(), preview.subject(), preview.text(), mail.getStatus());
        } catch (RuntimeException e) {
            return new Shown(mail.getRecipient(), mail.getTemplate(), "", mail.getStatus());
        }
    }

    /** The body as HTML: escaped text with its links made clickable. */
    public String html(String body) {
        String escaped = body.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
        Matcher links = LINK.matcher(escaped);
        StringBuilder html = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(
                    html, Matcher.quoteReplacement("<a href=\"" + links.group() + "\">" + links.group() + "</a>"));
        }
        links.appendTail(html);
        return html.toString().replace("\n", "<br/>");
    }
}
