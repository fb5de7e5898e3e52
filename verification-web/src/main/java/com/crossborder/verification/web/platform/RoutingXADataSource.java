package com.crossborder.verification.web.platform;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.xa.PGXADataSource;

/**
 * The XA data source of the database named by the configured JDBC URL: H2 for the embedded default,
 * PostgreSQL otherwise. Payara reads a {@code @DataSourceDefinition}'s class name before the
 * application's configuration is visible, so the class must be fixed while the database is not;
 * and it must be XA, because Payara's batch job store joins the same transactions.
 */
public class RoutingXADataSource implements XADataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;
    private volatile XADataSource target;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public String getURL() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return target().getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return target().getXAConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private XADataSource target() throws SQLException {
        XADataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = create();
                }
                current = target;
            }
        }
        return current;
    }

    private XADataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("verification.db.url is not set");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGXADataSource postgres = new PGXADataSource();
            // Batched inserts (audit rows, outbox messages of a nightly chunk) go as multi-row INSERTs; the URL may say
            // otherwise.
            postgres.setReWriteBatchedInserts(true);
            postgres.setUrl(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            postgres.setLoginTimeout(loginTimeout);
            return postgres;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        // Never echo the URL: it may carry a password.
        throw new SQLException(
                "unsupported database: verification.db.url must start with jdbc:h2: or jdbc:postgresql:");
    }
}
