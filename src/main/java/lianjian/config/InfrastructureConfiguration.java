package lianjian.config;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import lianjian.workspace.Workspace;

/** The workspace and the SQLite database inside it. */
@Configuration(proxyBeanMethods = false)
public class InfrastructureConfiguration {

    @Bean
    public Workspace workspace(LianjianProperties properties) {
        return new Workspace(properties.getWorkspace());
    }

    /**
     * DOMAIN §9: SQLite in the workspace ({@code db/lianjian.db}, one connection) when
     * {@code lianjian.database.url} is blank, else the PostgreSQL server it names (a small pool).
     */
    @Bean(destroyMethod = "close")
    public DataSource dataSource(Workspace workspace, LianjianProperties properties) {
        return lianjian.database.DataSources.create(properties.getDatabase(), workspace.database());
    }
}
