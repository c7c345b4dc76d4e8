package org.impuls.core.refusal;

import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.ForbiddenException;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;
import org.impuls.core.api.error.RefusalStatus;
import org.impuls.core.i18n.PageFeedback;

/**
 * What a page shows for a refusal: not found and forbidden answer with the 404 and 403 pages (web.xml's error
 * pages); invalid input and conflicts re-render the page with the message next to the field it names, or at
 * its top. A refusal while the page is already being rendered can no longer become a message: it answers
 * with its status instead.
 */
final class PageRefusal {

    private static final System.Logger LOG = System.getLogger(PageRefusal.class.getName());

    /** A field path that can be a component id: {@code email}, not {@code variants[2].sku}. */
    private static final String COMPONENT_ID = "[A-Za-z_][A-Za-z0-9_-]*";

    private PageRefusal() {}

    /** Whether the refusal is answered; if not (an AJAX request for an error page, a response already sent), PrimeFaces' handler shows its error. */
    static boolean answer(FacesContext context, DomainException refusal) {
        boolean errorPage = refusal instanceof NotFoundException
                || refusal instanceof ForbiddenException
                || context.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        if (!errorPage) {
            PageFeedback.show(clientIdOf(context, refusal), refusal.getMessage());
            context.renderResponse();
            return true;
        }
        ExternalContext external = context.getExternalContext();
        if (context.getPartialViewContext().isAjaxRequest() || external.isResponseCommitted()) {
            return false;
        }
        LOG.log(Level.DEBUG, () -> "page " + external.getRequestServletPath() + " refused: " + refusal);
        try {
            external.responseSendError(RefusalStatus.of(refusal), refusal.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return true;
    }

    /** The client id of the rendered input whose id is the refusal's field, or null for the top of the page. */
    private static String clientIdOf(FacesContext context, DomainException refusal) {
        if (!(refusal instanceof InvalidInputException invalid) || context.getViewRoot() == null) {
            return null;
        }
        String field =
                invalid.field().filter(path -> path.matches(COMPONENT_ID)).orElse(null);
        if (field == null) {
            return null;
        }
        AtomicReference<String> clientId = new AtomicReference<>();
        context.getViewRoot()
                .visitTree(
                        VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                        (visit, component) -> {
                            if (component instanceof UIInput && field.equals(component.getId())) {
                                clientId.set(component.getClientId(visit.getFacesContext()));
                                return VisitResult.COMPLETE;
                            }
                            return VisitResult.ACCEPT;
                        });
        return clientId.get();
    }
}
