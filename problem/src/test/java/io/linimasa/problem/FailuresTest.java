package io.linimasa.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aLostConnectionIsFoundAmongCausesAndSuppressed() {
        assertTrue(Failures.databaseUnreachable(new SQLException("refused", "08001")));
        assertTrue(Failures.databaseUnreachable(new RuntimeException(new IllegalStateException(new SQLException("gone", "08006")))));
        assertTrue(Failures.databaseUnreachable(new SQLTransientConnectionException("no connection from the pool in time")));
        RuntimeException commit = new RuntimeException("Could not commit transaction");
        commit.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertTrue(Failures.databaseUnreachable(new RuntimeException(commit)));
    }

    @Test
    void otherFailuresAreNotAnUnreachableDatabase() {
        assertFalse(Failures.databaseUnreachable(new SQLException("duplicate key", "23505")));
        assertFalse(Failures.databaseUnreachable(new SQLException("no state")));
        assertFalse(Failures.databaseUnreachable(new IllegalArgumentException("bad")));
        assertFalse(Failures.databaseUnreachable(null));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertFalse(Failures.databaseUnreachable(loop), "a cycle of causes ends");
    }
}
