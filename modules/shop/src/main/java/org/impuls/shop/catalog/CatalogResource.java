package org.impuls.shop.catalog;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.InvalidInputException;
import org.impuls.core.api.PageRequest;
import org.impuls.shop.catalog.ProductViews.ProductDetails;
import org.impuls.shop.catalog.ProductViews.ProductSummary;

/**
 * The catalogue for customers: {@code GET /api/shop/products?q=&category=&merchant=&minPrice=&maxPrice=&inStock=&delivery=&sort=&page=&size=}
 * (prices in cents) and {@code GET /api/shop/products/{id}}.
 */
@Path("shop/products")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    /** A page of products (the shape of every list) plus facets over all hits. */
    public record SearchAnswer(List<ProductSummary> items, long total, int page, int size, List<Catalog.Facet> categories,
                               List<Catalog.Facet> merchants) {
    }

    @Inject
    Catalog catalog;

    @GET
    public SearchAnswer search(@QueryParam("q") String q, @QueryParam("category") String category, @QueryParam("merchant") Long merchant,
                               @QueryParam("minPrice") Long minPrice, @QueryParam("maxPrice") Long maxPrice,
                               @QueryParam("inStock") @DefaultValue("false") boolean inStock, @QueryParam("delivery") String delivery,
                               @QueryParam("sort") String sort, @QueryParam("page") @DefaultValue("1") int page,
                               @QueryParam("size") @DefaultValue("20") int size, @HeaderParam("Accept-Language") String language) {
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw new InvalidInputException("maxPrice", "maxPrice must not be below minPrice");
        }
        if ((minPrice != null && minPrice < 0) || (maxPrice != null && maxPrice < 0)) {
            throw new InvalidInputException(minPrice != null && minPrice < 0 ? "minPrice" : "maxPrice", "prices are cents, 0 or more");
        }
        Catalog.Result result = catalog.search(new ProductSearch.Criteria(q, category, merchant, minPrice, maxPrice, inStock, delivery, sort),
                new PageRequest(page, size), locale(language));
        return new SearchAnswer(result.page().items(), result.page().total(), result.page().page(), result.page().size(),
                result.categories(), result.merchants());
    }

    @GET
    @Path("{id}")
    public ProductDetails details(@PathParam("id") long id, @HeaderParam("Accept-Language") String language) {
        return catalog.details(id, locale(language));
    }

    static Locale locale(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
    }
}
