/** Flyway migration sets: the core's own and one per plugin or module, each with its history table. */
package org.impuls.core.schema;
