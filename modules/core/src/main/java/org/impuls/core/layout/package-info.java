/**
 * The page layout and its navigation model: the storefront, back office and admin templates
 * ({@code META-INF/resources/core/templates}) and the menus that modules and plugins contribute
 * through {@link org.impuls.core.api.MenuContributor}.
 */
package org.impuls.core.layout;
