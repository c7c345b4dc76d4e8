package org.impuls.core.api;

import java.util.List;

/** Extension point: the readable public URLs of a module's or plugin's pages. */
public interface RouteContributor {

    List<PageRoute> routes();
}
