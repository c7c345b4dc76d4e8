package org.impuls.shop.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.language.RequestLanguage;
import org.impuls.shop.catalog.ProductViews.ProductDetails;
import org.impuls.shop.catalog.ProductViews.ProductSummary;

/**
 * The catalogue for customers: {@code GET /api/shop/products?q=&category=&merchant=&minPrice=&maxPrice=&inStock=&delivery=&pickupToday=&sort=&page=&size=}
 * (prices in cents) and {@code GET /api/shop/products/{id}}.
 */
@Path("shop/products")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public class CatalogResource {

    /** A page of products (the shape of every list) plus facets over all hits. */
    public record SearchAnswer(
            List<ProductSummary> items,
            long total,
            int page,
            int size,
            List<Catalog.Facet> categories,
            List<Catalog.Facet> merchants) {}

    /** The JSON text of an answer, kept apart from the answer itself: writing it costs as much as finding it again. */
    private record JsonQuestion(ProductSearch.Criteria criteria, PageRequest page, Locale locale)
            implements SearchCache.StockDependent {

        /** The "in stock" filter, or a card of the product ("sold out") in the answer. */
        @Override
        public boolean dependsOnStockOf(long productId, Object answer) {
            return criteria.filtersStock() || ((JsonAnswer) answer).productIds().contains(productId);
        }
    }

    /** The JSON text and the products it shows. */
    private record JsonAnswer(String json, List<Long> productIds) {}

    @Inject
    Catalog catalog;

    @Inject
    SearchCache cache;

    @Inject
    PickupToday pickupToday;

    @Inject
    RequestLanguage language;

    @Context
    Providers providers;

    /** The answer as JSON (the shape of {@link SearchAnswer}), written with the API's JSON-B settings. */
    @GET
    public String search(
            @QueryParam("q") String q,
            @QueryParam("category") String category,
            @QueryParam("merchant") Long merchant,
            @QueryParam("minPrice") Long minPrice,
            @QueryParam("maxPrice") Long maxPrice,
            @QueryParam("inStock") @DefaultValue("false") boolean inStock,
            @QueryParam("delivery") String delivery,
            @QueryParam("pickupToday") @DefaultValue("false") boolean pickupToday,
            @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("1") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw new InvalidInputException("maxPrice", "maxPrice must not be below minPrice");
        }
        if ((minPrice != null && minPrice < 0) || (maxPrice != null && maxPrice < 0)) {
            throw new InvalidInputException(
                    minPrice != null && minPrice < 0 ? "minPrice" : "maxPrice", "prices are cents, 0 or more");
        }
        ProductSearch.Criteria criteria = new ProductSearch.Criteria(
                q,
                category,
                merchant,
                minPrice,
                maxPrice,
                inStock,
                delivery,
                sort,
                pickupToday ? this.pickupToday.merchants(Instant.now()) : null);
        PageRequest pageRequest = new PageRequest(page, size);
        Locale locale = language.locale();
        return cache.answer(new JsonQuestion(criteria, pageRequest, locale), () -> {
                    Catalog.Result result = catalog.search(criteria, pageRequest, locale);
                    return new JsonAnswer(
                            json(new SearchAnswer(
                                    result.page().items(),
                                    result.page().total(),
                                    result.page().page(),
                                    result.page().size(),
                                    result.categories(),
                                    result.merchants())),
                            result.page().items().stream()
                                    .map(ProductSummary::id)
                                    .toList());
                })
                .json();
    }

    @GET
    @Path("{id}")
    public ProductDetails details(@PathParam("id") long id) {
        return catalog.details(id, language.locale());
    }

    private String json(SearchAnswer answer) {
        return providers
                .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
                .getContext(SearchAnswer.class)
                .toJson(answer);
    }
}
