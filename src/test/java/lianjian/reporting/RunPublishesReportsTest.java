package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.cli.LianjianCommand;
import lianjian.testsupport.TestWorkbook;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The run job publishes the PDFs into site/reports/ with index.json (the reports step is wired in). */
class RunPublishesReportsTest {

    @TempDir
    Path ws;

    @Test
    void runWritesTheReportsOfTheLatestPeriodsIntoTheSite() throws Exception {
        TestWorkbook.create().sheet("单位名录").row("单位编码", "单位名称", "单位类型")
                .row("FY01", "示例县人民法院", "法院").row("SFJ01", "示例县司法局", "司法局")
                .writeXlsx(ws.resolve("data-import/inbox/单位.xlsx"));
        TestWorkbook.create().sheet("人员名册").row("人员编号", "姓名", "所属单位", "人员类别", "任命日期")
                .row("P001", "张明", "FY01", "法官", LocalDate.of(2018, 3, 1))
                .writeXlsx(ws.resolve("data-import/inbox/人员.xlsx"));
        TestWorkbook cases = TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "结案日期", "承办人编号");
        for (int i = 1; i <= 40; i++) {
            cases.row("（2025）示0123民初" + i + "号", "民事", "一审", LocalDate.of(2025, 1, 2).plusDays(i * 6),
                    i % 4 == 0 ? null : LocalDate.of(2025, 1, 20).plusDays(i * 6), "P001");
        }
        cases.writeXlsx(ws.resolve("data-import/inbox/案件.xlsx"));

        int status = LianjianCommand.execute("run", "--workspace", ws.toString(), "-q", "--lianjian.import.settle-seconds=0",
                "--as-of", "2025-09-30");

        assertThat(status).isZero();
        Path reports = ws.resolve("site/reports");
        List<Map<String, Object>> index = JsonMapper.builder().build()
                .readValue(Files.readString(reports.resolve("index.json")), new TypeReference<List<Map<String, Object>>>() {});
        assertThat(index).extracting(e -> e.get("file")).containsExactly("overview-2025H2.pdf", "overview-2025.pdf",
                "unit-FY01-2025H2.pdf", "unit-SFJ01-2025H2.pdf", "unit-FY01-2025.pdf", "unit-SFJ01-2025.pdf",
                "coverage-2025-09-30.pdf", "rectification-2025H2.pdf", "rectification-2025.pdf", "dossier-P001-2025-09-30.pdf");
        for (Map<String, Object> e : index) {
            assertThat(reports.resolve((String) e.get("file"))).exists();
            assertThat(e.get("asOf")).isEqualTo("2025-09-30");
        }
        PdfText overview = PdfText.read(reports.resolve("overview-2025H2.pdf"));
        assertThat(overview.page(1)).contains("（2025年下半年（截至2025年9月30日））");
    }

    @Test
    void aRunWithoutAnyDataWritesNoReportsAndNoIndex() {
        assertThat(LianjianCommand.execute("run", "--init", "--workspace", ws.toString(), "-q",
                "--lianjian.import.settle-seconds=0")).isZero();
        assertThat(ws.resolve("site/reports/index.json")).doesNotExist();
    }
}
