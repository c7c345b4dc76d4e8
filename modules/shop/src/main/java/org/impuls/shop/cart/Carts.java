package org.impuls.shop.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.impuls.core.api.Caller;
import org.impuls.core.api.FormFeedback;
import org.impuls.core.api.error.ConflictException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.language.RequestLanguage;
import org.impuls.core.api.money.VatRate;
import org.impuls.directory.api.BusinessDirectory;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.shop.api.StockLedger;
import org.impuls.shop.api.StockLevel;
import org.impuls.shop.cart.CartCalculator.LineFacts;
import org.impuls.shop.catalog.Availability;
import org.impuls.shop.catalog.ProductStatus;
import org.impuls.shop.delivery.DeliveryQuotes;

/**
 * The carts: what the cart page, the header, the product pages' buttons, the REST API and checkout use.
 *
 * <ul>
 *   <li>{@link #create()} an anonymous cart; {@link #mine()} / {@link #mineOrCreate()} the logged-in account's one
 *       cart; {@link #mergeIntoMine} at login.
 *   <li>{@link #summary}, {@link #add}, {@link #change}, {@link #remove}, {@link #postalCode} answer the cart as the
 *       customer sees it now ({@link CartSummary}); {@link #itemCount} is the header's one cheap query.
 * </ul>
 *
 * A cart is addressed by its public id. An anonymous cart is reachable by whoever holds the id, an account's cart only
 * by that account when logged in: for everyone else it is as unknown as a wrong id ({@link NotFoundException}). Every
 * write locks the cart's row first ({@code select … for update}), so that concurrent writers on any node take turns
 * and the limits hold. Refusals are the core's exceptions: 400 naming {@code quantity} or {@code postalCode}, 409 for
 * the stock ("only 3 left of Honig 500 g") and the 100 lines, 404 for an unknown cart, line or variant.
 */
@ApplicationScoped
public class Carts {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    RequestLanguage language;

    @Inject
    FormFeedback texts;

    @Inject
    StockLedger stock;

    @Inject
    BusinessDirectory directory;

    @Inject
    DeliveryQuotes quotes;

    /** A new, empty anonymous cart (also for a logged-in caller: the account's cart is {@link #mineOrCreate()}). */
    @Transactional
    public CartSummary create() {
        Cart cart = new Cart(CartIds.next(), null, clock.instant());
        em.persist(cart);
        return summarise(cart, List.of(), cart.getPostalCode());
    }

    /** The cart as the caller sees it now; a read touches the cart at most once a day. */
    @Transactional
    public CartSummary summary(String cartId) {
        Cart cart = reachable(cartId, false);
        touchForRead(cart);
        return summarise(cart, linesToShow(cart), cart.getPostalCode());
    }

    /** As {@link #summary}, with delivery options for another postal code (five digits; null: the cart's). */
    @Transactional
    public CartSummary summaryFor(String cartId, String postalCode) {
        String code = CartRules.postalCode(postalCode);
        Cart cart = reachable(cartId, false);
        touchForRead(cart);
        return summarise(cart, linesToShow(cart), code == null ? cart.getPostalCode() : code);
    }

    /** The number of items in the cart for the header: one query; 0 for a cart the caller cannot reach. */
    @Transactional
    public int itemCount(String cartId) {
        if (!CartIds.wellFormed(cartId)) {
            return 0;
        }
        Number count = (Number) em.createNativeQuery(
                        "select coalesce(sum(l.quantity), 0) from shop_cart c join shop_cart_line l on l.cart_id = c.id"
                                + " where c.public_id = ?1 and (c.account_id is null or c.account_id = ?2)")
                .setParameter(1, cartId)
                .setParameter(2, caller.accountId().orElse(-1L))
                .getSingleResult();
        return count.intValue();
    }

    /** The logged-in caller's cart id, if the account has one. */
    @Transactional
    public Optional<String> mine() {
        return em.createQuery("select c.publicId from Cart c where c.accountId = :account", String.class)
                .setParameter("account", account())
                .getResultStream()
                .findFirst();
    }

    /** The logged-in caller's cart id, created on first use (one per account, also when two requests race). */
    @Transactional
    public String mineOrCreate() {
        long account = account();
        return mine().orElseGet(() -> {
            Instant now = clock.instant();
            em.createNativeQuery("insert into shop_cart (public_id, account_id, created_at, touched_at)"
                            + " values (?1, ?2, ?3, ?3) on conflict (account_id) do nothing")
                    .setParameter(1, CartIds.next())
                    .setParameter(2, account)
                    .setParameter(3, Timestamp.from(now))
                    .executeUpdate();
            return mine().orElseThrow();
        });
    }

    /**
     * Puts {@code quantity} (1–99) of a variant into the cart, adding to its line if there is one (the line then
     * remembers today's price as seen). The variant must be on sale: its product active, its seller selling (else 404
     * as on the product page), not sold out (409); the line's quantity at most 99 and what is in stock (409 naming it).
     * Answers the whole cart; {@link #addLine} is the same add answering only the line.
     */
    @Transactional
    public CartSummary add(String cartId, long variantId, int quantity) {
        CartRules.quantity(quantity);
        Cart cart = reachable(cartId, true);
        List<CartLine> lines = new ArrayList<>(lines(cart));
        Loaded loaded = load(lines, variantId);
        put(cart, lines, variantId, quantity, loaded);
        return summarise(cart, lines, cart.getPostalCode(), loaded);
    }

    /**
     * As {@link #add}, answering only the line and the cart's item count: it reads the one variant, its stock and its
     * seller, not the whole cart's, and works out no delivery options (what the product pages' buttons need, and
     * REST clients asking {@code Prefer: return=minimal}).
     */
    @Transactional
    public AddedLine addLine(String cartId, long variantId, int quantity) {
        CartRules.quantity(quantity);
        Cart cart = reachable(cartId, true);
        List<CartLine> lines = new ArrayList<>(lines(cart));
        CartLine line = put(cart, lines, variantId, quantity, load(List.of(), variantId));
        int items = lines.stream().mapToInt(CartLine::getQuantity).sum();
        return new AddedLine(cart.getPublicId(), line.getId(), variantId, line.getQuantity(), items);
    }

    /** The add itself: checked against what {@code loaded} knows of the variant; a new line joins {@code lines}. */
    private CartLine put(Cart cart, List<CartLine> lines, long variantId, int quantity, Loaded loaded) {
        CartVariant variant = loaded.variants().get(variantId);
        if (variant == null || !visible(variant, loaded)) {
            throw new NotFoundException("There is no variant " + variantId + " in the shop.");
        }
        if (variant.availability() != Availability.ACTIVE) {
            throw new ConflictException(texts.text("shop.cart.refusal.sold-out", title(variant, locale())));
        }
        Optional<CartLine> existing =
                lines.stream().filter(l -> l.getVariantId() == variantId).findFirst();
        int total = CartRules.added(existing.map(CartLine::getQuantity).orElse(0), quantity);
        if (existing.isEmpty()) {
            CartRules.roomForLine(lines.size());
        }
        checkStock(variant, total, loaded);
        Instant now = clock.instant();
        CartLine line;
        if (existing.isPresent()) {
            line = existing.get();
            line.set(total, seen(variant));
        } else {
            line = new CartLine(
                    cart.getId(), variantId, variant.productId(), variant.businessId(), total, seen(variant), now);
            em.persist(line);
            lines.add(line);
        }
        cart.touch(now);
        em.flush(); // the new line's id for the answer
        return line;
    }

    /** Sets a line's quantity (1–99, within the stock); the line then remembers today's price as seen. */
    @Transactional
    public CartSummary change(String cartId, long lineId, int quantity) {
        CartRules.quantity(quantity);
        Cart cart = reachable(cartId, true);
        List<CartLine> lines = lines(cart);
        CartLine line = line(lines, lineId);
        Loaded loaded = load(lines, line.getVariantId());
        CartVariant variant = loaded.variants().get(line.getVariantId());
        if (variant == null || !visible(variant, loaded) || variant.availability() != Availability.ACTIVE) {
            throw new ConflictException(texts.text("shop.cart.refusal.unavailable"));
        }
        checkStock(variant, quantity, loaded);
        line.set(quantity, seen(variant));
        cart.touch(clock.instant());
        return summarise(cart, lines, cart.getPostalCode(), loaded);
    }

    /** Takes a line out of the cart. */
    @Transactional
    public CartSummary remove(String cartId, long lineId) {
        Cart cart = reachable(cartId, true);
        List<CartLine> lines = new ArrayList<>(lines(cart));
        CartLine line = line(lines, lineId);
        em.remove(line);
        lines.remove(line);
        cart.touch(clock.instant());
        return summarise(cart, lines, cart.getPostalCode());
    }

    /** Keeps the customer's postal code (five digits) for the delivery options; null or blank forgets it. */
    @Transactional
    public CartSummary postalCode(String cartId, String code) {
        String checked = CartRules.postalCode(code);
        Cart cart = reachable(cartId, true);
        cart.postalCode(checked);
        cart.touch(clock.instant());
        return summarise(cart, linesToShow(cart), checked);
    }

    /**
     * At login: the anonymous cart's lines join the account's cart (created if need be). Quantities of the same
     * variant add up, capped at 99 and at the stock but never below the account's own; lines only the anonymous cart
     * has are carried over (capped by stock, at least one) while there is room for 100 lines, and keep the price the
     * customer saw. The anonymous cart is deleted. Merging the account's own cart changes nothing.
     *
     * @return the account cart's id
     */
    @Transactional
    public String mergeIntoMine(String anonymousCartId) {
        String mineId = mineOrCreate();
        if (mineId.equals(anonymousCartId)) {
            return mineId;
        }
        Cart theirs = reachable(anonymousCartId, false);
        List<Cart> locked = em.createQuery("select c from Cart c where c.publicId in :ids order by c.id", Cart.class)
                .setParameter("ids", List.of(mineId, theirs.getPublicId()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Cart mine = locked.stream()
                .filter(c -> c.getPublicId().equals(mineId))
                .findFirst()
                .orElseThrow();
        if (locked.size() < 2) {
            return mineId; // merged by a parallel login already
        }
        List<CartLine> mineLines = lines(mine);
        List<CartLine> theirLines = lines(theirs);
        Map<Long, StockLevel> levels =
                stock.levels(theirLines.stream().map(CartLine::getVariantId).toList());
        Map<Long, CartLine> byVariant =
                mineLines.stream().collect(Collectors.toMap(CartLine::getVariantId, Function.identity()));
        int count = mineLines.size();
        Instant now = clock.instant();
        for (CartLine line : theirLines) {
            Integer available = levels.getOrDefault(line.getVariantId(), StockLevel.UNTRACKED)
                    .available();
            CartLine own = byVariant.get(line.getVariantId());
            if (own != null) {
                own.mergeQuantity(CartRules.merged(own.getQuantity(), line.getQuantity(), available));
            } else if (count < CartRules.MAX_LINES) {
                em.persist(new CartLine(
                        mine.getId(),
                        line.getVariantId(),
                        line.getProductId(),
                        line.getBusinessId(),
                        CartRules.carried(line.getQuantity(), available),
                        line.seen(),
                        now));
                count++;
            }
        }
        if (mine.getPostalCode() == null) {
            mine.postalCode(theirs.getPostalCode());
        }
        mine.touch(now);
        em.createQuery("delete from CartLine l where l.cartId = :cart")
                .setParameter("cart", theirs.getId())
                .executeUpdate();
        em.createQuery("delete from Cart c where c.id = :cart")
                .setParameter("cart", theirs.getId())
                .executeUpdate();
        return mineId;
    }

    /**
     * For checkout, inside its transaction: the cart locked until that transaction ends (a second checkout of it
     * waits), as its customer sees it now, with delivery options for the given postal code (null: none).
     */
    @Transactional
    public CartSummary lockForCheckout(String cartId, String postalCode) {
        Cart cart = reachable(cartId, true);
        return summarise(cart, lines(cart), postalCode);
    }

    /** Checkout placed the cart's order, in its transaction: the cart is empty again. */
    @Transactional
    public void emptyAfterCheckout(String cartId) {
        Cart cart = reachable(cartId, true);
        em.createQuery("delete from CartLine l where l.cartId = :cart")
                .setParameter("cart", cart.getId())
                .executeUpdate();
        cart.touch(clock.instant());
    }

    // ---------------------------------------------------------------------------------------------------------

    private long account() {
        return caller.accountId().orElseThrow(() -> new ForbiddenException("Log in to use your account's cart."));
    }

    /** The cart if the caller may reach it, locked for writing when asked. */
    private Cart reachable(String cartId, boolean lock) {
        if (!CartIds.wellFormed(cartId)) {
            throw unknown(cartId);
        }
        var query = em.createQuery("select c from Cart c where c.publicId = :id", Cart.class)
                .setParameter("id", cartId);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        Cart cart = query.getResultStream().findFirst().orElseThrow(() -> unknown(cartId));
        if (!cart.reachableBy(caller.accountId().orElse(null))) {
            throw unknown(cartId);
        }
        return cart;
    }

    /** Built only when thrown: an exception's stack trace costs more than the query before it. */
    private static NotFoundException unknown(String cartId) {
        return new NotFoundException("There is no cart " + cartId + ".");
    }

    private void touchForRead(Cart cart) {
        Instant now = clock.instant();
        if (cart.staleForRead(now)) {
            cart.touch(now);
        }
    }

    private List<CartLine> lines(Cart cart) {
        return lines(cart, false);
    }

    /** The lines for an answer only: read-only, so that nothing is compared or kept for the commit. */
    private List<CartLine> linesToShow(Cart cart) {
        return lines(cart, true);
    }

    private List<CartLine> lines(Cart cart, boolean readOnly) {
        return em.createQuery("select l from CartLine l where l.cartId = :cart order by l.id", CartLine.class)
                .setParameter("cart", cart.getId())
                .setHint("eclipselink.read-only", String.valueOf(readOnly))
                .getResultList();
    }

    private static CartLine line(List<CartLine> lines, long lineId) {
        return lines.stream()
                .filter(l -> l.getId() == lineId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no line " + lineId + " in this cart."));
    }

    /**
     * Shown to customers as on the product page: product active, variant not hidden, seller listed (the rule of the
     * catalogue and product page, {@code Catalog#details}).
     */
    private static boolean visible(CartVariant variant, Loaded loaded) {
        BusinessInfo seller = loaded.businesses().get(variant.businessId());
        return variant.productStatus() == ProductStatus.ACTIVE
                && variant.availability() != Availability.HIDDEN
                && seller != null
                && seller.publiclyListed();
    }

    private void checkStock(CartVariant variant, int quantity, Loaded loaded) {
        StockLevel level = loaded.levels().getOrDefault(variant.id(), StockLevel.UNTRACKED);
        if (!level.allows(quantity)) {
            String title = title(variant, locale());
            throw new ConflictException(
                    level.available() == 0
                            ? texts.text("shop.cart.refusal.sold-out", title)
                            : texts.text("shop.cart.refusal.stock", level.available(), title, variant.id()));
        }
    }

    private static CartLine.Seen seen(CartVariant variant) {
        return new CartLine.Seen(
                variant.effectivePriceCents(),
                variant.depositCents(),
                variant.title(Locale.GERMAN),
                variant.title(Locale.ENGLISH),
                variant.label());
    }

    private static String title(CartVariant variant, Locale locale) {
        String label = variant.label();
        return label.isEmpty() ? variant.title(locale) : variant.title(locale) + " " + label;
    }

    private Locale locale() {
        return language.locale();
    }

    /** What is true now of a cart's variants (and of one about to be added): one query each, never one per line. */
    private record Loaded(
            Map<Long, CartVariant> variants, Map<Long, StockLevel> levels, Map<Long, BusinessInfo> businesses) {}

    private Loaded load(List<CartLine> lines, Long extraVariantId) {
        Set<Long> variantIds = new LinkedHashSet<>();
        lines.forEach(l -> variantIds.add(l.getVariantId()));
        if (extraVariantId != null) {
            variantIds.add(extraVariantId);
        }
        if (variantIds.isEmpty()) {
            return new Loaded(Map.of(), Map.of(), Map.of());
        }
        List<Long> ids = List.copyOf(variantIds);
        Map<Long, CartVariant> variants = CartVariant.read(em, ids);
        Set<Long> businessIds = new HashSet<>();
        lines.forEach(l -> businessIds.add(l.getBusinessId()));
        variants.values().forEach(v -> businessIds.add(v.businessId()));
        return new Loaded(
                variants,
                stock.levels(ids),
                directory.findAll(businessIds).stream()
                        .collect(Collectors.toMap(BusinessInfo::id, Function.identity())));
    }

    private CartSummary summarise(Cart cart, List<CartLine> lines, String postalCode) {
        return summarise(cart, lines, postalCode, load(lines, null));
    }

    /** The summary from what is loaded, and the delivery quotes per merchant. */
    private CartSummary summarise(Cart cart, List<CartLine> lines, String postalCode, Loaded loaded) {
        Map<Long, CartVariant> variants = loaded.variants();
        Map<Long, StockLevel> levels = loaded.levels();
        Map<Long, BusinessInfo> businesses = loaded.businesses();
        Locale locale = locale();
        List<LineFacts> facts = lines.stream()
                .sorted(Comparator.comparingLong(CartLine::getId))
                .map(l -> facts(l, variants.get(l.getVariantId()), levels, locale))
                .toList();
        Instant now = clock.instant();
        Optional<String> code = Optional.ofNullable(postalCode);
        return new CartCalculator(texts::text, locale)
                .summarise(
                        cart.getPublicId(),
                        postalCode,
                        facts,
                        businesses,
                        quotes.forMerchants(
                                facts.stream().map(LineFacts::businessId).collect(Collectors.toSet()), code, now));
    }

    private static LineFacts facts(CartLine line, CartVariant variant, Map<Long, StockLevel> levels, Locale locale) {
        CartLine.Seen seen = line.seen();
        if (variant == null) {
            return new LineFacts(
                    line.getId(),
                    line.getVariantId(),
                    line.getProductId(),
                    line.getBusinessId(),
                    Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                                    && !seen.titleEn().isEmpty()
                            ? seen.titleEn()
                            : seen.titleDe(),
                    seen.label(),
                    null,
                    line.getQuantity(),
                    seen.priceCents(),
                    seen.depositCents(),
                    null,
                    seen.depositCents(),
                    0,
                    0,
                    false,
                    null,
                    false,
                    false,
                    false);
        }
        return new LineFacts(
                line.getId(),
                line.getVariantId(),
                variant.productId(),
                line.getBusinessId(),
                variant.title(locale),
                variant.label(),
                variant.productPath(),
                line.getQuantity(),
                seen.priceCents(),
                seen.depositCents(),
                variant.effectivePriceCents(),
                variant.depositCents(),
                VatRate.ofPercent(variant.vatPercent()).percent(),
                variant.ageLimit(),
                variant.productStatus() == ProductStatus.ACTIVE && variant.availability() == Availability.ACTIVE,
                levels.getOrDefault(variant.id(), StockLevel.UNTRACKED).available(),
                variant.pickup(),
                variant.localDelivery(),
                variant.parcel());
    }
}
