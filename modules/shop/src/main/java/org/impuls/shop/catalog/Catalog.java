package org.impuls.shop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.directory.api.BusinessDirectory.BusinessInfo;
import org.impuls.shop.api.StockLevel;
import org.impuls.shop.catalog.ProductViews.Price;
import org.impuls.shop.catalog.ProductViews.ProductDetails;
import org.impuls.shop.catalog.ProductViews.ProductSummary;
import org.impuls.shop.catalog.ProductViews.Seller;
import org.impuls.shop.catalog.ProductViews.VariantView;
import org.impuls.shop.stock.VariantStocks;

/** The customer's side of the catalogue: search with facets, and the product page's details. */
@ApplicationScoped
public class Catalog {

    /** A facet value with its number of hits. */
    public record Facet(String value, String label, long count) {}

    /** A page of products and the facets over all hits. */
    public record Result(ResultPage<ProductSummary> page, List<Facet> categories, List<Facet> merchants) {}

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    ProductSearch search;

    @Inject
    PriceTags priceTags;

    @Inject
    Sellers sellers;

    @Inject
    ShopCategories categories;

    @Inject
    SearchCache cache;

    @Inject
    VariantStocks stocks;

    /** What the question would be asked as: criteria, page and language. */
    private record Question(ProductSearch.Criteria criteria, PageRequest page, Locale locale)
            implements SearchCache.StockDependent {

        /** The "in stock" filter, or a card of the product ("sold out") in the answer. */
        @Override
        public boolean dependsOnStockOf(long productId, Object answer) {
            return criteria.filtersStock()
                    || ((Result) answer).page().items().stream().anyMatch(p -> p.id() == productId);
        }
    }

    /** A page of the products that match, with facets; answers are kept until the catalogue changes. */
    public Result search(ProductSearch.Criteria criteria, PageRequest page, Locale locale) {
        return cache.answer(new Question(criteria, page, locale), () -> freshSearch(criteria, page, locale));
    }

    private Result freshSearch(ProductSearch.Criteria criteria, PageRequest page, Locale locale) {
        ProductSearch.Found found = search.find(criteria, page.offset(), page.size());
        Map<Long, Product> products = load(found.ids());
        Set<Long> sellerIds = new HashSet<>(found.perMerchant().keySet());
        products.values().forEach(p -> sellerIds.add(p.getBusinessId()));
        Map<Long, BusinessInfo> businesses = businesses(sellerIds);
        List<Variant> variants = products.values().stream()
                .flatMap(p -> p.getVariants().stream())
                .toList();
        Map<Long, PriceTag> tags = priceTags.of(variants);
        Map<Long, StockLevel> stock =
                stocks.levels(variants.stream().map(Variant::getId).toList());
        List<ProductSummary> items = found.ids().stream()
                .map(products::get)
                .map(p -> summary(p, businesses.get(p.getBusinessId()), tags, stock, locale))
                .toList();
        return new Result(
                ResultPage.of(items, found.total(), page),
                categoryFacets(found.perCategory(), locale),
                merchantFacets(found.perMerchant(), businesses));
    }

    /** A visible product of a listed merchant. */
    public ProductDetails details(long productId, Locale locale) {
        Product product = em.find(Product.class, productId);
        BusinessInfo seller = product == null
                ? null
                : sellers.infos(Set.of(product.getBusinessId())).stream()
                        .findFirst()
                        .orElse(null);
        if (product == null
                || product.getStatus() != ProductStatus.ACTIVE
                || seller == null
                || !seller.publiclyListed()) {
            throw new NotFoundException("There is no product " + productId + " in the shop.");
        }
        List<Variant> visible = product.getVariants().stream()
                .filter(v -> v.getAvailability() != Availability.HIDDEN)
                .toList();
        Map<Long, PriceTag> tags = priceTags.of(visible);
        Map<Long, StockLevel> stock =
                stocks.levels(visible.stream().map(Variant::getId).toList());
        List<VariantView> variants = visible.stream()
                .map(v -> {
                    StockLevel level = stock.getOrDefault(v.getId(), StockLevel.UNTRACKED);
                    return new VariantView(
                            v.getId(),
                            v.getSku(),
                            v.getOptionValues(),
                            Price.of(tags.get(v.getId()), false),
                            level.available(),
                            v.getAvailability().name(),
                            v.isBuyable(level));
                })
                .toList();
        return new ProductDetails(
                product.getId(),
                product.title(locale),
                product.description(locale),
                product.getCategory().name(locale),
                product.getTags(),
                Seller.of(seller),
                product.getOptionNames(),
                variants,
                product.getImageIds().stream()
                        .map(id -> ProductViews.imageUrl(id, "medium"))
                        .toList(),
                product.isFood(),
                product.getIngredients(),
                ProductViews.allergenLabels(product, locale),
                product.getDepositCents() > 0 ? org.impuls.core.api.money.Money.euros(product.getDepositCents()) : null,
                product.getAgeLimit(),
                product.getManufacturer(),
                product.getDeliveryOptions(),
                product.getDeliveryDays(),
                product.path());
    }

    private ProductSummary summary(
            Product product,
            BusinessInfo seller,
            Map<Long, PriceTag> tags,
            Map<Long, StockLevel> stock,
            Locale locale) {
        List<Variant> visible = product.getVariants().stream()
                .filter(v -> v.getAvailability() != Availability.HIDDEN)
                .toList();
        Variant cheapest = visible.stream()
                .min(Comparator.comparingLong(Variant::effectivePriceCents))
                .orElseThrow();
        boolean from =
                visible.stream().map(Variant::effectivePriceCents).distinct().count() > 1;
        return new ProductSummary(
                product.getId(),
                product.title(locale),
                product.getCategory().name(locale),
                Seller.of(seller),
                Price.of(tags.get(cheapest.getId()), from),
                visible.stream().anyMatch(v -> v.isBuyable(stock.getOrDefault(v.getId(), StockLevel.UNTRACKED))),
                product.getDeliveryOptions(),
                product.getImageIds().isEmpty()
                        ? null
                        : ProductViews.imageUrl(product.getImageIds().get(0), "thumb"),
                product.path());
    }

    private Map<Long, Product> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // variants and category in the same statement, the images of all products in one more (not one per product)
        return em.createQuery(
                        "select distinct p from Product p join fetch p.category left join fetch p.variants where p.id in :ids",
                        Product.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "p.imageIds")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .collect(Collectors.toMap(Product::getId, Function.identity()));
    }

    private Map<Long, BusinessInfo> businesses(Set<Long> ids) {
        return sellers.infos(ids).stream().collect(Collectors.toMap(BusinessInfo::id, Function.identity()));
    }

    /** Hits per category; a top-level category counts its sub-categories' hits (every product has one category). */
    private List<Facet> categoryFacets(Map<Long, Long> perCategory, Locale locale) {
        List<ShopCategory> all = categories.all();
        Map<Long, Long> counts = new HashMap<>(perCategory);
        for (ShopCategory category : all) {
            Long hits = perCategory.get(category.getId());
            if (hits != null && category.getParent() != null) {
                counts.merge(category.getParent().getId(), hits, Long::sum);
            }
        }
        return all.stream()
                .filter(c -> counts.containsKey(c.getId()))
                .map(c -> new Facet(c.getSlug(), c.name(locale), counts.get(c.getId())))
                .toList();
    }

    private static List<Facet> merchantFacets(Map<Long, Long> counts, Map<Long, BusinessInfo> businesses) {
        return counts.entrySet().stream()
                .filter(e -> businesses.containsKey(e.getKey()))
                .map(e -> new Facet(
                        String.valueOf(e.getKey()), businesses.get(e.getKey()).name(), e.getValue()))
                .sorted(Comparator.comparing(Facet::label))
                .toList();
    }
}
