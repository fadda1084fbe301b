package lianjian.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two databases the product runs on (DOMAIN §9). The id is Spring Boot's name for the vendor,
 * which the {@code {vendor}} placeholder of {@code spring.flyway.locations} turns into
 * {@code db/migration/sqlite} or {@code db/migration/postgresql}.
 */
public enum Vendor {
    SQLITE("sqlite"),
    POSTGRESQL("postgresql");

    private final String id;

    Vendor(String id) { this.id = id; }

    /** Spring Boot's vendor id, as in {@code db/migration/{vendor}}. */
    public String id() { return id; }

    /** The vendor of a JDBC url; anything but SQLite and PostgreSQL is refused with a message for the user. */
    public static Vendor ofUrl(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:sqlite:")) return SQLITE;
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRESQL;
        throw new IllegalArgumentException("lianjian.database.url 只能留空（使用工作区中的 SQLite）或写 PostgreSQL 的地址，"
                + "例如 jdbc:postgresql://服务器:5432/数据库名；现在是：" + Urls.safe(jdbcUrl));
    }

    public static Vendor of(Connection connection) throws SQLException {
        return ofUrl(connection.getMetaData().getURL());
    }

    public static Vendor of(DataSource dataSource) {
        return of(new JdbcTemplate(dataSource));
    }

    /** The vendor of the database behind a template (one metadata call; inside a transaction, its connection). */
    public static Vendor of(JdbcTemplate jdbc) {
        return jdbc.execute((ConnectionCallback<Vendor>) Vendor::of);
    }
}
