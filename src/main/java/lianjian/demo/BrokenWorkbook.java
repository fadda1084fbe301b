package lianjian.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one workbook the importer must reject: a late 信访 supplement from the 司法局 with four
 * typical mistakes — an impossible date (2025-02-30), a 来源 outside the enumeration, a missing
 * required 责任单位, and an 办结日期 before the 收到日期. Its 信访编号 are used nowhere else, so
 * rejecting the whole file loses nothing the other figures need.
 */
final class BrokenWorkbook {

    static final String FILE_NAME = "县司法局信访台账补报（有误）.xlsx";

    private BrokenWorkbook() {
    }

    static WorkbookSpec spec(int lastYear, LocalDateTime savedAt) {
        String y = String.valueOf(lastYear);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(y, 1, y + "-11-03", "来访", "县司法局", y + "-11-20", "息诉罢访"));
        rows.add(row(y, 2, y + "-11-05", "来信", "县司法局", y + "-11-28", "依法终结"));
        rows.add(row(y, 3, y + "-02-30", "来访", "县司法局", y + "-03-18", "息诉罢访")); // impossible date
        rows.add(row(y, 4, y + "-11-12", "网上", "县司法局", null, "办理中"));
        rows.add(row(y, 5, y + "-11-14", "电话", "县司法局", y + "-12-01", "息诉罢访")); // not an allowed 来源
        rows.add(row(y, 6, y + "-11-19", "人大转交", "县司法局", y + "-12-10", "导入司法程序"));
        rows.add(row(y, 7, y + "-11-21", "来访", null, y + "-12-05", "息诉罢访")); // required 责任单位 missing
        rows.add(row(y, 8, y + "-11-26", "来信", "县司法局", null, "办理中"));
        rows.add(row(y, 9, y + "-10-15", "来访", "县司法局", y + "-10-08", "依法终结")); // closed before received
        rows.add(row(y, 10, y + "-12-02", "网上", "县司法局", null, "办理中"));
        SheetSpec sheet = new SheetSpec("信访台账", List.of("示例县司法局涉法涉诉信访台账（补报）"), 0,
                List.of("信访编号", "收到日期", "来源", "责任单位", "涉及案号", "办结日期", "化解状态"), rows, false,
                "yyyy-mm-dd");
        return new WorkbookSpec(FILE_NAME, List.of(sheet), "示例县司法局", savedAt, false);
    }

    private static List<Object> row(String year, int n, String received, String source, String unit, String closed,
                                    String resolution) {
        return Arrays.asList(String.format(Locale.ROOT, "SFJ-BB%s-%02d", year, n), received, source, unit, null, closed, resolution);
    }
}
