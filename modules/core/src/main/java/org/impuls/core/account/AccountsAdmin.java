package org.impuls.core.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.impuls.core.api.PageRequest;
import org.impuls.core.api.ResultPage;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.Messages;

/** Backs {@code /admin/core/accounts.xhtml}: find accounts, lock them with a reason, unlock them. */
@Named
@ViewScoped
public class AccountsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;

    @Inject
    transient AccountAdministration administration;

    @Inject
    transient Messages messages;

    private String query;
    private int page = 1;
    private Long selectedId;
    private String reason;

    public ResultPage<Account> getResults() {
        return accounts.search(query, new PageRequest(page, 25));
    }

    public void search() {
        page = 1;
    }

    public void select(long accountId) {
        selectedId = accountId;
        reason = null;
    }

    public void lock() {
        try {
            administration.lock(selectedId, reason);
            FormMessages.info(messages.get("core.admin.accounts.locked"));
            selectedId = null;
        } catch (InvalidInputException refusal) {
            FormMessages.show(refusal, "lock", messages);
        }
    }

    public void unlock(long accountId) {
        administration.unlock(accountId);
        FormMessages.info(messages.get("core.admin.accounts.unlocked"));
    }

    public void next() {
        page++;
    }

    public void previous() {
        page = Math.max(1, page - 1);
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public int getPage() {
        return page;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
