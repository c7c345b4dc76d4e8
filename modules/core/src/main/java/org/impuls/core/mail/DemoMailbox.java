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

    public void open() throws IOException {
        if (!config.demoMode()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no demo mode");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public List<OutboxMail> getMails() {
        return outbox.newestFirst(50);
    }

    /** The body as HTML: escaped text with its links made clickable. */
    public String html(String body) {
        if (body == null) {
            return ""; // queued, not yet rendered: that happens when it is first sent
        }
        String escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        Matcher links = LINK.matcher(escaped);
        StringBuilder html = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(html, Matcher.quoteReplacement("<a href=\"" + links.group() + "\">" + links.group() + "</a>"));
        }
        links.appendTail(html);
        return html.toString().replace("\n", "<br/>");
    }
}
