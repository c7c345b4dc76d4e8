package org.impuls.core.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.impuls.core.api.Caller;
import org.impuls.core.api.MediaStore;

/** {@code POST /api/core/media?filename=…} with the image as body: stores it, answers its URLs. */
@Path("core/media")
@RolesAllowed("CUSTOMER")
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

    @Inject
    MediaStore media;

    @Inject
    Caller caller;

    @POST
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(InputStream body, @QueryParam("filename") String fileName) {
        MediaStore.StoredImage image =
                media.store(body, fileName, caller.accountId().orElseThrow());
        return Response.created(URI.create(image.originalUrl())).entity(image).build();
    }
}
