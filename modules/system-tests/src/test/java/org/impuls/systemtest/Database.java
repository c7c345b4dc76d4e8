package org.impuls.systemtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Direct SQL on the test portal's database: to arrange what has no UI yet (a staff link before the
 * directory exists) and to check what was stored.
 */
public final class Database {

    private final String url;

    Database(String url) {
        this.url = url;
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, "impuls", "impuls");
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String single(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, "impuls", "impuls");
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
