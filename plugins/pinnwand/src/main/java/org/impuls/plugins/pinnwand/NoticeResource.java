package org.impuls.plugins.pinnwand;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** {@code /api/pinnwand/notices}: read the board; operators post to it. */
@Path("pinnwand/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll // public unless a method says otherwise
public class NoticeResource {

    /** A notice as the API shows it. */
    public record NoticeView(long id, String text, String author, Instant postedAt) {
        static NoticeView of(Notice notice) {
            return new NoticeView(notice.getId(), notice.getText(), notice.getAuthor(), notice.getPostedAt());
        }
    }

    /** A new notice. */
    public record NewNotice(String text) {
        @JsonbCreator
        public NewNotice(@JsonbProperty("text") String text) {
            this.text = text;
        }
    }

    @Inject
    Notices notices;

    @GET
    public List<NoticeView> newest() {
        return notices.newest().stream().map(NoticeView::of).toList();
    }

    @POST
    @RolesAllowed("OPERATOR")
    public Response post(NewNotice body) {
        Notice notice = notices.post(body == null ? null : body.text(), "Betreiber");
        return Response.status(Response.Status.CREATED)
                .entity(NoticeView.of(notice))
                .build();
    }
}
