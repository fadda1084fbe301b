package lianjian.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import lianjian.testsupport.TestDatabase;

/**
 * One set of Flyway migrations (DOMAIN §9, DEVELOPERS.md): portable ones in db/migration/common, only
 * what must differ in db/migration/sqlite and db/migration/postgresql, nothing anywhere else.
 */
class MigrationLayoutTest {

    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    /** Versions of the migrations in one folder of the classpath. */
    private static Set<String> versions(String folder) throws Exception {
        Set<String> v = new TreeSet<>();
        for (Resource r : RESOLVER.getResources("classpath*:db/migration/" + folder + "/V*.sql")) v.add(r.getFilename());
        return v;
    }

    @Test
    void everyMigrationIsInCommonOrInAVendorFolder() throws Exception {
        Resource[] stray = RESOLVER.getResources("classpath*:db/migration/*.sql");
        assertThat(Arrays.stream(stray).map(Resource::getFilename).toList())
                .as("portable migrations belong in src/main/resources/db/migration/common/ (Flyway does not look"
                        + " at db/migration/ itself); dialect-specific ones in sqlite/ and postgresql/")
                .isEmpty();
    }

    @Test
    void bothVendorsHaveTheSameVendorMigrationsAndNoneRepeatsACommonOne() throws Exception {
        Set<String> sqlite = versions("sqlite");
        Set<String> postgres = versions("postgresql");
        assertThat(postgres).as("a migration in sqlite/ needs its twin in postgresql/ (same version and description)")
                .isEqualTo(sqlite);
        Set<String> common = versions("common");
        Set<String> vendorVersions = new TreeSet<>();
        for (String f : sqlite) vendorVersions.add(f.substring(0, f.indexOf("__")));
        for (String f : common) {
            assertThat(vendorVersions).as(f + ": version also in a vendor folder").doesNotContain(f.substring(0, f.indexOf("__")));
        }
        assertThat(common).isNotEmpty();
    }

    @Test
    void testsMigrateFromTheProductsLocations() {
        assertThat(TestDatabase.flywayLocations(Vendor.SQLITE))
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/sqlite");
        assertThat(TestDatabase.flywayLocations(Vendor.POSTGRESQL))
                .containsExactly("classpath:db/migration/common", "classpath:db/migration/postgresql");
    }

    /**
     * The SQLite migrations were moved, not changed: a workspace migrated before the split (checksums
     * recorded from one) still validates, so existing SQLite workspaces keep working.
     */
    @Test
    void sqliteWorkspacesMigratedBeforeTheSplitStillValidate(@TempDir Path dir) {
        Map<String, Integer> before = Map.of("1", -1450677471, "2", -327659046, "3", 1943822473, "4", -1040593803,
                "5", -1016404765);
        TestDatabase db = new TestDatabase(dir.resolve("t.db"));
        Map<String, Integer> now = new TreeMap<>();
        db.jdbc.query("SELECT version, checksum FROM flyway_schema_history WHERE version IN ('1','2','3','4','5')",
                rs -> { now.put(rs.getString(1), rs.getInt(2)); });
        assertThat(now).isEqualTo(new TreeMap<>(before));
    }
}
