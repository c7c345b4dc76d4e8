package org.impuls.shop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.impuls.core.api.PersonalDataSource;

/** The account's cart in its personal data export: what it holds, as the customer saw it when adding. */
@ApplicationScoped
public class CartPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Override
    public String section() {
        return "shop.cart";
    }

    @Override
    public Object export(long accountId) {
        List<Cart> carts = em.createQuery("select c from Cart c where c.accountId = :account", Cart.class)
                .setParameter("account", accountId)
                .getResultList();
        return carts.stream().map(this::exported).findFirst().orElse(null);
    }

    private ExportedCart exported(Cart cart) {
        List<ExportedLine> lines = em.createQuery(
                        "select l from CartLine l where l.cartId = :cart order by l.id", CartLine.class)
                .setParameter("cart", cart.getId())
                .getResultStream()
                .map(l -> new ExportedLine(
                        l.seen().titleDe(), l.seen().label(), l.getQuantity(), l.getSeenPriceCents(), l.getAddedAt()))
                .toList();
        return new ExportedCart(cart.getPostalCode(), cart.getTouchedAt(), lines);
    }

    public record ExportedCart(String postalCode, Instant lastChanged, List<ExportedLine> lines) {}

    public record ExportedLine(
            String product, String variant, int quantity, long priceCentsWhenAdded, Instant addedAt) {}
}
