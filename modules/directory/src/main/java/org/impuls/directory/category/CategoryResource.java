package org.impuls.directory.category;

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
import org.impuls.directory.business.Category;

/** The category tree: {@code GET /api/directory/categories} for everyone; changes for operators. */
@Path("directory/categories")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public class CategoryResource {

    /** A category as the API shows it; {@code parent} is null for top-level ones. */
    public record CategoryView(String slug, String parent, String nameDe, String nameEn) {

        static CategoryView of(Category category) {
            return new CategoryView(category.getSlug(), category.getParent() == null ? null : category.getParent().getSlug(),
                    category.getNameDe(), category.getNameEn());
        }
    }

    /** A new category or new names. */
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
    CategoryTree tree;

    @GET
    public List<CategoryView> all() {
        return tree.all().stream().map(CategoryView::of).toList();
    }

    @POST
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@NotNull CategoryChange change) {
        Category added = tree.add(change.parent(), change.nameDe(), change.nameEn());
        return Response.created(URI.create("/api/directory/categories/" + added.getSlug())).entity(CategoryView.of(added)).build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryView rename(@PathParam("slug") String slug, @NotNull CategoryChange change) {
        return CategoryView.of(tree.rename(slug, change.nameDe(), change.nameEn()));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed("OPERATOR")
    public void remove(@PathParam("slug") String slug) {
        tree.remove(slug);
    }
}
