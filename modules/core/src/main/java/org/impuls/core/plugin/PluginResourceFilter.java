package org.impuls.core.plugin;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** A plugin's REST resources answer 404 while the plugin is not enabled. */
@Provider
public class PluginResourceFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    PluginRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> type = resource.getResourceClass();
        if (type != null && !registry.takesPart(type)) {
            throw new NotFoundException("There is nothing at this address (its plugin is not enabled).");
        }
    }
}
