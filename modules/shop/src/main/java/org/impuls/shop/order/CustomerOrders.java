package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.money.Money;

/**
 * The customer's order pages read here: a guest's order by its access token alone, and the logged-in customer's
 * orders. As for the REST API, whoever may not read an order learns nothing of it (404, as for a wrong token).
 */
@ApplicationScoped
public class CustomerOrders {

    /** The longest token looked up; checkout's are 22 characters. */
    private static final int TOKEN_LIMIT = 64;

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Orders orders;

    /** An entry of the customer's list: the merchants by name, in the order's order. */
    public record Entry(String number, Instant placedAt, List<String> merchants, Money total, String state) {}

    /** The order behind a guest's link; an unknown token and a blocked order are the same 404. */
    @Transactional
    public OrderView.Customer byToken(String token) {
        CustomerOrder order = token == null || token.isBlank() || token.length() > TOKEN_LIMIT
                ? null
                : em.createQuery("select o from CustomerOrder o where o.accessTokenHash = :hash", CustomerOrder.class)
                        .setParameter("hash", CustomerOrder.hashOf(token.strip()))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (order == null || order.isBlocked() || !Orders.tokenMatches(order, token)) {
            throw new NotFoundException("There is no such order.");
        }
        return orders.view(order, false);
    }

    /** One order of the logged-in customer; another customer's is unknown (404), as is a number nobody has. */
    public OrderView.Customer mine(String number) {
        return orders.read(number, null);
    }

    /** The logged-in customer's orders, newest first, each with its merchants. */
    @Transactional
    public ResultPage<Entry> mine(PageRequest page) {
        long account = orders.callerAccount();
        List<CustomerOrder> found = orders.ofAccount(account, page);
        Map<Long, List<SellerOrder>> sellers =
                orders.sellerOrders(found.stream().map(CustomerOrder::getId).toList());
        List<Entry> items = found.stream()
                .map(o -> new Entry(
                        o.getNumber(),
                        o.getPlacedAt(),
                        sellers.getOrDefault(o.getId(), List.of()).stream()
                                .map(SellerOrder::getBusinessName)
                                .toList(),
                        o.total(),
                        o.status().name()))
                .toList();
        return ResultPage.of(items, orders.countOfAccount(account), page);
    }
}
