package org.impuls.core.startup;

import jakarta.enterprise.context.ApplicationScoped;
import org.impuls.core.api.DatabaseSchema;

/** The core's own migrations under {@code db/migration/core}. */
@ApplicationScoped
public class CoreSchema implements DatabaseSchema {

    @Override
    public String name() {
        return "core";
    }

    @Override
    public int order() {
        return 0;
    }
}
