/**
 * Status lifecycles: {@link org.impuls.core.api.lifecycle.Lifecycle} says which transitions of a status enum are
 * allowed, {@link org.impuls.core.api.lifecycle.Transitions} performs one (refused with 409 naming both states,
 * recorded, audited, announced by {@link org.impuls.core.api.lifecycle.StatusChanged}). See {@code src/docs/lifecycles.md}.
 */
package org.impuls.core.api.lifecycle;
