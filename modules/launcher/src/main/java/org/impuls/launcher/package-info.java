/**
 * The runnable portal: {@code java -jar impuls.jar} starts an embedded PostgreSQL (data kept under
 * {@code IMPULS_DATA_DIR}) unless {@code IMPULS_DB_URL} names an external one, then Payara Micro
 * with the portal WAR. Tests start the very same launcher in-process.
 */
package org.impuls.launcher;
