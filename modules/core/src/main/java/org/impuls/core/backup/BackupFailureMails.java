package org.impuls.core.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.impuls.core.api.PortalLinks;
import org.impuls.core.api.StaffDirectory;
import org.impuls.core.api.mail.Mail;
import org.impuls.core.api.mail.Outbox;

/** Tells every operator about one failed backup, once per cluster: the notice's row and the mails commit together. */
@ApplicationScoped
public class BackupFailureMails {

    static final String PAGE = "/admin/core/backups.xhtml";

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    Outbox outbox;

    @Inject
    PortalLinks links;

    /** Mails nothing when this backup was reported already (by this node before a restart, or by another node). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean report(BackupEntry failed) {
        int inserted = em.createNativeQuery(
                        "insert into backup_failure_notice (backup) values (?1) on conflict do nothing")
                .setParameter(1, failed.name())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        String link = links.absolute(PAGE);
        for (StaffDirectory.Contact operator : staff.operators()) {
            outbox.queue(Mail.to(operator.email())
                    .template("core", "backup-failed")
                    .language(operator.language())
                    .model("name", operator.displayName())
                    .model("time", failed.name())
                    .model("reason", failed.reason().orElse(""))
                    .model("link", link));
        }
        return true;
    }
}
