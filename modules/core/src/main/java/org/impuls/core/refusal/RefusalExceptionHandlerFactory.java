package org.impuls.core.refusal;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.RefusalStatus;

/**
 * Answers the refusals that page beans leave unhandled (see {@link PageRefusal}) before PrimeFaces' handler,
 * which it wraps, would redirect to the 500 page. A bean that catches a refusal itself, e.g. to show a
 * text of its own, still may.
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null) {
                for (Iterator<ExceptionQueuedEvent> events =
                                getUnhandledExceptionQueuedEvents().iterator();
                        events.hasNext(); ) {
                    Optional<DomainException> refusal =
                            RefusalStatus.among(events.next().getContext().getException());
                    if (refusal.isPresent() && PageRefusal.answer(context, refusal.get())) {
                        events.remove();
                    }
                }
            }
            getWrapped().handle();
        }
    }
}
