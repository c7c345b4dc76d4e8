package org.impuls.directory.backoffice;

import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Loads what a page shows, answering the page with the refusal's status (403, 404) instead of a stack trace. */
final class PageAccess {

    private PageAccess() {
    }

    static <T> T loadOrRefuse(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (WebApplicationException refused) {
            try {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(refused.getResponse().getStatus(), refused.getMessage());
                faces.responseComplete();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
