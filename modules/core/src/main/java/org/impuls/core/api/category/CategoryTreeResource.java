package org.impuls.core.api.category;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The REST API of a category tree, the same for every module: {@code GET} the tree for everyone; {@code POST},
 * {@code PUT {slug}} (new names), {@code PUT {slug}/parent} (move) and {@code DELETE {slug}} for operators. A module
 * extends it with its {@code @Path} (e.g. {@code shop/categories}) and its tree.
 */
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public abstract class CategoryTreeResource {

    /** A new category (under {@code parent}, or top-level when it is empty) or new names. */
    public record CategoryChange(String parent, String nameDe, String nameEn) {
        @JsonbCreator
        public CategoryChange(
                @JsonbProperty("parent") String parent,
                @JsonbProperty("nameDe") String nameDe,
                @JsonbProperty("nameEn") String nameEn) {
            this.parent = parent;
            this.nameDe = nameDe;
            this.nameEn = nameEn;
        }
    }

    /** The new parent's slug; empty or null moves the category to the top. */
    public record CategoryMove(String parent) {
        @JsonbCreator
        public CategoryMove(@JsonbProperty("parent") String parent) {
            this.parent = parent;
        }
    }

    /** The module's tree (an injected bean). */
    protected abstract CategoryTree<?> tree();

    @GET
    public List<CategoryNode> all() {
        return CategoryNode.tree(tree().all());
    }

    @POST
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull CategoryChange change, @Context UriInfo uri) {
        TreeCategory<?> added = tree().add(change.parent(), change.nameDe(), change.nameEn());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(added.getSlug()).build())
                .entity(CategoryNode.of(added, List.of()))
                .build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryNode rename(@PathParam("slug") String slug, @NotNull CategoryChange change) {
        tree().rename(slug, change.nameDe(), change.nameEn());
        return node(slug);
    }

    @PUT
    @Path("{slug}/parent")
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryNode move(@PathParam("slug") String slug, @NotNull CategoryMove move) {
        tree().move(slug, move.parent());
        return node(slug);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed("OPERATOR")
    public void remove(@PathParam("slug") String slug) {
        tree().remove(slug);
    }

    /** The category as it is now, with its sub-categories. */
    private CategoryNode node(String slug) {
        List<? extends TreeCategory<?>> all = tree().all();
        return all.stream()
                .filter(c -> c.getSlug().equals(slug))
                .map(c -> CategoryNode.of(c, all))
                .findFirst()
                .orElseThrow();
    }
}
