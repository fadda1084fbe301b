package lianjian.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.importing.kind.ColumnDef;
import lianjian.importing.kind.ColumnType;
import lianjian.importing.kind.SheetKind;
import lianjian.testsupport.ImportHarness;
import lianjian.testsupport.TestDatabase;

/**
 * sheet-kinds.yml and the Flyway migrations must agree: every kind's columns exist in its table,
 * and its length limits are the columns' sizes.
 */
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

    /**
     * Issue 16: the length limits of sheet-kinds.yml (maxLength, or the type's default) are the
     * VARCHAR sizes of the migrations, so a value SQLite would accept is never one PostgreSQL refuses.
     * Values the importer stores in another form (enumerations, unit codes) fit their columns too.
     */
    @Test
    void lengthLimitsAgreeWithTheColumnSizes() {
        TestDatabase db = new TestDatabase(dir.resolve("t.db"));
        for (SheetKind kind : ImportHarness.KINDS.kinds()) {
            Map<String, Integer> sizes = new HashMap<>();
            for (Map<String, Object> col : db.jdbc.queryForList("SELECT name, type FROM pragma_table_info('" + kind.table() + "')")) {
                Matcher m = Pattern.compile("(?i)(?:VAR)?CHAR\\((\\d+)\\)").matcher((String) col.get("type"));
                if (m.matches()) sizes.put((String) col.get("name"), Integer.parseInt(m.group(1)));
            }
            int keyLength = kind.key().size() - 1; // the '|' between key parts
            for (ColumnDef c : kind.columns()) {
                String where = kind.table() + "." + c.field();
                if (c.type().storedAsGiven()) {
                    assertThat(c.maxLength()).as(where + " has a length limit").isPositive();
                    assertThat(sizes.get(c.field())).as(where + ": VARCHAR size = maxLength").isEqualTo(c.maxLength());
                } else {
                    assertThat(c.maxLength()).as(where + ": no limit on values stored in another form").isZero();
                }
                if (c.type() == ColumnType.ENUM) {
                    for (String v : c.values().keySet()) {
                        assertThat(v.length()).as(where + " value " + v).isLessThanOrEqualTo(sizes.get(c.field()));
                    }
                }
                if (c.type() == ColumnType.UNIT) {
                    assertThat(sizes.get(c.field())).as(where + " holds a unit code")
                            .isGreaterThanOrEqualTo(ImportHarness.KINDS.require("unit").requireColumn("unit_code").maxLength());
                }
                if (kind.key().contains(c.field())) {
                    keyLength += c.maxLength() > 0 ? c.maxLength() : sizes.get(c.field());
                }
            }
            assertThat(keyLength).as(kind.table() + ": the longest key fits row_key").isLessThanOrEqualTo(sizes.get("row_key"));
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
