package org.impuls.shop.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.impuls.shop.api.StockLevel;

/**
 * The merchant's catalogue API: list, create, change, copy and delete their own products.
 * {@code /api/shop/backoffice/products}; a product is given and answered as a {@link ProductForm} with its id.
 */
@Path("shop/backoffice/products")
@RolesAllowed({"MERCHANT", "OPERATOR"})
@Produces(MediaType.APPLICATION_JSON)
public class BackofficeProductResource {

    /** A stored product as its merchant edits it. */
    public record StoredProduct(long id, String url, ProductForm product) {
        static StoredProduct of(Product product, Map<Long, StockLevel> stock) {
            return new StoredProduct(product.getId(), product.path(), ProductForm.of(product, stock));
        }
    }

    @Inject
    CatalogEditor editor;

    private StoredProduct stored(Product product) {
        return StoredProduct.of(product, editor.stockOf(List.of(product)));
    }

    /** All products of one of the caller's businesses, newest first. */
    @GET
    public List<StoredProduct> list(@QueryParam("business") @NotNull Long businessId) {
        List<Product> products = editor.ofBusiness(businessId);
        Map<Long, StockLevel> stock = editor.stockOf(products);
        return products.stream().map(p -> StoredProduct.of(p, stock)).toList();
    }

    @GET
    @Path("{id}")
    public StoredProduct one(@PathParam("id") long id) {
        return stored(editor.managed(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ProductForm form) {
        Product product = editor.create(form);
        return Response.created(URI.create("/api/shop/backoffice/products/" + product.getId()))
                .entity(stored(product))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StoredProduct update(@PathParam("id") long id, @Valid @NotNull ProductForm form) {
        return stored(editor.update(id, form));
    }

    @POST
    @Path("{id}/copy")
    public Response copy(@PathParam("id") long id) {
        Product copy = editor.copy(id);
        return Response.created(URI.create("/api/shop/backoffice/products/" + copy.getId()))
                .entity(stored(copy))
                .build();
    }

    /** Adds an image (the body, JPEG or PNG) after the product's others; the first image is the main one. */
    @POST
    @Path("{id}/images")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Response addImage(
            @PathParam("id") long id, java.io.InputStream image, @QueryParam("filename") String fileName) {
        var stored = editor.addImage(id, image, fileName);
        return Response.created(URI.create(stored.mediumUrl())).entity(stored).build();
    }

    @DELETE
    @Path("{id}/images/{mediaId}")
    public void removeImage(@PathParam("id") long id, @PathParam("mediaId") long mediaId) {
        editor.removeImage(id, mediaId);
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        editor.delete(id);
    }
}
