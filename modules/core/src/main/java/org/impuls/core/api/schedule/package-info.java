/**
 * Work that runs once in a cluster: {@link org.impuls.core.api.schedule.ScheduledTask} beans with a {@link
 * org.impuls.core.api.schedule.Schedule} ("every five minutes", "daily at 03:00 in Europe/Berlin"), claimed from the
 * database with a row lock and a lease so that of several portal nodes exactly one runs each due time.
 */
package org.impuls.core.api.schedule;
