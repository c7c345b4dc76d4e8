package org.impuls.core.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The persisted lifecycle state of one installed plugin; no row means "discovered only". */
@Entity
@Table(name = "plugin_state")
public class PluginState {

    @Id
    @Column(name = "plugin_id")
    private String pluginId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PluginStatus state;

    @Column(name = "installed_version", nullable = false)
    private String installedVersion;

    private String error;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected PluginState() {}

    PluginState(String pluginId, String version, Instant now) {
        this.pluginId = pluginId;
        this.installedVersion = version;
        this.state = PluginStatus.INSTALLED;
        this.changedAt = now;
    }

    void moveTo(PluginStatus newState, Instant now) {
        state = newState;
        error = null;
        changedAt = now;
    }

    void fail(String reason, Instant now) {
        state = PluginStatus.FAILED;
        error = reason == null ? "unknown error" : reason.substring(0, Math.min(reason.length(), 2000));
        changedAt = now;
    }

    void upgradedTo(String version) {
        installedVersion = version;
    }

    public String getPluginId() {
        return pluginId;
    }

    public PluginStatus getState() {
        return state;
    }

    public String getInstalledVersion() {
        return installedVersion;
    }

    public String getError() {
        return error;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
