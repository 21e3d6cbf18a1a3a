package org.haven.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Start-up data (the first admin, the demo data) is made by one instance at a time. Before the
 * first of the application runners that check for and create it, this one locks the row
 * {@code startup-data} of the table {@code startup_lock} on a connection of its own; it lets go
 * once the application is ready (every runner has run). Instances starting together on an empty
 * database wait here in turn: the first creates the data, the others find it there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartupDataLock implements ApplicationRunner {

    private final DataSource dataSource;
    private Connection held;

    StartupDataLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void run(ApplicationArguments args) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT name FROM startup_lock WHERE name = 'startup-data' FOR UPDATE")) {
                lock.executeQuery().close();
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        held = connection;
    }

    @EventListener(ApplicationReadyEvent.class)
    @PreDestroy
    synchronized void release() throws SQLException {
        if (held != null) {
            try (Connection connection = held) {
                held = null;
                connection.rollback(); // nothing was written on it; ending the transaction lets go of the row
            }
        }
    }
}
