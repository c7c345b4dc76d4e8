package org.impuls.core.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;

/** Backs {@code /admin/core/audit.xhtml}: the audit log, newest first. */
@Named
@ViewScoped
public class AuditLogAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog log;

    private int page = 1;

    public ResultPage<AuditEvent> getEvents() {
        return log.newestFirst(new PageRequest(page, 50));
    }

    public void next() {
        page++;
    }

    public void previous() {
        page = Math.max(1, page - 1);
    }

    public int getPage() {
        return page;
    }
}
