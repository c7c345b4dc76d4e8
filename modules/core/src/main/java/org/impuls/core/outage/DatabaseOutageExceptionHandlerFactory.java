package org.impuls.core.outage;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * Lets a page request that failed for want of its database leave Faces as an exception, so that {@link
 * DatabaseOutageFilter} answers 503 with the "temporarily unavailable" page; PrimeFaces' handler, which it
 * wraps, would otherwise redirect to the 500 page. AJAX requests stay with PrimeFaces (its error message).
 */
public class DatabaseOutageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DatabaseOutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
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
            if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
                for (Iterator<ExceptionQueuedEvent> events =
                                getUnhandledExceptionQueuedEvents().iterator();
                        events.hasNext(); ) {
                    Throwable failure = events.next().getContext().getException();
                    if (DatabaseOutage.causes(failure)) {
                        events.remove();
                        throw new FacesException(failure);
                    }
                }
            }
            getWrapped().handle();
        }
    }
}
