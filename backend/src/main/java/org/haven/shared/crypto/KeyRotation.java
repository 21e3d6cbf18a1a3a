package org.haven.shared.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.haven.shared.crypto.EncryptedColumns.Table;

/**
 * Re-encrypts every encrypted column ({@link EncryptedColumns}) from the current key to a new one
 * and recomputes the search keys, in one transaction: either every value is readable with the new
 * key afterwards, or nothing changed. A value the new key already reads (a second run) is simply
 * re-encrypted again; one that neither key reads stops the rotation.
 */
final class KeyRotation {

    private static final int BATCH = 500;

    private final FieldEncryptor current;
    private final FieldEncryptor next;

    KeyRotation(FieldEncryptor current, FieldEncryptor next) {
        this.current = current;
        this.next = next;
    }

    /** Values re-encrypted (search keys included) by table; commits on success, rolls back on any failure. */
    Map<String, Integer> rotate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Table table : EncryptedColumns.ALL) {
                counts.put(table.name(), rotate(connection, table));
            }
            connection.commit();
            return counts;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private int rotate(Connection connection, Table table) throws SQLException {
        List<String> written = new ArrayList<>(table.encrypted());
        written.addAll(table.searchKeys().keySet());
        String select = "SELECT " + String.join(", ", table.rowKey()) + ", " + String.join(", ", table.encrypted())
                + " FROM " + table.name();
        String update = "UPDATE " + table.name() + " SET " + String.join(" = ?, ", written) + " = ? WHERE "
                + String.join(" = ? AND ", table.rowKey()) + " = ?";
        int values = 0;
        int pending = 0;
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery(select);
                PreparedStatement change = connection.prepareStatement(update)) {
            while (rows.next()) {
                Map<String, String> plain = new HashMap<>();
                int parameter = 1;
                for (String column : table.encrypted()) {
                    String stored = rows.getString(column);
                    String text = stored == null ? null : decrypt(stored, table, column);
                    plain.put(column, text);
                    change.setString(parameter++, next.encrypt(text));
                    values += stored == null ? 0 : 1;
                }
                for (String source : table.searchKeys().values()) {
                    change.setString(parameter++, next.searchKey(plain.get(source)));
                    values++;
                }
                for (String key : table.rowKey()) {
                    change.setObject(parameter++, rows.getObject(key));
                }
                change.addBatch();
                if (++pending == BATCH) {
                    change.executeBatch();
                    pending = 0;
                }
            }
            change.executeBatch();
        }
        return values;
    }

    private String decrypt(String stored, Table table, String column) {
        try {
            return current.decrypt(stored);
        } catch (IllegalStateException notTheCurrentKey) {
            try {
                return next.decrypt(stored);
            } catch (IllegalStateException neither) {
                throw new IllegalStateException("A value of " + table.name() + "." + column
                        + " can be read with neither the current nor the new key: nothing was changed.", neither);
            }
        }
    }
}
