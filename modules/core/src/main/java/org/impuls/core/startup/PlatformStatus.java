package org.impuls.core.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up has finished; read by the readiness check. */
@ApplicationScoped
public class PlatformStatus {

    private volatile boolean started;

    void markStarted() {
        started = true;
    }

    public boolean isStarted() {
        return started;
    }
}
