package lianjian.config;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import lianjian.workspace.Workspace;

/** The workspace and the SQLite database inside it. */
@Configuration(proxyBeanMethods = false)
public class InfrastructureConfiguration {

    @Bean
    public Workspace workspace(LianjianProperties properties) {
        return new Workspace(properties.getWorkspace());
    }

    /**
     * One connection: SQLite has a single writer, and the job repository and the steps must share
     * the transaction's connection (STACK.md pitfall 4). WAL lets a reader (status) look while a run
     * writes; synchronous=NORMAL is crash-safe in WAL mode (a killed process loses nothing committed).
     */
    @Bean(destroyMethod = "close")
    public DataSource dataSource(Workspace workspace) {
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl("jdbc:sqlite:" + workspace.database()
                + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=30000&foreign_keys=true");
        c.setDriverClassName("org.sqlite.JDBC");
        c.setMaximumPoolSize(1);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(120_000);
        c.setPoolName("lianjian-sqlite");
        return new HikariDataSource(c);
    }
}
