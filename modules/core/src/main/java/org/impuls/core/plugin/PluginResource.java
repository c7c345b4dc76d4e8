package org.impuls.core.plugin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.impuls.core.api.Plugin;
import org.impuls.core.api.error.InvalidInputException;
import org.impuls.core.api.error.NotFoundException;

/**
 * {@code GET /api/platform/plugins}: the plugins of this installation and their states (errors only
 * for operators); {@code PUT /api/platform/plugins/{id}} changes a state (operators only).
 */
@Path("platform/plugins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll // what is installed is public (failures only for operators, see view); changes say otherwise
public class PluginResource {

    /** A plugin as the API shows it. */
    public record PluginView(
            String id,
            String name,
            String version,
            String installedVersion,
            String state,
            boolean alwaysOn,
            List<String> dependencies,
            String error) {}

    /** The state to move to: DISCOVERED (uninstall), INSTALLED (install or disable) or ENABLED. */
    public record StateChange(String state, Boolean keepData) {
        @JsonbCreator
        public StateChange(@JsonbProperty("state") String state, @JsonbProperty("keepData") Boolean keepData) {
            this.state = state;
            this.keepData = keepData;
        }
    }

    @Inject
    PluginRegistry registry;

    @Inject
    PluginLifecycle lifecycle;

    @Inject
    SettingStore settings;

    @Context
    SecurityContext security;

    @GET
    public List<PluginView> list() {
        List<PluginView> views = new ArrayList<>();
        registry.all().forEach(plugin -> views.add(view(plugin)));
        registry.missing()
                .forEach(state -> views.add(new PluginView(
                        state.getPluginId(),
                        state.getPluginId(),
                        null,
                        state.getInstalledVersion(),
                        PluginStatus.MISSING.name(),
                        false,
                        List.of(),
                        null)));
        return views;
    }

    @GET
    @Path("{id}")
    public PluginView one(@PathParam("id") String id) {
        return view(known(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("OPERATOR")
    public PluginView change(@PathParam("id") String id, StateChange body) {
        Plugin plugin = known(id);
        String target =
                body == null || body.state() == null ? "" : body.state().strip().toUpperCase();
        PluginStatus now = registry.status(id);
        switch (target) {
            case "ENABLED" -> {
                if (now == PluginStatus.DISCOVERED) {
                    lifecycle.install(id);
                }
                lifecycle.enable(id);
            }
            case "INSTALLED", "DISABLED" -> {
                if (now == PluginStatus.DISCOVERED) {
                    lifecycle.install(id);
                } else if (now == PluginStatus.ENABLED || now == PluginStatus.FAILED) {
                    lifecycle.disable(id);
                }
            }
            case "DISCOVERED", "UNINSTALLED" -> lifecycle.uninstall(id, body.keepData() == null || body.keepData());
            default ->
                throw new InvalidInputException(
                        "state", "state must be ENABLED, INSTALLED (= disabled) or DISCOVERED (= uninstalled)");
        }
        return view(plugin);
    }

    @GET
    @Path("{id}/settings")
    @RolesAllowed("OPERATOR")
    public Map<String, String> settings(@PathParam("id") String id) {
        known(id);
        return settings.current(id).entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().key(), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @PUT
    @Path("{id}/settings")
    @RolesAllowed("OPERATOR")
    public Map<String, String> changeSettings(@PathParam("id") String id, Map<String, String> values) {
        known(id);
        if (values == null) {
            throw new InvalidInputException("body", "send the settings to change as a JSON object");
        }
        settings.change(id, values);
        return settings(id);
    }

    private PluginView view(Plugin plugin) {
        var state = registry.state(plugin.id());
        boolean operator = security.isUserInRole("OPERATOR");
        return new PluginView(
                plugin.id(),
                plugin.name(),
                plugin.version(),
                state.map(PluginState::getInstalledVersion).orElse(null),
                registry.status(plugin.id()).name(),
                plugin.alwaysOn(),
                plugin.dependencies(),
                operator ? state.map(PluginState::getError).orElse(null) : null);
    }

    private Plugin known(String id) {
        return registry.byId(id).orElseThrow(() -> new NotFoundException("There is no plugin '" + id + "'."));
    }
}
