package org.impuls.plugins.pinnwand;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.Plugin;
import org.impuls.core.api.PluginSetting;

/** The plugin's declaration: everything in this package and below belongs to it. */
@ApplicationScoped
public class PinnwandPlugin implements Plugin {

    static final String ID = "pinnwand";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Pinnwand";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String requiredCoreVersion() {
        return "0.1";
    }

    @Override
    public List<PluginSetting> settings() {
        return List.of(
                new PluginSetting("title", PluginSetting.Type.TEXT, "Pinnwand", "pinnwand.setting.title"),
                new PluginSetting("maxNotices", PluginSetting.Type.INTEGER, "5", "pinnwand.setting.maxNotices"),
                new PluginSetting("welcomeNewMembers", PluginSetting.Type.BOOLEAN, "true", "pinnwand.setting.welcome"));
    }
}
