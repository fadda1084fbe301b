package lianjian.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.charts.ChartSpec;
import lianjian.reporting.pdf.CoverPage;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.pdf.DocumentInfo;
import lianjian.reporting.pdf.PdfRenderer;
import lianjian.reporting.pdf.RenderedPdf;
import lianjian.reporting.table.Grid;
import lianjian.reporting.table.PersonRow;

/**
 * The master template and its mechanics, independent of any data: cover without header or footer,
 * running header and 第 X 页 / 共 Y 页 on every other page, tables that break across pages with
 * their header repeated, an empty list, vector charts, embedded fonts only.
 */
class DocumentRenderingTest {

    @TempDir
    Path dir;

    private static DocumentInfo info(CoverPage cover) {
        return new DocumentInfo("示例县", "测试报告", "统计期间：2025年上半年", "2025-06-30", "2025-07-01 09:00",
                "示例县测试报告", "示例县人大常委会", cover);
    }

    @Test
    void coverHeaderFooterAndContinuousPageNumbers() throws Exception {
        Document doc = new Document(info(new CoverPage("内部资料", "示例县人大常委会", "测试报告", "（2025年上半年）",
                "编制单位", "2025年7月1日", "数据截至2025年6月30日")));
        doc.h1("一、很长的名单");
        List<PersonRow> people = new ArrayList<>();
        for (int i = 1; i <= 120; i++) people.add(new PersonRow("示例县人民法院", "人员" + i, "法官", "审判员", "2020-01-01", null));
        doc.table(PersonRow.table(people, "备注"));
        doc.h1("二、空名单");
        doc.table(PersonRow.table(List.of(), "备注").whenEmpty("本期没有需要列示的人员"));
        doc.h2("（一）图表");
        doc.chart(lianjian.reporting.pdf.Chart.of(new ChartSpec(ChartSpec.Type.BAR, "收案与结案", "件", List.of("2025年一季度", "2025年二季度"),
                Map.of("收案", Arrays.asList(10.0, 20.0), "结案", Arrays.asList(8.0, null)), false)));
        doc.paragraph("正文段落。".repeat(60));
        doc.table(new Grid("单位", "应评议", "已评议", "覆盖率").row("示例县人民法院", "10", "7", "70.0%").table());

        PdfText pdf = write(doc, "book.pdf");

        int n = pdf.pageCount();
        assertThat(n).isGreaterThanOrEqualTo(5);
        assertThat(pdf.page(1)).contains("测试报告", "内部资料").doesNotContain("第1页");
        for (int p = 2; p <= n; p++) {
            assertThat(pdf.page(p)).as("page %d", p).contains("示例县测试报告", "第" + p + "页/共" + n + "页",
                    "数据截至：2025-06-30", "生成时间：2025-07-0109:00");
        }
        // the long list breaks across pages and repeats its column header
        long headed = pdf.pages.stream().map(PdfText::squash).filter(t -> t.contains("序号单位姓名")).count();
        assertThat(headed).isGreaterThanOrEqualTo(2);
        assertThat(pdf.squashed()).contains("人员1法官", "人员120法官").contains("本期没有需要列示的人员").contains("正文段落。正文段落。");
        assertThat(pdf.fonts).isNotEmpty().allSatisfy((name, embedded) -> assertThat(embedded).as(name).isTrue());
        assertThat(pdf.fonts.keySet()).allSatisfy(name -> assertThat(name).contains("NotoSansHans"));
        assertThat(pdf.images).as("charts are vector graphics").isZero();
    }

    @Test
    void withoutCoverPageOneHasTheHeaderAndTitle() throws Exception {
        Document doc = new Document(info(null)).title("测试标题", "副标题");
        doc.paragraph("内容");
        PdfText pdf = write(doc, "plain.pdf");
        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(pdf.page(1)).contains("示例县测试报告", "测试标题", "副标题", "内容", "第1页/共1页");
        assertThat(pdf.title).isEqualTo("示例县测试报告");
    }

    private PdfText write(Document doc, String name) throws Exception {
        RenderedPdf r = new PdfRenderer().render(doc);
        Path file = dir.resolve(name);
        Files.write(file, r.bytes());
        Path keep = Path.of("target/report-preview");
        Files.createDirectories(keep);
        Files.write(keep.resolve(name), r.bytes());
        PdfText pdf = PdfText.read(file);
        assertThat(pdf.pageCount()).isEqualTo(r.pages());
        return pdf;
    }

    @Test
    void aLongNoticeRunsOverPagesWithItsLetterheadOnlyOnPageOneAndTheSignOffAtTheEnd() throws Exception {
        Document doc = new Document(new DocumentInfo("示例县", "督办通知单（示例县人民法院）", "联监督〔2025〕FY01-20251231号", "2025-12-31",
                "2026-01-05 09:00", "示例县人民法院督办通知单", "示例县人大常委会", null, true));
        doc.letterhead("示例县人大常委会监察和司法工作委员会\n中共示例县委政法委员会", "督办通知单", "联监督〔2025〕FY01-20251231号");
        doc.address("示例县人民法院：");
        doc.paragraph("现予督办。");
        doc.h1("一、督办事项");
        List<lianjian.reporting.table.FollowUpRow> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(new lianjian.reporting.table.FollowUpRow(i <= 20 ? "提请专题报告（20 项）" : "一般督办（40 项）", "WT-" + i,
                    "问题描述" + i, "问题整改", "2025-01-01", "2025-03-01", String.valueOf(300 - i), true));
        }
        doc.table(lianjian.reporting.table.FollowUpRow.table(rows, "类别", "起算日期", "办理期限", "逾期天数"));
        doc.signature("示例县人大常委会监察和司法工作委员会\n中共示例县委政法委员会", "2026年1月5日");
        doc.replySlip("请签收后送回。", "示例县人民法院", "联监督〔2025〕FY01-20251231号");

        PdfText pdf = write(doc, "notice.pdf");

        int n = pdf.pageCount();
        assertThat(n).isGreaterThanOrEqualTo(3);
        assertThat(pdf.page(1)).startsWith("示例县人大常委会监察和司法工作委员会中共示例县委政法委员会督办通知单联监督〔2025〕FY01-20251231号示例县人民法院：")
                .contains("第1页/共" + n + "页").doesNotContain("示例县督办通知单（示例县人民法院）");
        for (int p = 2; p <= n; p++) {
            // later pages: the running header with the number, the table header again, the footer
            assertThat(pdf.page(p)).as("page " + p).contains("示例县督办通知单（示例县人民法院）联监督〔2025〕FY01-20251231号",
                    "第" + p + "页/共" + n + "页").doesNotContain("中共示例县委政法委员会督办通知单");
            if (p < n) assertThat(pdf.page(p)).contains("序号编号事项类别起算日期办理期限逾期天数");
        }
        String all = pdf.squashed();
        for (int i = 1; i <= 60; i++) assertThat(all).contains("WT-" + i + "问题描述" + i);
        // the sign-off and the reply slip come last, after every item
        assertThat(all.indexOf("2026年1月5日")).isGreaterThan(all.indexOf("WT-60"));
        assertThat(pdf.page(n)).contains("回执", "收文单位：示例县人民法院", "签收人：");
    }
}
