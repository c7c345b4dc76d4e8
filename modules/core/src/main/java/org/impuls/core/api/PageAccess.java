package org.impuls.core.api;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.impuls.core.api.error.DomainException;
import org.impuls.core.api.error.RefusalStatus;

/**
 * Loads what a JSF page shows with the same checks as the REST API, answering the page with the
 * refusal's status page (403, 404, 409) instead: never a stack trace, never somebody else's data.
 */
public final class PageAccess {

    private PageAccess() {}

    /** What the loader finds, or null after answering the page with the loader's refusal. */
    public static <T> T loadOrRefuse(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (DomainException refused) {
            try {
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().responseSendError(RefusalStatus.of(refused), refused.getMessage());
                faces.responseComplete();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
