package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Caller;
import org.impuls.core.api.MediaStore;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.money.VatRate;
import org.impuls.shop.api.CatalogChanged;
import org.impuls.shop.api.StockLevel;
import org.impuls.shop.stock.VariantStocks;

/**
 * Creates, changes, copies and deletes products for their merchants. Checks that span fields or need
 * the database refuse naming the field (e.g. {@code variants[1].salePriceCents}) before anything is
 * written; a changed selling price is recorded in the price history.
 */
@ApplicationScoped
public class CatalogEditor {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Sellers sellers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    MediaStore media;

    @Inject
    Caller caller;

    @Inject
    Event<CatalogChanged> changed;

    @Inject
    VariantStocks stocks;

    @Transactional
    public Product create(ProductForm form) {
        if (form.getBusinessId() == null) {
            throw new InvalidInputException("businessId", "say which business sells the product");
        }
        sellers.managedByCaller(form.getBusinessId());
        Product product = createForSeller(form);
        audit.record("shop.product.created", "product:" + product.getId(), product.getTitleDe());
        return product;
    }

    /**
     * Creates a product for a business that sells, without asking who calls: for demo data and for
     * imports whose caller was checked already.
     */
    @Transactional
    public Product createForSeller(ProductForm form) {
        Product product = new Product(
                form.getBusinessId(), form.getTitleDe().strip(), category(form.getCategory()), clock.instant());
        write(product, form);
        em.persist(product);
        recordPrices(product, null);
        count(product, form, List.of());
        changed(product);
        return product;
    }

    @Transactional
    public Product update(long productId, ProductForm form) {
        Product product = updateForSeller(managed(productId), form);
        audit.record("shop.product.updated", "product:" + productId, null);
        return product;
    }

    /** Changes a product without asking who calls: for imports, which checked the caller once for all products. */
    @Transactional
    public Product updateForSeller(long productId, ProductForm form) {
        return updateForSeller(em.find(Product.class, productId), form);
    }

    private Product updateForSeller(Product product, ProductForm form) {
        List<Long> before =
                product.getVariants().stream().map(Variant::effectivePriceCents).toList();
        List<String> skusBefore =
                product.getVariants().stream().map(Variant::getSku).toList();
        write(product, form);
        em.flush();
        recordPrices(product, new PriceMemory(skusBefore, before));
        count(product, form, skusBefore);
        changed(product);
        return product;
    }

    /**
     * Writes what is pending and forgets the products loaded so far: a long import stays fast (each write compares
     * every loaded product) and small. Products loaded before must be found again.
     */
    public void writeAndForgetLoaded() {
        em.flush();
        em.clear();
    }

    /** Hides a product from customers or shows it again. */
    @Transactional
    public void setStatus(long productId, ProductStatus status) {
        Product product = managed(productId);
        product.describe(
                product.getTitleDe(),
                product.getTitleEn(),
                product.getDescriptionDe(),
                product.getDescriptionEn(),
                product.getCategory(),
                product.getTags(),
                status,
                product.getOptionNames());
        changed(product);
        audit.record("shop.product." + status.name().toLowerCase(), "product:" + productId, null);
    }

    /** The business's products, newest first, if the caller may manage them. */
    public List<Product> ofBusiness(long businessId) {
        sellers.managedByCaller(businessId);
        return em.createQuery(
                        "select p from Product p where p.businessId = :b order by p.createdAt desc, p.id desc",
                        Product.class)
                .setParameter("b", businessId)
                .getResultList();
    }

    @Transactional
    public void delete(long productId) {
        Product product = managed(productId);
        em.remove(product);
        changed(product);
        audit.record("shop.product.deleted", "product:" + productId, product.getTitleDe());
    }

    /** A hidden copy with "(Kopie)" in the title and "-KOPIE" after each SKU, for the merchant to adapt. */
    @Transactional
    public Product copy(long productId) {
        ProductForm form = formOf(managed(productId));
        form.setTitleDe(form.getTitleDe() + " (Kopie)");
        form.setTitleEn(form.getTitleEn().isBlank() ? "" : form.getTitleEn() + " (copy)");
        form.setStatus(ProductStatus.HIDDEN);
        form.getVariants().forEach(v -> v.setSku(uniqueCopySku(form.getBusinessId(), v.getSku())));
        return create(form);
    }

    public static final int MAX_IMAGES = 10;

    /** Adds an uploaded image (JPEG or PNG, checked by the media store) after the product's others. */
    @Transactional
    public MediaStore.StoredImage addImage(long productId, java.io.InputStream image, String fileName) {
        Product product = managed(productId);
        if (product.getImageIds().size() >= MAX_IMAGES) {
            throw new InvalidInputException(
                    "file", "a product shows at most " + MAX_IMAGES + " images; remove one first");
        }
        MediaStore.StoredImage stored =
                media.store(image, fileName, caller.accountId().orElseThrow());
        List<Long> images = new ArrayList<>(product.getImageIds());
        images.add(stored.id());
        product.showImages(images);
        changed(product);
        return stored;
    }

    @Transactional
    public void removeImage(long productId, long mediaId) {
        Product product = managed(productId);
        List<Long> images = new ArrayList<>(product.getImageIds());
        if (!images.remove(Long.valueOf(mediaId))) {
            throw new NotFoundException("product " + productId + " has no image " + mediaId);
        }
        product.showImages(images);
        changed(product);
    }

    /** Makes one of the product's images its main picture (shown first, and in lists). */
    @Transactional
    public void makeMainImage(long productId, long mediaId) {
        Product product = managed(productId);
        List<Long> images = new ArrayList<>(product.getImageIds());
        if (!images.remove(Long.valueOf(mediaId))) {
            throw new NotFoundException("product " + productId + " has no image " + mediaId);
        }
        images.add(0, mediaId);
        product.showImages(images);
        changed(product);
    }

    /** Shows these images (media ids, first is the main picture) instead of the product's others: for imports. */
    public void showImages(Product product, java.util.List<Long> mediaIds) {
        product.showImages(mediaIds);
        changed(product);
    }

    /** The form of a stored product, with the merchant's counts, for editing and copying. */
    public ProductForm formOf(Product product) {
        return ProductForm.of(product, stockOf(List.of(product)));
    }

    /** The stock of these products' variants, in one look-up. */
    public Map<Long, StockLevel> stockOf(Collection<Product> products) {
        return stocks.levels(products.stream()
                .flatMap(p -> p.getVariants().stream())
                .map(Variant::getId)
                .toList());
    }

    /**
     * Sets the merchant's counts apart from the product, as absolute numbers: of new variants, and of others where the
     * form gives a count other than the one it was loaded with (a form opened before a sale must not undo it).
     */
    private void count(Product product, ProductForm form, List<String> skusBefore) {
        for (ProductForm.VariantForm v : form.getVariants()) {
            String sku = v.getSku().strip();
            if (v.stockGiven() || !skusBefore.contains(sku)) {
                stocks.set(product.variant(sku).getId(), v.getStock());
            }
        }
    }

    /** Tells observers (the kept search answers) once the transaction commits. */
    private void changed(Product product) {
        changed.fire(new CatalogChanged(product.getBusinessId(), product.getId()));
    }

    /** The product if the caller may change it. */
    public Product managed(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new NotFoundException("There is no product " + productId + ".");
        }
        sellers.managedByCaller(product.getBusinessId());
        return product;
    }

    /**
     * Checks a form as {@link #create} or {@link #update} would, without writing: for an import's dry run.
     *
     * @param existingProductId the product the form would change, or null for a new one
     * @throws InvalidInputException naming the field at fault
     */
    public void validate(ProductForm form, long businessId, Long existingProductId) {
        category(form.getCategory());
        check(businessId, existingProductId, form);
    }

    /** The product of this business that has one of these SKUs, if any: imports update products by SKU. */
    public java.util.Optional<Product> bySku(long businessId, java.util.List<String> skus) {
        return em.createQuery(
                        "select v.product from Variant v where v.businessId = :b and v.sku in :skus", Product.class)
                .setParameter("b", businessId)
                .setParameter("skus", skus)
                .getResultStream()
                .findFirst();
    }

    private void write(Product product, ProductForm form) {
        check(product.getBusinessId(), product.getId(), form);
        product.describe(
                form.getTitleDe().strip(),
                blank(form.getTitleEn()),
                blank(form.getDescriptionDe()),
                blank(form.getDescriptionEn()),
                category(form.getCategory()),
                tags(form.getTags()),
                form.getStatus(),
                form.getOptionNames().stream().map(String::strip).toList());
        product.declare(
                form.isFood(),
                blank(form.getIngredients()),
                form.getAllergens(),
                form.getDepositCents(),
                form.getAgeLimit(),
                blank(form.getManufacturer()));
        product.deliver(form.isPickup(), form.isLocalDelivery(), form.isParcel(), blank(form.getDeliveryDays()));
        Instant now = clock.instant();
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < form.getVariants().size(); i++) {
            ProductForm.VariantForm v = form.getVariants().get(i);
            Variant variant = product.variant(v.getSku().strip());
            variant.describe(
                    i,
                    v.getOptionValues().stream().map(String::strip).toList(),
                    v.getContentAmount(),
                    v.getContentUnit() == null || v.getContentUnit().isBlank()
                            ? null
                            : ContentUnit.of(v.getContentUnit()),
                    v.getAvailability());
            variant.price(v.getPriceCents(), v.getSalePriceCents(), VatRate.ofPercent(v.getVatRate()), now);
            skus.add(v.getSku().strip());
        }
        product.keepOnlyVariants(skus);
    }

    private void check(long businessId, Long productId, ProductForm form) {
        if (!form.isPickup() && !form.isLocalDelivery() && !form.isParcel()) {
            throw new InvalidInputException(
                    "pickup", "offer at least one way to get the product: pick-up, local delivery or parcel");
        }
        if (form.getAgeLimit() != 0 && form.getAgeLimit() != 16 && form.getAgeLimit() != 18) {
            throw new InvalidInputException("ageLimit", "the age limit is 0, 16 (beer, wine) or 18 (spirits)");
        }
        if (!form.isFood() && blank(form.getManufacturer()).isEmpty()) {
            throw new InvalidInputException(
                    "manufacturer", "non-food goods must name their manufacturer or the responsible person (GPSR)");
        }
        if (form.isFood()
                && !form.getAllergens().isEmpty()
                && blank(form.getIngredients()).isEmpty()) {
            throw new InvalidInputException("ingredients", "food with allergens must list its ingredients (LMIV)");
        }
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < form.getVariants().size(); i++) {
            ProductForm.VariantForm v = form.getVariants().get(i);
            String at = "variants[" + i + "].";
            if (!skus.add(v.getSku().strip())) {
                throw new InvalidInputException(at + "sku", "the SKU " + v.getSku() + " appears twice");
            }
            if (v.getSalePriceCents() != null && v.getSalePriceCents() >= v.getPriceCents()) {
                throw new InvalidInputException(at + "salePriceCents", "a sale price must be below the regular price");
            }
            if (v.getOptionValues().size() != form.getOptionNames().size()) {
                throw new InvalidInputException(
                        at + "optionValues", "give one value for each option (" + form.getOptionNames() + ")");
            }
            if ((v.getContentAmount() == null)
                    != (v.getContentUnit() == null || v.getContentUnit().isBlank())) {
                throw new InvalidInputException(
                        at + "contentUnit", "give the content's amount and unit together (e.g. 500 g), or neither");
            }
            try {
                VatRate.ofPercent(v.getVatRate());
            } catch (InvalidInputException wrongRate) {
                throw new InvalidInputException(at + "vatRate", wrongRate.getMessage());
            }
        }
        List<String> taken = em.createQuery(
                        "select v.sku from Variant v where v.businessId = :business and v.sku in :skus "
                                + "and v.product.id <> :product",
                        String.class)
                .setParameter("business", businessId)
                .setParameter("skus", skus)
                .setParameter("product", productId == null ? -1L : productId)
                .getResultList();
        if (!taken.isEmpty()) {
            throw new InvalidInputException("variants", "SKU " + taken.get(0) + " is used by another of your products");
        }
    }

    /** What the variants cost before an update, to see which price changed. */
    private record PriceMemory(List<String> skus, List<Long> prices) {
        Long before(String sku) {
            int i = skus.indexOf(sku);
            return i < 0 ? null : prices.get(i);
        }
    }

    private void recordPrices(Product product, PriceMemory memory) {
        em.flush(); // new variants need their ids
        Instant now = clock.instant();
        for (Variant variant : product.getVariants()) {
            Long before = memory == null ? null : memory.before(variant.getSku());
            if (before == null || before != variant.effectivePriceCents()) {
                em.persist(new PriceChange(variant.getId(), now, variant.effectivePriceCents()));
            }
        }
    }

    private ShopCategory category(String slug) {
        return em.createQuery("select c from ShopCategory c where c.slug = :slug", ShopCategory.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("category", "there is no category '" + slug + "'"));
    }

    private String uniqueCopySku(Long businessId, String sku) {
        String base = (sku.length() > 58 ? sku.substring(0, 58) : sku) + "-KOPIE";
        String candidate = base;
        for (int n = 2;
                !em.createQuery("select v.id from Variant v where v.businessId = :b and v.sku = :s")
                        .setParameter("b", businessId)
                        .setParameter("s", candidate)
                        .getResultList()
                        .isEmpty();
                n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static String tags(String text) {
        if (text == null) {
            return "";
        }
        return String.join(
                ", ",
                java.util.Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList());
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }
}
