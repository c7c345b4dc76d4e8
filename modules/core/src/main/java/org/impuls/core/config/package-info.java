/** Settings read through MicroProfile Config; each one is documented in the README. */
package org.impuls.core.config;
