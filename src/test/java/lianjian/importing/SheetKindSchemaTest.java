package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.SheetKind;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestDatabase;

/** sheet-kinds.yml and the Flyway migrations must agree: every kind's columns exist in its table. */
class SheetKindSchemaTest {

    @TempDir
    Path dir;

    @Test
    void everyKindHasItsTableWithEveryColumn() {
        TestDatabase db = new TestDatabase(dir.resolve("t.db"));
        assertThat(ImportHarness.KINDS.kinds()).hasSize(13);
        for (SheetKind kind : ImportHarness.KINDS.kinds()) {
            Set<String> columns = new HashSet<>(db.jdbc.queryForList(
                    "SELECT name FROM pragma_table_info('" + kind.table() + "')", String.class));
            assertThat(columns).as(kind.table()).contains("row_key", "source_file_id", "source_sheet", "source_row");
            for (ColumnDef c : kind.columns()) assertThat(columns).as(kind.table()).contains(c.field());
        }
    }

    @Test
    void headersAndSynonymsAreUniqueWithinAKind() {
        for (SheetKind kind : ImportHarness.KINDS.kinds()) {
            Set<String> seen = new HashSet<>();
            for (ColumnDef c : kind.columns()) {
                for (String h : c.allHeaders()) {
                    assertThat(seen.add(lianjian.importing.parse.HeaderText.normalize(h)))
                            .as(kind.name() + ": header「" + h + "」used twice").isTrue();
                }
            }
            assertThat(kind.requiredColumns()).isNotEmpty();
            assertThat(List.copyOf(kind.key())).isNotEmpty();
        }
    }
}
