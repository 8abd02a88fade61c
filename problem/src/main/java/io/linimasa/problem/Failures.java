package io.linimasa.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** What kind of failure an exception is, for the problem it becomes. */
public final class Failures {

    private Failures() {
    }

    /** How deep causes and suppressed exceptions are followed: far more than any real chain. */
    private static final int DEPTH = 32;

    /**
     * A refused or lost database connection (SQLState class 08), or no connection from the pool in
     * time, anywhere among the causes and suppressed exceptions (a failed commit keeps the driver's
     * error as suppressed): the request can be sent again, and since ids are stable a resend of what
     * was stored after all is harmless.
     */
    public static boolean databaseUnreachable(Throwable e) {
        return connectionFailure(e, 0);
    }

    private static boolean connectionFailure(Throwable t, int depth) {
        if (t == null || depth > DEPTH) {
            return false;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        if (t instanceof SQLTransientConnectionException
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (connectionFailure(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && connectionFailure(t.getCause(), depth + 1);
    }
}
