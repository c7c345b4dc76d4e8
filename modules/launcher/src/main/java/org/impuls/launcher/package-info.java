/**
 * The runnable portal: {@code java -jar impuls.jar} starts an embedded PostgreSQL (data kept under
 * {@code IMPULS_DATA_DIR}) unless {@code IMPULS_DB_URL} names an external one, then Payara Micro
 * with the portal WAR. Tests start the very same launcher in-process. Crash safety: one portal per data
 * folder ({@code impuls.lock}), a PostgreSQL left running by a killed portal is stopped before the new one
 * starts, a crashed embedded PostgreSQL is started again while the portal runs, and a start that fails ends
 * with a sentence to act on (the stack trace goes to {@code <data dir>/logs/launcher.log}).
 */
package org.impuls.launcher;
