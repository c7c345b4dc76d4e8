/**
 * While the database is unreachable (restarting after a crash, an external server down for
 * maintenance) the portal says "temporarily unavailable" instead of "something went wrong": REST answers
 * 503 with {@code Retry-After}, pages show the friendly 503 page. {@link org.impuls.core.outage.DatabaseOutage}
 * recognises such a failure by its causes.
 */
package org.impuls.core.outage;
