package org.impuls.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.Plugin;
import org.impuls.core.api.PluginSetting;
import org.impuls.core.api.Settings;
import org.impuls.core.api.error.InvalidInputException;

/** Typed settings of plugins and modules: stored values, else the declared defaults. */
@ApplicationScoped
public class SettingStore implements Settings {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    PluginRegistry registry;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public String text(String pluginId, String key) {
        return value(pluginId, key);
    }

    @Override
    public int integer(String pluginId, String key) {
        return Integer.parseInt(value(pluginId, key).strip());
    }

    @Override
    public boolean flag(String pluginId, String key) {
        return Boolean.parseBoolean(value(pluginId, key));
    }

    /** Every setting of a plugin with its current value, in declaration order. */
    public Map<PluginSetting, String> current(String pluginId) {
        Map<PluginSetting, String> values = new LinkedHashMap<>();
        for (PluginSetting setting : declared(pluginId)) {
            values.put(setting, value(pluginId, setting.key()));
        }
        return values;
    }

    /** Changes several settings at once: all are checked first, so one bad value changes nothing. */
    @Transactional
    public void change(String pluginId, Map<String, String> values) {
        Map<String, String> checked = new LinkedHashMap<>();
        values.forEach((key, value) -> checked.put(key, checked(pluginId, key, value)));
        checked.forEach((key, value) -> store(pluginId, key, value));
    }

    private String checked(String pluginId, String key, String value) {
        PluginSetting setting = declared(pluginId).stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(key, pluginId + " has no setting '" + key + "'"));
        String normalised = value == null ? "" : value.strip();
        if (!setting.accepts(normalised)) {
            throw new InvalidInputException(
                    key,
                    "'" + value + "' is not a valid " + setting.type().name().toLowerCase() + " value");
        }
        return normalised;
    }

    private void store(String pluginId, String key, String normalised) {
        em.createNativeQuery("""
                insert into plugin_setting (plugin_id, key, value, changed_at) values (?1, ?2, ?3, ?4)
                on conflict (plugin_id, key) do update set value = excluded.value, changed_at = excluded.changed_at""")
                .setParameter(1, pluginId)
                .setParameter(2, key)
                .setParameter(3, normalised)
                .setParameter(4, Timestamp.from(clock.instant()))
                .executeUpdate();
        audit.record("setting.changed", pluginId + "." + key, normalised);
    }

    private String value(String pluginId, String key) {
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select value from plugin_setting where plugin_id = ?1 and key = ?2")
                .setParameter(1, pluginId)
                .setParameter(2, key)
                .getResultList();
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        return declared(pluginId).stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .map(PluginSetting::defaultValue)
                .orElseThrow(() -> new IllegalArgumentException(pluginId + " declares no setting '" + key + "'"));
    }

    private List<PluginSetting> declared(String pluginId) {
        return registry.byId(pluginId)
                .map(Plugin::settings)
                .orElseThrow(() -> new InvalidInputException("pluginId", "there is no plugin '" + pluginId + "'"));
    }
}
