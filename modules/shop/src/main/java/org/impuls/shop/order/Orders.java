package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.impuls.core.api.Caller;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.shop.commission.CommissionRate;
import org.impuls.shop.delivery.DeliveryMethod;
import org.impuls.shop.payment.PaymentView;
import org.impuls.shop.payment.Payments;

/**
 * Writing an order at checkout and reading orders: a customer order by its owning account or with its access token,
 * the account's orders, and a business's seller orders for its staff. Whoever may not read an order learns nothing of
 * it, not even that it exists (404, as for a wrong number).
 */
@ApplicationScoped
public class Orders {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Payments payments;

    /** One merchant's part as checkout made it, with the stock reservation of each line (same order). */
    public record SellerDraft(
            long businessId,
            String businessName,
            VatTreatment vatTreatment,
            DeliveryMethod method,
            Instant pickupAt,
            List<LineSnapshot> lines,
            List<Long> reservations,
            SellerTotals totals,
            boolean idCheck) {}

    /** Writes the customer order and its seller orders (numbered 1… in the given order) in the caller's transaction. */
    @Transactional
    public CustomerOrder write(CustomerOrder.Placement placement, List<SellerDraft> sellers) {
        CustomerOrder order = new CustomerOrder(placement);
        em.persist(order);
        em.flush(); // the unique key (cart, idempotency key) guards here, and the id for the seller orders
        int position = 0;
        for (SellerDraft draft : sellers) {
            position++;
            SellerOrder seller = new SellerOrder(
                    order.getId(),
                    OrderNumbers.sellerOrder(order.getNumber(), position),
                    position,
                    draft.businessId(),
                    draft.businessName(),
                    draft.vatTreatment(),
                    draft.method(),
                    draft.pickupAt(),
                    draft.totals(),
                    draft.idCheck());
            em.persist(seller);
            em.flush();
            for (int i = 0; i < draft.lines().size(); i++) {
                OrderLine line =
                        new OrderLine(draft.lines().get(i), draft.reservations().get(i));
                line.belongTo(seller.getId());
                em.persist(line);
            }
        }
        em.flush();
        return order;
    }

    /** The order placed with this key for this cart, if any. */
    public Optional<CustomerOrder> byIdempotencyKey(String cartId, String key) {
        return em.createQuery(
                        "select o from CustomerOrder o where o.cartId = :cart and o.idempotencyKey = :key",
                        CustomerOrder.class)
                .setParameter("cart", cartId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** The order for its owning account, or for whoever holds its token; 404 for everybody else. */
    @Transactional
    public OrderView.Customer read(String number, String token) {
        CustomerOrder order = byNumber(number).orElseThrow(() -> unknown(number));
        // a blocked order (its account deleted) is kept for the merchants' books only, not even the token reads it
        if (order.isBlocked() || !owns(order) && !tokenMatches(order, token)) {
            throw unknown(number);
        }
        return view(order, false);
    }

    /** The logged-in customer's orders, newest first. */
    @Transactional
    public ResultPage<OrderView.Summary> mine(PageRequest page) {
        long account = callerAccount();
        List<CustomerOrder> orders = ofAccount(account, page);
        Map<Long, List<SellerOrder>> sellers =
                sellerOrders(orders.stream().map(CustomerOrder::getId).toList());
        List<OrderView.Summary> items = orders.stream()
                .map(o -> new OrderView.Summary(
                        o.getNumber(),
                        o.status().name(),
                        o.getPlacedAt(),
                        o.total(),
                        sellers.getOrDefault(o.getId(), List.of()).size()))
                .toList();
        return ResultPage.of(items, countOfAccount(account), page);
    }

    long callerAccount() {
        return caller.accountId().orElseThrow(() -> new ForbiddenException("Log in to see your orders."));
    }

    /** A page of the account's orders, newest first. */
    List<CustomerOrder> ofAccount(long account, PageRequest page) {
        return em.createQuery(
                        "select o from CustomerOrder o where o.accountId = :account order by o.placedAt desc, o.id desc",
                        CustomerOrder.class)
                .setParameter("account", account)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    long countOfAccount(long account) {
        return em.createQuery("select count(o) from CustomerOrder o where o.accountId = :account", Long.class)
                .setParameter("account", account)
                .getSingleResult();
    }

    /** A business's seller orders, newest first: for its staff (and operators) only. */
    @Transactional
    public ResultPage<OrderView.Merchant> ofBusiness(long businessId, PageRequest page) {
        requireStaff(businessId);
        List<SellerOrder> sellers = em.createQuery(
                        "select s from SellerOrder s where s.businessId = :business order by s.id desc",
                        SellerOrder.class)
                .setParameter("business", businessId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createQuery("select count(s) from SellerOrder s where s.businessId = :business", Long.class)
                .setParameter("business", businessId)
                .getSingleResult();
        return ResultPage.of(sellers.stream().map(this::merchantView).toList(), total, page);
    }

    /** One seller order of the business; another business's (even of the same customer order) is unknown. */
    @Transactional
    public OrderView.Merchant ofBusiness(long businessId, String sellerOrderNumber) {
        requireStaff(businessId);
        SellerOrder seller = em.createQuery(
                        "select s from SellerOrder s where s.number = :number and s.businessId = :business",
                        SellerOrder.class)
                .setParameter("number", sellerOrderNumber)
                .setParameter("business", businessId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no seller order " + sellerOrderNumber + "."));
        return merchantView(seller);
    }

    /** The whole order as its customer reads it; with the token for checkout's answer. */
    public OrderView.Customer view(CustomerOrder order, boolean withToken) {
        List<SellerOrder> sellers = sellerOrders(List.of(order.getId())).getOrDefault(order.getId(), List.of());
        Map<Long, List<LineSnapshot>> lines = lines(
                sellers.stream().map(SellerOrder::getId).toList(), order.total().currency());
        List<OrderView.Seller> parts = sellers.stream()
                .map(s -> sellerView(s, lines.getOrDefault(s.getId(), List.of())))
                .toList();
        OrderTotals totals = totalsOf(sellers);
        return new OrderView.Customer(
                order.getNumber(),
                withToken ? order.getAccessToken() : null,
                order.status().name(),
                order.getPlacedAt(),
                order.getEmail(),
                order.getPhone(),
                order.billing(),
                order.delivery().orElse(null),
                parts,
                new OrderView.Totals(totals.gross(), totals.vat()),
                payment(order));
    }

    static OrderTotals totalsOf(List<SellerOrder> sellers) {
        String currency = sellers.isEmpty() ? "EUR" : sellers.get(0).getCurrency();
        return OrderTotals.of(
                sellers.stream()
                        .map(s -> new SellerTotals(
                                s.goods(),
                                s.deposit(),
                                s.delivery(),
                                s.total(),
                                s.vat(),
                                s.vatTotal(),
                                new CommissionRate(s.getCommissionPercent()),
                                s.commission()))
                        .toList(),
                currency);
    }

    private OrderView.Payment payment(CustomerOrder order) {
        Optional<PaymentView> payment = payments.of(order.getNumber());
        return payment.map(p -> new OrderView.Payment(
                        p.methodId(),
                        p.state().name(),
                        new OrderView.NextAction(
                                p.nextAction().type().name(),
                                p.nextAction().url(),
                                p.nextAction().data().isEmpty()
                                        ? null
                                        : p.nextAction().data())))
                .orElse(new OrderView.Payment(order.getPaymentMethod(), null, null));
    }

    /**
     * A seller order as its merchant reads it, without the staff check: for the mails of a placed order, from its
     * customer's view just read ({@code part} is that seller order's part of it), so that nothing is read again.
     */
    OrderView.Merchant merchantPart(
            CustomerOrder order, SellerOrder seller, OrderView.Seller part, OrderView.Payment payment) {
        return merchant(order, seller, part, payment.state());
    }

    private OrderView.Merchant merchantView(SellerOrder seller) {
        CustomerOrder order = em.find(CustomerOrder.class, seller.getCustomerOrderId());
        List<LineSnapshot> lines =
                lines(List.of(seller.getId()), seller.getCurrency()).getOrDefault(seller.getId(), List.of());
        return merchant(
                order,
                seller,
                sellerView(seller, lines),
                payments.of(order.getNumber()).map(p -> p.state().name()).orElse(null));
    }

    private static OrderView.Merchant merchant(
            CustomerOrder order, SellerOrder seller, OrderView.Seller part, String paymentState) {
        return new OrderView.Merchant(
                order.getNumber(),
                order.getPlacedAt(),
                order.getEmail(),
                order.getPhone(),
                order.billing(),
                order.delivery().orElse(null),
                part,
                new OrderView.Commission(seller.getCommissionPercent(), seller.commission()),
                order.getPaymentMethod(),
                paymentState);
    }

    private static OrderView.Seller sellerView(SellerOrder s, List<LineSnapshot> lines) {
        return new OrderView.Seller(
                s.getNumber(),
                s.getBusinessId(),
                s.getBusinessName(),
                s.status().name(),
                lines.stream().map(OrderView.Line::of).toList(),
                new OrderView.Delivery(s.getDeliveryMethod().name(), s.delivery(), s.getPickupAt()),
                s.goods(),
                s.deposit(),
                s.total(),
                s.vat(),
                s.isIdCheck());
    }

    Optional<CustomerOrder> byNumber(String number) {
        if (number == null || number.length() > 40) {
            return Optional.empty();
        }
        return em.createQuery("select o from CustomerOrder o where o.number = :number", CustomerOrder.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** The seller orders of these customer orders, by customer order, each in its positions' order. */
    Map<Long, List<SellerOrder>> sellerOrders(Collection<Long> customerOrderIds) {
        if (customerOrderIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select s from SellerOrder s where s.customerOrderId in :ids order by s.customerOrderId,"
                                + " s.position",
                        SellerOrder.class)
                .setParameter("ids", customerOrderIds)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        SellerOrder::getCustomerOrderId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The lines of these seller orders, by seller order, in the order they were written. */
    private Map<Long, List<LineSnapshot>> lines(Collection<Long> sellerOrderIds, String currency) {
        Map<Long, List<LineSnapshot>> lines = new LinkedHashMap<>();
        for (OrderLine line : orderLines(sellerOrderIds)) {
            lines.computeIfAbsent(line.getSellerOrderId(), id -> new ArrayList<>())
                    .add(line.snapshot(currency));
        }
        return lines;
    }

    List<OrderLine> orderLines(Collection<Long> sellerOrderIds) {
        if (sellerOrderIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from OrderLine l where l.sellerOrderId in :ids order by l.id", OrderLine.class)
                .setParameter("ids", sellerOrderIds)
                .getResultList();
    }

    private boolean owns(CustomerOrder order) {
        return order.getAccountId() != null
                && caller.accountId().map(order.getAccountId()::equals).orElse(false);
    }

    static boolean tokenMatches(CustomerOrder order, String token) {
        return token != null
                && MessageDigest.isEqual(
                        order.getAccessToken().getBytes(StandardCharsets.UTF_8),
                        token.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** The check of the merchant's back office ({@code Sellers}, {@code Payments}): staff of the business or an operator. */
    private void requireStaff(long businessId) {
        if (!caller.isOperator() && !caller.worksFor(businessId)) {
            throw new ForbiddenException("you are not staff of business " + businessId);
        }
    }

    private static NotFoundException unknown(String number) {
        return new NotFoundException("There is no order " + number + ".");
    }
}
