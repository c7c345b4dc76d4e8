package org.impuls.directory;

import jakarta.enterprise.context.ApplicationScoped;
import org.impuls.core.api.Plugin;

/** The directory as a built-in module: always installed and enabled, migrations under db/migration/directory. */
@ApplicationScoped
public class DirectoryModule implements Plugin {

    @Override
    public String id() {
        return "directory";
    }

    @Override
    public String name() {
        return "Verzeichnis";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String requiredCoreVersion() {
        return "0.1";
    }

    @Override
    public boolean alwaysOn() {
        return true;
    }
}
