package org.haven.shared.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 18, in Java because it needs the field-encryption key (Spring Boot hands
 * Flyway every {@link JavaMigration} bean): encrypts the family members' first names that earlier
 * releases stored in plain text, fills their search keys (V17 made the columns) and then makes the
 * search key NOT NULL. Before V17 every name was plain text.
 */
@Component
public class MemberNamesMigration implements JavaMigration {

    private final FieldEncryptor encryptor;

    public MemberNamesMigration(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18");
    }

    @Override
    public String getDescription() {
        return "encrypt member names";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT family_id, position, first_name FROM family_member");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE family_member SET first_name = ?, first_name_key = ? WHERE family_id = ? AND position = ?")) {
            int pending = 0;
            while (rows.next()) {
                String name = rows.getString("first_name");
                update.setString(1, encryptor.encrypt(name));
                update.setString(2, encryptor.searchKey(name));
                update.setObject(3, rows.getObject("family_id"));
                update.setInt(4, rows.getInt("position"));
                update.addBatch();
                if (++pending == 500) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute("ALTER TABLE family_member ALTER COLUMN first_name_key SET NOT NULL");
        }
    }
}
