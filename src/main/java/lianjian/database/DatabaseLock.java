package lianjian.database;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import lianjian.config.LianjianProperties;

/**
 * One {@code run} at a time per database, from any machine (DOMAIN §9). On PostgreSQL a session-level
 * advisory lock, taken on a connection of its own and held for the whole run: a second run from
 * another workspace or machine is refused before it writes anything. The server releases the lock
 * when that connection ends, also when the process is killed or the network drops. The key is
 * per schema, so counties kept in separate schemas of one database do not wait for each other.
 *
 * <p>On SQLite the database is a file inside the workspace, so the workspace lock
 * ({@link lianjian.workspace.WorkspaceLock}) already is the database lock.
 *
 * <p>Readers ({@code status}) never take this lock.
 */
@Component
public class DatabaseLock {

    /** First half of the advisory key: "LJRN" (联监 run); the second half is the schema's. */
    static final int KEY = 0x4C4A524E;

    private final LianjianProperties.Database settings;

    public DatabaseLock(LianjianProperties properties) {
        this.settings = properties.getDatabase();
    }

    /** Held until closed. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the lock or throws {@link DatabaseBusyException} with a message for the user. */
    public Held acquire() {
        if (settings.isEmbedded()) return () -> { };
        String who = "lianjian run " + host() + " pid " + ProcessHandle.current().pid();
        Connection c = null;
        try {
            c = DataSources.ownConnection(settings, who);
            c.setAutoCommit(true);
            String schema = currentSchema(c);
            int key2 = schemaKey(schema);
            if (!tryLock(c, key2)) {
                String holder = holder(c, key2);
                c.close();
                throw new DatabaseBusyException("数据库 " + Urls.safe(settings.getUrl()) + "（模式 " + schema + "）正被另一个联监进程使用"
                        + (holder == null ? "（另一台电脑或另一个工作区的 run 或 watch）" : "（" + holder + "）")
                        + "，本次未导入任何文件。请等它结束后再运行。");
            }
            Connection held = c;
            return () -> {
                try {
                    held.close(); // ends the session: the server drops the advisory lock
                } catch (SQLException e) {
                    // the server drops it with the connection anyway
                }
            };
        } catch (SQLException e) {
            closeQuietly(c);
            throw new DatabaseBusyException("无法连接数据库 " + Urls.safe(settings.getUrl()) + " 以锁定本次运行：" + e.getMessage());
        }
    }

    static int schemaKey(String schema) {
        return schema.hashCode() & 0x7fffffff;
    }

    private static String currentSchema(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT current_schema()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static boolean tryLock(Connection c, int key2) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, KEY);
            ps.setInt(2, key2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Who holds the lock, as far as the server tells (application name, client address, since when). */
    private static String holder(Connection c, int key2) {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.application_name, host(a.client_addr), a.backend_start"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
                + " AND l.classid = ?::oid AND l.objid = ?::oid"
                + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            ps.setLong(1, KEY);
            ps.setLong(2, key2);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                StringBuilder s = new StringBuilder(rs.getString(1) == null || rs.getString(1).isBlank() ? "联监" : rs.getString(1));
                if (rs.getString(2) != null) s.append("，来自 ").append(rs.getString(2));
                if (rs.getTimestamp(3) != null) {
                    s.append("，开始于 ").append(rs.getTimestamp(3).toLocalDateTime().withNano(0)
                            .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' '));
                }
                return s.toString();
            }
        } catch (SQLException e) {
            return null; // not allowed to see other sessions: the message says less
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "?";
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) c.close();
        } catch (SQLException ignored) {
            // nothing to add
        }
    }

    /** Another process runs on this database. */
    public static class DatabaseBusyException extends RuntimeException {
        public DatabaseBusyException(String message) { super(message); }
    }
}
