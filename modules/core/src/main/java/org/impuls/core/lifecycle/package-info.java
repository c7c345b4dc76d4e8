/** The core's implementation of {@link org.impuls.core.api.lifecycle.Transitions}. */
package org.impuls.core.lifecycle;
