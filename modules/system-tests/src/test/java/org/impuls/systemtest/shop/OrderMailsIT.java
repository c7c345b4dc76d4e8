package org.impuls.systemtest.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.impuls.systemtest.shop.CheckoutShops.body;
import static org.impuls.systemtest.shop.CheckoutShops.cart;
import static org.impuls.systemtest.shop.CheckoutShops.checkout;
import static org.impuls.systemtest.shop.CheckoutShops.delivered;
import static org.impuls.systemtest.shop.CheckoutShops.key;
import static org.impuls.systemtest.shop.CheckoutShops.pickup;
import static org.impuls.systemtest.shop.CheckoutShops.product;

import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.impuls.systemtest.Http;
import org.impuls.systemtest.Mailbox;
import org.impuls.systemtest.Portal;
import org.impuls.systemtest.account.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mails of a placed order (#17): the customer's confirmation with every merchant's part, the totals, where to
 * transfer each part and one terms copy per merchant; each merchant's new-order mail with only its part; both in the
 * order's language.
 */
@ExtendWith(Portal.class)
class OrderMailsIT {

    @Test
    void theGuestGetsEveryPartWithTermsAndEachMerchantOnlyItsOwn(Http http, Mailbox mailbox) throws Exception {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long rolls = product(http, shops.bakery, "Mailbrötchen", 45, 7, 0, 0, 100);
        long sausage = product(http, shops.butcher, "Mailbratwurst", 350, 7, 0, 18, 50);
        String cart = cart(http, null, rolls, 6, sausage, 4);
        String slot = CheckoutShops.firstSlot(http, cart, shops.bakery.business());
        String email = Accounts.newAddress("mail-guest");

        Http.Answer placed = checkout(
                http,
                cart,
                key(),
                body(
                        email,
                        "bank-transfer",
                        true,
                        List.of(pickup(shops.bakery, slot), delivered(shops.butcher, "LOCAL_DELIVERY"))));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        JsonObject order = placed.json();
        String number = order.getString("number");

        Mail customer = Mail.of(mailbox.awaitMail(email, number));
        assertThat(customer.subject).isEqualTo("Ihre Bestellung " + number + " bei Impuls");
        assertThat(customer.text)
                .contains(shops.bakery.name(), shops.butcher.name())
                .contains("6 x Mailbrötchen", "4 x Mailbratwurst")
                .contains("2,70", "17,00", "Gesamtbetrag: 19,70")
                .contains("Verwendungszweck " + number + "-1", "Verwendungszweck " + number + "-2")
                .contains("DE89370400440532013000")
                .contains(order.getString("accessToken"))
                .contains("/bestellung/" + order.getString("accessToken"));
        assertThat(customer.text).contains("darin 7 % MwSt.");
        assertThat(customer.html).contains(shops.butcher.name(), "Mailbratwurst");
        assertThat(customer.attachments)
                .as("one copy of the terms per merchant")
                .hasSize(2)
                .allMatch(name -> name.startsWith("agb-") && name.endsWith(".txt"));
        assertThat(String.join("\n", customer.attachmentTexts))
                .contains(shops.bakery.name(), shops.butcher.name())
                .contains("Widerrufsbelehrung");

        Mail bakery = Mail.of(mailbox.awaitMail(shops.bakery.merchant().email(), number + "-1"));
        assertThat(bakery.subject).isEqualTo("Neue Bestellung " + number + "-1 bei Impuls");
        assertThat(bakery.text)
                .contains("6 x Mailbrötchen", "Erika Muster", email)
                .doesNotContain("Mailbratwurst")
                .doesNotContain("Ausweis");
        assertThat(bakery.html).doesNotContain("Mailbratwurst");
        Mail butcher = Mail.of(mailbox.awaitMail(shops.butcher.merchant().email(), number + "-2"));
        assertThat(butcher.text)
                .contains("4 x Mailbratwurst", "Marktstraße 5, 67655 Kaiserslautern")
                .contains("Ausweis bei der Übergabe prüfen")
                .doesNotContain("Mailbrötchen");
        assertThat(butcher.html).doesNotContain("Mailbrötchen");
        assertThat(mailbox.count(shops.bookshop.merchant().email(), number))
                .as("a merchant without a part hears nothing")
                .isZero();
    }

    @Test
    void anOrderPlacedInEnglishIsConfirmedInEnglish(Http http, Mailbox mailbox) throws Exception {
        CheckoutShops shops = CheckoutShops.of(http, mailbox);
        long book = product(http, shops.bookshop, "Mail Chronicle", 2490, 7, 0, 0, 10);
        String cart = cart(http, null, book, 1);
        String email = Accounts.newAddress("mail-en");

        Http.Answer placed = checkout(
                http,
                cart,
                key(),
                body(email, "bank-transfer", false, List.of(delivered(shops.bookshop, "PARCEL"))),
                "Accept-Language",
                "en");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        String number = placed.json().getString("number");

        Mail customer = Mail.of(mailbox.awaitMail(email, number));
        assertThat(customer.subject).isEqualTo("Your order " + number + " at Impuls");
        assertThat(customer.text)
                .contains("1 x Mail Chronicle", "Parcel", "Total: €29.80", "reference " + number + "-1")
                .contains("access token");
        assertThat(customer.attachments).hasSize(1);
    }

    /** A received mail's subject, text and HTML parts and the names and texts of its attachments. */
    private record Mail(
            String subject, String text, String html, List<String> attachments, List<String> attachmentTexts) {

        static Mail of(MimeMessage message) throws Exception {
            Mail mail = new Mail(message.getSubject(), "", "", new ArrayList<>(), new ArrayList<>());
            return mail.walk(message);
        }

        private Mail walk(Part part) throws Exception {
            Mail mail = this;
            if (part.getContent() instanceof Multipart) {
                Multipart multi = (Multipart) part.getContent();
                for (int i = 0; i < multi.getCount(); i++) {
                    mail = mail.walk(multi.getBodyPart(i));
                }
                return mail;
            }
            if (part.getFileName() != null) {
                attachments.add(part.getFileName());
                attachmentTexts.add(read(part));
                return mail;
            }
            if (part.isMimeType("text/plain")) {
                return new Mail(subject, text + part.getContent(), html, attachments, attachmentTexts);
            }
            if (part.isMimeType("text/html")) {
                return new Mail(subject, text, html + part.getContent(), attachments, attachmentTexts);
            }
            return mail;
        }

        private static String read(Part part) throws Exception {
            Object content = part.getContent();
            if (content instanceof String) {
                return (String) content;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
