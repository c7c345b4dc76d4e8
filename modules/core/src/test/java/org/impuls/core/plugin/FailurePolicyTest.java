package org.impuls.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.impuls.core.api.Plugin;
import org.junit.jupiter.api.Test;

class FailurePolicyTest {

    /** How the layers between an observer and the driver wrap the driver's error. */
    enum Wrapper {
        PERSISTENCE {
            @Override
            RuntimeException around(Throwable cause) {
                return new PersistenceException("Exception [EclipseLink-4002]", cause);
            }
        },
        EJB {
            @Override
            RuntimeException around(Throwable cause) {
                return new EJBException(cause instanceof Exception e ? e : new RuntimeException(cause));
            }
        },
        RUNTIME {
            @Override
            RuntimeException around(Throwable cause) {
                return new RuntimeException("Internal Exception", cause);
            }
        };

        abstract RuntimeException around(Throwable cause);
    }

    @Property
    void aDeadlockSerializationFailureOrLockTimeoutAnywhereInTheChainIsTransient(
            @ForAll("transientStates") String state, @ForAll("wrappers") List<Wrapper> wrappers) {
        Throwable failure = wrapped(new SQLException("ERROR: the database refused", state), wrappers);

        assertThat(FailurePolicy.isTransient(failure)).isTrue();
        assertThat(FailurePolicy.switchesOff(plugin(false), failure)).isFalse();
    }

    @Property
    void anyOtherSqlErrorIsNotTransientHoweverItIsWrapped(
            @ForAll("otherStates") String state, @ForAll("wrappers") List<Wrapper> wrappers) {
        Throwable failure = wrapped(new SQLException("ERROR: the database refused", state), wrappers);

        assertThat(FailurePolicy.isTransient(failure)).isFalse();
        assertThat(FailurePolicy.switchesOff(plugin(false), failure)).isTrue();
    }

    @Test
    void aDeadlockAsPostgresReportsItInAnAfterCommitObserverIsTransient() {
        SQLException deadlock = new SQLException(
                "ERROR: deadlock detected\n  Detail: Process 4711 waits for ShareLock on transaction 99", "40P01");
        Throwable failure = new EJBException(new PersistenceException(
                "Exception [EclipseLink-4002]", new RuntimeException("DatabaseException", deadlock)));

        assertThat(FailurePolicy.isTransient(failure)).isTrue();
    }

    @Test
    void jpaLockExceptionsAreTransientWithoutAnSqlState() {
        assertThat(FailurePolicy.isTransient(new PessimisticLockException("row locked")))
                .isTrue();
        assertThat(FailurePolicy.isTransient(new LockTimeoutException("lock wait timed out")))
                .isTrue();
        assertThat(FailurePolicy.isTransient(new RuntimeException(new OptimisticLockException("changed meanwhile"))))
                .isTrue();
    }

    @Test
    void aDeadlockReportedAsTheNextExceptionOfABatchIsTransient() {
        SQLException batch = new SQLException("Batch entry 0 update … was aborted", "25P02");
        batch.setNextException(new SQLException("ERROR: deadlock detected", "40P01"));

        assertThat(FailurePolicy.isTransient(new PersistenceException(batch))).isTrue();
    }

    @Test
    void theDatabaseBeingUnreachableForAMomentIsTransient() {
        assertThat(FailurePolicy.isTransient(
                        new PersistenceException(new SQLException("Connection to localhost:5432 refused", "08001"))))
                .isTrue();
    }

    @Test
    void aBugIsNotTransient() {
        assertThat(FailurePolicy.isTransient(new IllegalStateException("Stolperstein ist gestolpert")))
                .isFalse();
        assertThat(FailurePolicy.isTransient(new NullPointerException())).isFalse();
        assertThat(FailurePolicy.isTransient(new SQLException("no state"))).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(FailurePolicy.isTransient(a)).isFalse();
    }

    @Test
    void aPluginOfThePlatformIsNeverSwitchedOff() {
        Plugin shop = plugin(true);

        assertThat(FailurePolicy.switchesOff(shop, new IllegalStateException("a bug")))
                .isFalse();
        assertThat(FailurePolicy.switchesOff(shop, new NullPointerException())).isFalse();
        assertThat(FailurePolicy.switchesOff(shop, new PessimisticLockException("deadlock")))
                .isFalse();
    }

    @Test
    void anotherPluginIsSwitchedOffForABugButNotForAHiccup() {
        Plugin pinnwand = plugin(false);

        assertThat(FailurePolicy.switchesOff(pinnwand, new IllegalStateException("a bug")))
                .isTrue();
        assertThat(FailurePolicy.switchesOff(
                        pinnwand, new PersistenceException(new SQLException("could not serialize access", "40001"))))
                .isFalse();
        assertThat(FailurePolicy.switchesOff(
                        pinnwand, new PersistenceException(new SQLException("could not obtain lock", "55P03"))))
                .isFalse();
    }

    @Provide
    Arbitrary<String> transientStates() {
        return Arbitraries.of("40P01", "40001", "40002", "40003", "55P03");
    }

    /** Integrity, syntax, data, permission and raised errors: bugs or bad data, which a retry meets again. */
    @Provide
    Arbitrary<String> otherStates() {
        return Arbitraries.of("23505", "23503", "23502", "42601", "42P01", "42501", "22001", "22P02", "P0001", "55000");
    }

    @Provide
    Arbitrary<List<Wrapper>> wrappers() {
        return Arbitraries.of(Wrapper.class).list().ofMaxSize(4);
    }

    private static Throwable wrapped(Throwable cause, List<Wrapper> wrappers) {
        Throwable failure = cause;
        for (Wrapper wrapper : wrappers) {
            failure = wrapper.around(failure);
        }
        return failure;
    }

    private static Plugin plugin(boolean alwaysOn) {
        return new Plugin() {
            @Override
            public String id() {
                return alwaysOn ? "shop" : "pinnwand";
            }

            @Override
            public String name() {
                return id();
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public String requiredCoreVersion() {
                return "0.1";
            }

            @Override
            public boolean alwaysOn() {
                return alwaysOn;
            }
        };
    }
}
