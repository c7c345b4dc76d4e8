package org.impuls.directory.admission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.impuls.core.api.Caller;
import org.impuls.directory.business.Business;
import org.impuls.directory.business.BusinessAccess;

/**
 * Applications: anyone logged in applies ({@code POST /api/directory/applications}); operators list
 * the queue and decide; the applicant reads the state and answers questions.
 */
@Path("directory/applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    /** The operator's decision. */
    public record DecisionRequest(@NotNull Decision decision, String reason) {
        @JsonbCreator
        public DecisionRequest(
                @JsonbProperty("decision") @NotNull Decision decision, @JsonbProperty("reason") String reason) {
            this.decision = decision;
            this.reason = reason;
        }
    }

    /** The applicant's answer to a request for information. */
    public record AnswerRequest(String message) {
        @JsonbCreator
        public AnswerRequest(@JsonbProperty("message") String message) {
            this.message = message;
        }
    }

    /** One step of the history; the acting person is shown to operators only. */
    public record Step(String at, String action, String note, String actor) {}

    /** An application as the operator and the applicant see it. */
    public record ApplicationView(
            long id,
            String name,
            String kind,
            String status,
            String statusReason,
            List<String> flags,
            int employees,
            int branches,
            String headOfficePostalCode,
            boolean freeOfCharge,
            String submittedAt,
            List<Step> history) {}

    @Inject
    Admission admission;

    @Inject
    BusinessAccess access;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed("CUSTOMER")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@Valid @NotNull ApplicationForm form) {
        Business business = admission.apply(form, caller.accountId().orElseThrow());
        return Response.created(URI.create("/api/directory/applications/" + business.getId()))
                .entity(view(business))
                .build();
    }

    @GET
    @RolesAllowed("OPERATOR")
    public List<ApplicationView> queue() {
        return admission.queue().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed("CUSTOMER")
    public ApplicationView one(@PathParam("id") long id) {
        return view(access.application(id));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed("OPERATOR")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView decide(@PathParam("id") long id, @Valid @NotNull DecisionRequest request) {
        return view(admission.decide(id, request.decision(), request.reason()));
    }

    @POST
    @Path("{id}/answer")
    @RolesAllowed("CUSTOMER")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationView answer(@PathParam("id") long id, @NotNull AnswerRequest request) {
        return view(admission.answer(id, request.message()));
    }

    private ApplicationView view(Business business) {
        boolean operator = caller.isOperator();
        List<Step> history = admission.history(business.getId()).stream()
                .map(e -> new Step(
                        e.getOccurredAt().toString(),
                        e.getAction().name(),
                        e.getNote(),
                        operator ? e.getActor() : null))
                .toList();
        return new ApplicationView(
                business.getId(),
                business.getName(),
                business.getKind().name(),
                business.getStatus().name(),
                business.getStatusReason(),
                business.getAdmissionFlags(),
                business.getEmployeeCount(),
                business.getBranchCount(),
                business.getHeadOfficePostalCode(),
                business.isFreeOfCharge(),
                business.getCreatedAt().toString(),
                history);
    }
}
