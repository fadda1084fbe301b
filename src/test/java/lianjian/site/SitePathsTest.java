package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;

/** The link rule and file names: relative, ASCII, never escaping their folder. */
class SitePathsTest {

    @Test
    void rootFollowsTheDepthOfThePage() {
        assertThat(SitePaths.root("index.html")).isEmpty();
        assertThat(SitePaths.root("2025Q3/unit-FY01.html")).isEqualTo("../");
        assertThat(SitePaths.root(SitePaths.person("2025", "P0001"))).isEqualTo("../");
    }

    @Test
    void plainCodesAreKeptAndAnythingElseIsHashedToAsciiThatCannotEscape() {
        assertThat(SitePaths.unit("2025", "FY01")).isEqualTo("2025/unit-FY01.html");
        assertThat(SitePaths.person("2025H1", "P0123")).isEqualTo("2025H1/person-P0123.html");
        for (String code : List.of("../x", "法院", "A/B", "a b", "x?y#z", "", ".hidden")) {
            String name = SitePaths.fileName(code);
            assertThat(name).as(code).matches("x[0-9a-f]{12}");
        }
        assertThat(SitePaths.fileName("法院")).isEqualTo(SitePaths.fileName("法院")).isNotEqualTo(SitePaths.fileName("检察院"));
    }

    @Test
    void aTableRowMustHaveOneCellPerColumn() {
        TableView.Builder b = TableView.builder("t", "表").columns(TableView.Column.text("甲"), TableView.Column.figure("乙"));
        b.row(TableView.Cell.of("1"), TableView.Cell.of("2"));
        assertThatThrownBy(() -> b.row(TableView.Cell.of("only one"))).isInstanceOf(IllegalArgumentException.class);
        TableView t = b.build();
        assertThat(t.columns().get(1).sortable()).as("figures are never sortable").isFalse();
        assertThat(t.rows()).hasSize(1);
    }
}
