package org.impuls.plugins.stolperstein;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.impuls.core.api.PluginSetting;
import org.impuls.core.api.Settings;

/** Needs the Pinnwand; throws when enabled if the operator set {@code failOnEnable}. */
@ApplicationScoped
public class StolpersteinPlugin implements org.impuls.core.api.Plugin {

    static final String ID = "stolperstein";

    @Inject
    Settings settings;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Stolperstein";
    }

    @Override
    public String version() {
        return "0.9.0";
    }

    @Override
    public String requiredCoreVersion() {
        return "0.1";
    }

    @Override
    public List<String> dependencies() {
        return List.of("pinnwand");
    }

    @Override
    public List<PluginSetting> settings() {
        return List.of(new PluginSetting(
                "failOnEnable", PluginSetting.Type.BOOLEAN, "false", "stolperstein.setting.failOnEnable"));
    }

    @Override
    public void enabled() {
        if (settings.flag(ID, "failOnEnable")) {
            throw new IllegalStateException("Stolperstein scheitert beim Start, wie bestellt");
        }
    }
}
