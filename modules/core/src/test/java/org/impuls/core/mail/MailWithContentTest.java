package org.impuls.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.impuls.core.api.mail.Attachment;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.i18n.Language;
import org.impuls.core.i18n.MessageCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A queued mail as its recipient gets it from a real SMTP server (GreenMail): stored as model and JSON, rendered from
 * the German or English templates into a plain-text and an HTML part, with its attachments byte for byte.
 */
class MailWithContentTest {

    private static final String HOSTILE = "<script>alert('x')</script> & Söhne";

    private GreenMail server;
    private final MailRenderer renderer = new MailRenderer();
    private final SmtpSender smtp = new SmtpSender();

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        renderer.catalog = new MessageCatalog() {
            @Override
            public String text(Language language, String key) {
                Map<String, String> subjects = Map.of(
                        "test.mail.order.subject",
                        language == Language.EN ? "Your order, {name}" : "Ihre Bestellung, {name}");
                return subjects.getOrDefault(key, "???" + key + "???");
            }
        };
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("127.0.0.1");
        settings.port = server.getSmtp().getPort();
        settings.user = Optional.empty();
        settings.password = Optional.empty();
        settings.from = "Impuls <noreply@impuls.example>";
        smtp.settings = settings;
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static Mail order(Locale language) {
        return Mail.to("kunde@example.org")
                .template("test", "order")
                .language(language)
                .model("name", HOSTILE)
                .model("link", "https://impuls.example/konto?a=1&b=2")
                .model(
                        "merchants",
                        List.of(
                                Map.of("name", "Bäckerei Müller", "total", "12,40 €"),
                                Map.of("name", "Hofcafé", "total", "3,10 €")));
    }

    /** What the outbox does with a queued mail: the model through its stored JSON, rendered, sent. */
    private MimeMessage sendAndReceive(Mail mail) throws Exception {
        Language language = Language.of(mail.language());
        MailRenderer.Rendered rendered =
                renderer.render(mail.template(), language, MailModel.fromJson(MailModel.toJson(mail.model())));
        List<OutgoingMail.File> files = new ArrayList<>();
        for (Attachment attachment : mail.attachments()) {
            files.add(new OutgoingMail.File(attachment.name(), attachment.mediaType(), attachment.bytes()));
        }
        smtp.send(new OutgoingMail(mail.recipient(), rendered.subject(), rendered.text(), rendered.html(), files));
        assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
        return server.getReceivedMessages()[0];
    }

    @Test
    void aMailHasAPlainTextAndAnHtmlPartWithOneSectionPerMerchant() throws Exception {
        MimeMessage received = sendAndReceive(order(Locale.GERMAN));

        assertThat(received.getContentType()).startsWith("multipart/alternative");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType())
                .startsWith("text/plain")
                .contains("UTF-8");
        assertThat(parts.getBodyPart(1).getContentType())
                .startsWith("text/html")
                .contains("UTF-8");
        String text =
                ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"); // SMTP sends text lines with CRLF
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text)
                .contains("- Bäckerei Müller: 12,40 €\n- Hofcafé: 3,10 €\n")
                .contains("https://impuls.example/konto?a=1&b=2");
        assertThat(html)
                .contains("<li><span>Bäckerei Müller</span>: 12,40 €</li>")
                .contains("<li><span>Hofcafé</span>: 3,10 €</li>")
                .contains("<a href=\"https://impuls.example/konto?a=1&amp;b=2\">");
    }

    @Test
    void aHostileNameIsEscapedInTheHtmlPartAndLeftAsItIsInTheText() throws Exception {
        MimeMessage received = sendAndReceive(order(Locale.GERMAN));

        Multipart parts = (Multipart) received.getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(html)
                .contains("Hallo &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Söhne,")
                .doesNotContain("<script>");
        assertThat((String) parts.getBodyPart(0).getContent()).startsWith("Hallo " + HOSTILE + ",");
        assertThat(received.getSubject()).isEqualTo("Ihre Bestellung, " + HOSTILE);
    }

    @Test
    void theLanguageChoosesTheTemplateAndTheSubject() throws Exception {
        MimeMessage received = sendAndReceive(order(Locale.ENGLISH));

        Multipart parts = (Multipart) received.getContent();
        assertThat(received.getSubject()).startsWith("Your order, ");
        assertThat((String) parts.getBodyPart(0).getContent())
                .startsWith("Hello ")
                .contains("your order from:");
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("<html lang=\"en\"")
                .contains("your order from:");
    }

    @Test
    void attachmentsArriveByteForByteWithTheirMediaTypes() throws Exception {
        byte[] pdf = new byte[70_000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31 + 7); // every byte value, not only text
        }
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);

        MimeMessage received = sendAndReceive(order(Locale.GERMAN)
                .attach(Attachment.of("rechnung-1042.pdf", "application/pdf", pdf))
                .attach(Attachment.of("abholung.ics", "text/calendar", ics)));

        assertThat(received.getContentType()).startsWith("multipart/mixed");
        Multipart mixed = (Multipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        assertAttachment(mixed.getBodyPart(1), "rechnung-1042.pdf", "application/pdf", pdf);
        assertAttachment(mixed.getBodyPart(2), "abholung.ics", "text/calendar", ics);
    }

    private static void assertAttachment(BodyPart part, String name, String mediaType, byte[] bytes) throws Exception {
        assertThat(part.getFileName()).isEqualTo(name);
        assertThat(part.getDisposition()).isEqualTo(BodyPart.ATTACHMENT);
        assertThat(part.getContentType()).startsWith(mediaType);
        try (var in = part.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aMissingTemplateIsAnErrorNotAnEmptyMail() {
        assertThatThrownBy(() -> renderer.render("test/no-such-mail", Language.DE, Map.of()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theModelKeepsTextsNumbersListsAndMapsThroughItsStoredForm() {
        Map<String, Object> model = Mail.to("a@example.org")
                .model("count", 3)
                .model("price", 12.5)
                .model("paid", true)
                .model("lines", List.of(Map.of("title", "Brot", "cents", 250)))
                .model();

        assertThat(MailModel.fromJson(MailModel.toJson(model)))
                .isEqualTo(Map.of(
                        "count",
                        3L,
                        "price",
                        new java.math.BigDecimal("12.5"),
                        "paid",
                        true,
                        "lines",
                        List.of(Map.of("title", "Brot", "cents", 250L))));
    }

    @Test
    void aModelValueThatCannotBeStoredIsRefusedWhenTheMailIsBuilt() {
        assertThatThrownBy(() -> Mail.to("a@example.org").model("when", java.time.Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("when");
        assertThatThrownBy(() -> Mail.to("a@example.org")
                        .attach(Attachment.of("big.pdf", "application/pdf", new byte[Mail.MAX_ATTACHMENT_BYTES + 1])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
