package org.impuls.core.backup;

import java.util.Optional;

/**
 * One backup folder as the launcher left it: {@code manifest.json} when it finished, {@code FAILED} with the
 * reason when it did not, neither while it runs (or when it was cut off).
 *
 * @param name the folder's name, the backup's time in UTC
 * @param state {@code COMPLETE}, {@code FAILED} or {@code INCOMPLETE}
 * @param megabytes the size of a complete backup
 * @param impulsVersion the version that made a complete backup
 * @param reason why a failed backup failed
 */
public record BackupEntry(String name, String state, long megabytes, String impulsVersion, Optional<String> reason) {}
