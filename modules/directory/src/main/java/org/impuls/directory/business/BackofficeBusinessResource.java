package org.impuls.directory.business;

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
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.core.api.MediaStore;

/**
 * The back office's API for a business's staff (and operators): read and change the whole profile,
 * its logo and photos. {@code /api/directory/backoffice/businesses}.
 */
@Path("directory/backoffice/businesses")
@RolesAllowed({"MERCHANT", "OPERATOR"})
@Produces(MediaType.APPLICATION_JSON)
public class BackofficeBusinessResource {

    /** The name and address the public sees; while a change waits for review, {@code profile} holds the proposal. */
    public record Approved(String name, String street, String postalCode, String city) {}

    /**
     * Everything staff see of their business: the form's fields plus what only the portal sets. The kind is
     * the operator's: a PUT with another kind is refused (422) unless an operator sends it.
     */
    public record StaffView(
            long id,
            String slug,
            String status,
            String statusReason,
            List<String> admissionFlags,
            boolean freeOfCharge,
            String publicPath,
            String logoUrl,
            List<String> photoUrls,
            boolean changeWaitingForReview,
            Approved approved,
            BusinessForm profile) {

        static StaffView of(Business business) {
            return new StaffView(
                    business.getId(),
                    business.getSlug(),
                    business.getStatus().name(),
                    business.getStatusReason(),
                    business.getAdmissionFlags(),
                    business.isFreeOfCharge(),
                    business.path(),
                    business.getLogoMediaId() == null ? null : BusinessPhotos.mediumUrl(business.getLogoMediaId()),
                    BusinessPhotos.photoUrls(business),
                    business.hasPendingChange(),
                    new Approved(
                            business.getName(), business.getStreet(), business.getPostalCode(), business.getCity()),
                    BusinessForm.of(business));
        }
    }

    @Inject
    BusinessAccess access;

    @Inject
    BusinessEditor editor;

    @Inject
    BusinessPhotos photos;

    @Inject
    Caller caller;

    /** The caller's own businesses (operators: theirs too, not everyone's — they use the admin queue). */
    @GET
    public List<StaffView> mine() {
        return access.mine().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("{id}")
    public StaffView one(@PathParam("id") long id) {
        return StaffView.of(access.editable(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffView update(@PathParam("id") long id, @Valid @NotNull BusinessForm form) {
        return StaffView.of(editor.update(id, form));
    }

    @PUT
    @Path("{id}/logo")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public MediaStore.StoredImage logo(
            @PathParam("id") long id, InputStream image, @QueryParam("filename") String fileName) {
        return photos.replaceLogo(id, image, fileName, caller.accountId().orElseThrow());
    }

    @DELETE
    @Path("{id}/logo")
    public void removeLogo(@PathParam("id") long id) {
        photos.removeLogo(id);
    }

    @POST
    @Path("{id}/photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Response addPhoto(@PathParam("id") long id, InputStream image, @QueryParam("filename") String fileName) {
        MediaStore.StoredImage stored =
                photos.addPhoto(id, image, fileName, caller.accountId().orElseThrow());
        return Response.created(URI.create(stored.mediumUrl())).entity(stored).build();
    }

    @DELETE
    @Path("{id}/photos/{mediaId}")
    public void removePhoto(@PathParam("id") long id, @PathParam("mediaId") long mediaId) {
        photos.removePhoto(id, mediaId);
    }
}
