package org.impuls.core.plugin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.Plugin;
import org.impuls.core.api.PluginSetting;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.i18n.Messages;

/** Backs {@code /admin/core/plugins.xhtml}: states, errors, lifecycle buttons and generated settings forms. */
@Named
@ViewScoped
public class PluginsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the table. */
    public record Row(
            String id,
            String name,
            String version,
            String installedVersion,
            PluginStatus status,
            boolean alwaysOn,
            String error,
            List<PluginSetting> settings) {}

    @Inject
    transient PluginRegistry registry;

    @Inject
    transient PluginLifecycle lifecycle;

    @Inject
    transient SettingStore settingStore;

    @Inject
    transient Messages messages;

    private final Map<String, String> edited = new HashMap<>();
    private boolean keepData = true;

    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (Plugin plugin : registry.all()) {
            var state = registry.state(plugin.id());
            rows.add(new Row(
                    plugin.id(),
                    plugin.name(),
                    plugin.version(),
                    state.map(PluginState::getInstalledVersion).orElse(null),
                    registry.status(plugin.id()),
                    plugin.alwaysOn(),
                    state.map(PluginState::getError).orElse(null),
                    plugin.settings()));
        }
        return rows;
    }

    public void install(String id) {
        run(() -> lifecycle.install(id));
    }

    public void enable(String id) {
        run(() -> lifecycle.enable(id));
    }

    public void disable(String id) {
        run(() -> lifecycle.disable(id));
    }

    public void uninstall(String id) {
        run(() -> lifecycle.uninstall(id, keepData));
    }

    /** The field's value: what the operator typed, else the stored value. */
    public String value(String pluginId, String key) {
        return edited.computeIfAbsent(pluginId + "." + key, k -> settingStore.text(pluginId, key));
    }

    public Map<String, String> getEdited() {
        return edited;
    }

    public void saveSettings(String pluginId) {
        try {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (PluginSetting setting : registry.byId(pluginId).orElseThrow().settings()) {
                String value = edited.get(pluginId + "." + setting.key());
                if (value != null) {
                    values.put(setting.key(), value);
                }
            }
            settingStore.change(pluginId, values);
            message(FacesMessage.SEVERITY_INFO, messages.get("core.admin.plugins.saved"));
        } catch (InvalidInputException refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
        }
    }

    private void run(Runnable change) {
        try {
            change.run();
            message(FacesMessage.SEVERITY_INFO, messages.get("core.admin.plugins.done"));
        } catch (PluginRefusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.getMessage());
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
    }

    public boolean isKeepData() {
        return keepData;
    }

    public void setKeepData(boolean keepData) {
        this.keepData = keepData;
    }
}
