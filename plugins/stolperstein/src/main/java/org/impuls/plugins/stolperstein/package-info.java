/** Stolperstein: a plugin that fails on purpose, to show that the portal goes on without it. */
package org.impuls.plugins.stolperstein;
