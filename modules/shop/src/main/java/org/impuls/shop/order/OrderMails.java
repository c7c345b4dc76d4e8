package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.PortalLinks;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.mail.Attachment;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.shop.api.OrderPlaced;

/**
 * The mails of a placed order, once it is committed: the confirmation to the customer in the order's language with
 * every part and each merchant's terms and withdrawal policy attached, and to each merchant's active staff a new-order
 * mail with only its part.
 */
@ApplicationScoped
public class OrderMails {

    @Inject
    Orders orders;

    @Inject
    BusinessDirectory directory;

    @Inject
    StaffDirectory staff;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    // a transaction of its own: the order's has committed
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void placed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPlaced placed) {
        CustomerOrder order = orders.byNumber(placed.number()).orElseThrow();
        Locale language = Locale.forLanguageTag(order.getLanguage());
        OrderView.Customer view = orders.view(order, true);
        confirm(order, view, language);
        List<SellerOrder> sellers = orders.sellerOrders(List.of(order.getId())).getOrDefault(order.getId(), List.of());
        for (int i = 0; i < sellers.size(); i++) {
            // the view's parts are the seller orders in the same order (their positions)
            tellMerchant(
                    sellers.get(i),
                    orders.merchantPart(
                            order, sellers.get(i), view.sellerOrders().get(i), view.payment()));
        }
    }

    private void confirm(CustomerOrder order, OrderView.Customer view, Locale language) {
        Mail mail =
                Mail.to(order.getEmail()).template("shop", "order-confirmation").language(language);
        for (var entry : OrderMailModel.customer(view, order.getAccountId() == null, language)
                .entrySet()) {
            mail = mail.model(entry.getKey(), entry.getValue());
        }
        mail = mail.model("link", link(order, language));
        // in ascending business id: the copies are stored once per content, and concurrent checkouts storing the same
        // merchants' terms in different orders deadlock on that unique key
        List<Long> businesses = view.sellerOrders().stream()
                .map(OrderView.Seller::businessId)
                .sorted()
                .toList();
        for (long businessId : businesses) {
            BusinessInfo business = directory.find(businessId).orElse(null);
            if (business != null) {
                mail = mail.attach(Attachment.of(
                        OrderMailModel.termsFileName(business),
                        "text/plain; charset=UTF-8",
                        OrderMailModel.termsCopy(business)));
            }
        }
        outbox.queue(mail);
    }

    /**
     * The order's page: a guest's by the token, a customer's in the account (which asks for the login). Absolute from
     * the configured public address only, never from a request's Host.
     */
    private String link(CustomerOrder order, Locale language) {
        String path = order.getAccountId() == null
                ? OrderLinks.guest(order.getAccessToken())
                : OrderLinks.account(order.getNumber());
        return links.absolute(path + "?lang=" + language.getLanguage());
    }

    private void tellMerchant(SellerOrder seller, OrderView.Merchant part) {
        for (StaffDirectory.Member member : staff.staffOf(seller.getBusinessId())) {
            if (!member.active()) {
                continue;
            }
            Locale language = member.contact().language();
            Mail mail = Mail.to(member.contact().email())
                    .template("shop", "new-order")
                    .language(language);
            for (var entry : OrderMailModel.merchant(part, language).entrySet()) {
                mail = mail.model(entry.getKey(), entry.getValue());
            }
            outbox.queue(mail);
        }
    }
}
