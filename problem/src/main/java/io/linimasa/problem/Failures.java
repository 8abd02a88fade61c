package io.linimasa.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** What kind of failure an exception is, for the problem it becomes. */
public final class Failures {

    private Failures() {
    }

    /**
     * A refused or lost database connection (SQLState class 08), or no connection from the pool in
     * time: the request can be tried again later, nothing was stored.
     */
    public static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
