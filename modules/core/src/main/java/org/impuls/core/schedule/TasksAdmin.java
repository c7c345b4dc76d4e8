package org.impuls.core.schedule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.impuls.core.api.schedule.Schedule;

/** Backs {@code /admin/core/tasks.xhtml}: every scheduled task with its last and next run and its last error. */
@Named
@RequestScoped
public class TasksAdmin {

    private static final DateTimeFormatter BERLIN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Schedule.BERLIN);

    /** One task as the page shows it, times in Europe/Berlin. */
    public record Line(
            String name,
            String schedule,
            String lastRun,
            String lastSuccess,
            String nextRun,
            boolean running,
            int attempts,
            String lastError) {}

    @Inject
    TaskRuns runs;

    @Inject
    Clock clock;

    public List<Line> getTasks() {
        Instant now = clock.instant();
        return runs.all().stream()
                .map(row -> new Line(
                        row.name(),
                        row.schedule(),
                        shown(row.lastRunAt()),
                        shown(row.lastSuccessAt()),
                        shown(row.nextRunAt()),
                        row.runningAt(now),
                        row.attempts(),
                        row.lastError() == null ? "" : row.lastError()))
                .toList();
    }

    private static String shown(Instant instant) {
        return instant == null ? "–" : BERLIN.format(instant);
    }
}
