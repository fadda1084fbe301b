package lianjian.testsupport;

/**
 * The database a test runs against (DOMAIN §9). Database-facing test classes are parameterised with
 * it ({@code @ParameterizedClass @EnumSource(Backend.class)}), so each of their tests runs on both:
 * SQLite in a temp folder, and PostgreSQL in a fresh schema of the server named by
 * {@code LIANJIAN_TEST_POSTGRES_URL} (see {@link TestPostgres}).
 */
public enum Backend {
    SQLITE,
    POSTGRESQL;

    /**
     * The {@code --key=value} settings that point a command (run, status, demo) at this backend: none
     * for SQLite (the workspace's own file), a fresh schema's url for PostgreSQL.
     */
    public String[] settings() {
        return this == SQLITE ? new String[0] : new String[] {"--lianjian.database.url=" + TestPostgres.freshSchema().url()};
    }
}
