package org.impuls.shop.category;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.impuls.shop.catalog.ShopCategory;

/** The product category tree: {@code GET /api/shop/categories} for everyone; changes for operators. */
@Path("shop/categories")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public class ShopCategoryResource {

    /** A category as the API shows it, with its sub-categories (none below the second level). */
    public record CategoryNode(String slug, String nameDe, String nameEn, List<CategoryNode> children) {

        static CategoryNode of(ShopCategory category, List<ShopCategory> all) {
            List<CategoryNode> children = all.stream()
                    .filter(c -> c.getParent() != null && c.getParent().getSlug().equals(category.getSlug()))
                    .map(c -> of(c, all)).toList();
            return new CategoryNode(category.getSlug(), category.getNameDe(), category.getNameEn(), children);
        }
    }

    /** A new category (under {@code parent}, or top-level when it is empty) or new names. */
    public record CategoryChange(String parent, String nameDe, String nameEn) {
        @JsonbCreator
        public CategoryChange(@JsonbProperty("parent") String parent, @JsonbProperty("nameDe") String nameDe,
                              @JsonbProperty("nameEn") String nameEn) {
            this.parent = parent;
            this.nameDe = nameDe;
            this.nameEn = nameEn;
        }
    }

    @Inject
    ShopCategoryTree tree;

    @GET
    public List<CategoryNode> all() {
        List<ShopCategory> all = tree.all();
        return all.stream().filter(c -> c.getParent() == null).map(c -> CategoryNode.of(c, all)).toList();
    }

    @POST
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull CategoryChange change) {
        ShopCategory added = tree.add(change.parent(), change.nameDe(), change.nameEn());
        return Response.created(URI.create("/api/shop/categories/" + added.getSlug())).entity(CategoryNode.of(added, List.of())).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryNode rename(@PathParam("slug") String slug, @NotNull CategoryChange change) {
        tree.rename(slug, change.nameDe(), change.nameEn());
        List<ShopCategory> all = tree.all();
        return all.stream().filter(c -> c.getSlug().equals(slug)).map(c -> CategoryNode.of(c, all)).findFirst().orElseThrow();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed("OPERATOR")
    public void remove(@PathParam("slug") String slug) {
        tree.remove(slug);
    }
}
