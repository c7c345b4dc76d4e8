package org.impuls.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.impuls.core.api.schedule.Schedule;
import org.impuls.core.api.schedule.ScheduledTask;
import org.junit.jupiter.api.Test;

class TaskRunTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:05Z"); // 03:00:05 in Berlin
    private static final Schedule DAILY = Schedule.dailyAt(LocalTime.of(3, 0));

    /** What the run would write to scheduled_task. */
    private static final class RecordedRuns extends TaskRuns {
        final List<String> recorded = new ArrayList<>();
        boolean refuse;

        @Override
        public boolean succeeded(TaskTable.Claim claim, Instant nextRunAt, Instant finishedAt) {
            recorded.add("succeeded " + claim.name() + " next " + nextRunAt + " finished " + finishedAt);
            return !refuse;
        }

        @Override
        public boolean failed(TaskTable.Claim claim, String error, Instant retryAt) {
            if (refuse) {
                throw new IllegalStateException("the database is away");
            }
            recorded.add("failed " + claim.name() + " '" + error + "' retry " + retryAt);
            return true;
        }
    }

    private record Task(Schedule schedule, Exception failure) implements ScheduledTask {
        @Override
        public String name() {
            return "test.task";
        }

        @Override
        public void run() throws Exception {
            if (failure != null) {
                throw failure;
            }
        }
    }

    private final RecordedRuns runs = new RecordedRuns();
    private final TaskRun run = new TaskRun(runs, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aRunThatWentWellIsDueAtItsScheduleAfterItEnded() {
        run.run(new Task(DAILY, null), new TaskTable.Claim("test.task", "token", 0, NOW));

        assertThat(runs.recorded).containsExactly("succeeded test.task next 2026-12-02T02:00:00Z finished " + NOW);
    }

    @Test
    void aFailedRunIsRecordedWithItsErrorAndRetriedAfterThePauseForItsNumberOfFailures() {
        run.run(new Task(DAILY, new IOException("disk full")), new TaskTable.Claim("test.task", "token", 2, NOW));

        assertThat(runs.recorded)
                .as("the third failure in a row: four minutes")
                .containsExactly("failed test.task 'IOException: disk full' retry " + NOW.plus(Duration.ofMinutes(4)));
    }

    @Test
    void anErrorWithoutMessageIsNamedByItsClassAndALongOneIsCut() {
        run.run(new Task(DAILY, new IllegalStateException()), new TaskTable.Claim("test.task", "token", 0, NOW));
        assertThat(runs.recorded)
                .containsExactly("failed test.task 'java.lang.IllegalStateException' retry " + NOW.plusSeconds(60));

        assertThat(TaskRun.describe(new RuntimeException("x".repeat(5000)))).hasSize(TaskRun.LONGEST_ERROR);
    }

    @Test
    void anOutcomeThatCannotBeRecordedDoesNotEscapeTheWorkerThread() {
        runs.refuse = true;
        run.run(new Task(DAILY, new IOException("disk full")), new TaskTable.Claim("test.task", "token", 0, NOW));
        run.run(new Task(DAILY, null), new TaskTable.Claim("test.task", "token", 0, NOW));

        assertThat(runs.recorded)
                .as("the lease runs out and the task runs again")
                .hasSize(1);
    }
}
