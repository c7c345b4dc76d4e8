package org.impuls.core.outage;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aRefusedConnectionDeepInsideJpaIsAnOutage() {
        // as EclipseLink reports it: PersistenceException ← DatabaseException ← PSQLException 08001
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        Exception failure = new PersistenceException(
                "Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", refused));

        assertThat(DatabaseOutage.causes(failure)).isTrue();
    }

    @Test
    void aBrokenConnectionAndAServerShuttingDownAreOutages() {
        assertThat(DatabaseOutage.causes(
                        new SQLException("An I/O error occurred while sending to the backend.", "08006")))
                .isTrue();
        assertThat(DatabaseOutage.causes(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        assertThat(DatabaseOutage.causes(new SQLTransientConnectionException("pool timed out")))
                .isTrue();
    }

    @Test
    void thePoolUnableToHandOutAConnectionIsAnOutage() {
        Exception failure = new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated",
                new ResourceAllocationException("Connection could not be allocated because: Connection refused"));

        assertThat(DatabaseOutage.causes(failure)).isTrue();
    }

    @Test
    void aBugIsNoOutage() {
        assertThat(DatabaseOutage.causes(new SQLException("duplicate key value violates unique constraint", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("syntax error at or near", "42601")))
                .isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("no such product")))
                .isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("no state"))).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(DatabaseOutage.causes(b)).isFalse();
    }
}
