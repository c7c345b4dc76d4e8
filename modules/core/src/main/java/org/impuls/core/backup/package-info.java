/** The operator's view of the backups the launcher makes (see the launcher's {@code Backup}). */
package org.impuls.core.backup;
