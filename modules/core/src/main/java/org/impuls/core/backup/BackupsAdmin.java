package org.impuls.core.backup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /admin/core/backups.xhtml}: the last backups and their state. */
@Named
@RequestScoped
public class BackupsAdmin {

    @Inject
    BackupFolder folder;

    public List<BackupEntry> getBackups() {
        return folder.newestFirst();
    }
}
