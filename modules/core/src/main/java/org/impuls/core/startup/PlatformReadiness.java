package org.impuls.core.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up has finished and the database answers. */
@Readiness
@ApplicationScoped
public class PlatformReadiness implements HealthCheck {

    @Inject
    PlatformStatus status;

    @Resource(lookup = "java:app/jdbc/impuls")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("impuls").withData("started", status.isStarted());
        try (Connection connection = dataSource.getConnection()) {
            boolean databaseAnswers = connection.isValid(2);
            return response.withData("database", databaseAnswers)
                    .status(status.isStarted() && databaseAnswers)
                    .build();
        } catch (SQLException e) {
            return response.withData("database", e.getMessage()).down().build();
        }
    }
}
