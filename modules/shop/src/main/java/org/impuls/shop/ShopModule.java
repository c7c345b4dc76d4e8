package org.impuls.shop;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.impuls.core.api.Plugin;

/** The shop as a built-in module: always installed and enabled, after the directory whose businesses sell. */
@ApplicationScoped
public class ShopModule implements Plugin {

    public static final String ID = "shop";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Marktplatz";
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
    public List<String> dependencies() {
        return List.of("directory");
    }

    @Override
    public boolean alwaysOn() {
        return true;
    }
}
