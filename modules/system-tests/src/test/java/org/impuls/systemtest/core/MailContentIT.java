package org.impuls.systemtest.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.impuls.systemtest.directory.Applicants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal's mails as received: a plain-text and an HTML part from the recipient's language's templates, user text escaped in HTML. */
@ExtendWith(Portal.class)
class MailContentIT {

    @Test
    void anEnglishAccountGetsItsConfirmationFromTheEnglishTemplatesInTwoParts(Http http, Mailbox mailbox)
            throws Exception {
        String email = Accounts.newAddress("mail-content-en");
        assertThat(http.json(
                                "POST",
                                "/api/core/accounts",
                                "{\"email\":\"" + email + "\",\"displayName\":\"Emma\",\"password\":\""
                                        + Accounts.PASSWORD + "\",\"language\":\"en\"}")
                        .status())
                .isEqualTo(202);

        MimeMessage mail = mailbox.awaitMail(email, "Please confirm");

        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) mail.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String link = Mailbox.linkIn(mail);
        assertThat(text).startsWith("Hello Emma,").contains(link).contains("Your Impuls team");
        assertThat(html)
                .contains("<html lang=\"en\"")
                .contains("Hello Emma,")
                .contains("<a href=\"" + link.replace("&", "&amp;") + "\">");
    }

    @Test
    void aBusinessNameWithMarkupIsEscapedInTheHtmlPartOfItsMails(Http http, Mailbox mailbox) throws Exception {
        String word = UUID.randomUUID().toString().substring(0, 6);
        String name = "<script>alert(1)</script> & Teststube " + word;
        Applicants.Merchant merchant = Applicants.register(http, mailbox, "mail-content-hostile");
        Applicants.apply(http, merchant, Applicants.application(name, "COMMERCIAL", 3, 1, "67655"));

        MimeMessage mail = mailbox.awaitMail(merchant.email(), word);

        Multipart parts = (Multipart) mail.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(mail.getSubject()).isEqualTo("Ihr Antrag für " + name + " bei Impuls");
        assertThat(text).contains("danke für Ihren Antrag für " + name + ".");
        assertThat(html)
                .contains("danke für Ihren Antrag für &lt;script&gt;alert(1)&lt;/script&gt; &amp; Teststube " + word
                        + ".")
                .doesNotContain("<script>");
    }
}
