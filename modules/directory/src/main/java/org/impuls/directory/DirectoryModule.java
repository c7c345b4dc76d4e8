package org.impuls.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.Plugin;
import org.impuls.core.api.PluginSetting;

/** The directory as a built-in module: always installed and enabled, migrations under db/migration/directory. */
@ApplicationScoped
public class DirectoryModule implements Plugin {

    public static final String ID = "directory";
    public static final String REGION_POSTAL_CODES = "regionPostalCodes";
    public static final String MAX_EMPLOYEES = "maxEmployees";
    public static final String MAX_BRANCHES = "maxBranches";
    public static final String MAP_TILE_URL = "mapTileUrl";
    public static final String MAP_ATTRIBUTION = "mapAttribution";

    /** The city of Kaiserslautern and the surrounding district (Landkreis Kaiserslautern). */
    static final String KAISERSLAUTERN_REGION =
            "66849-66851, 66862, 66869, 66871, 66877, 66879, 67655-67663, 67677-67681, "
                    + "67685-67688, 67691, 67693, 67697-67701, 67705-67707, 67714-67715, 67731-67735";

    @Override
    public String id() {
        return ID;
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

    /** Admission rules and the map; read through {@link org.impuls.core.api.Settings}. */
    @Override
    public List<PluginSetting> settings() {
        return List.of(
                new PluginSetting(
                        REGION_POSTAL_CODES,
                        PluginSetting.Type.TEXT,
                        KAISERSLAUTERN_REGION,
                        "directory.setting.region"),
                new PluginSetting(MAX_EMPLOYEES, PluginSetting.Type.INTEGER, "49", "directory.setting.maxEmployees"),
                new PluginSetting(MAX_BRANCHES, PluginSetting.Type.INTEGER, "3", "directory.setting.maxBranches"),
                new PluginSetting(
                        MAP_TILE_URL,
                        PluginSetting.Type.TEXT,
                        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                        "directory.setting.tileUrl"),
                new PluginSetting(
                        MAP_ATTRIBUTION,
                        PluginSetting.Type.TEXT,
                        "© OpenStreetMap contributors",
                        "directory.setting.attribution"));
    }
}
