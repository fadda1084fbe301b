package lianjian.site.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.importing.receipt.Outcome;
import lianjian.importing.receipt.Receipt;
import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;
import lianjian.indicators.Formats;
import lianjian.site.data.SiteData;
import lianjian.site.data.SiteDataLoader;
import lianjian.site.render.Page;
import lianjian.site.render.SitePaths;
import lianjian.site.view.TableView;
import lianjian.site.view.TableView.Cell;
import lianjian.site.view.TableView.Column;

/**
 * 数据导入记录: every receipt of the import log (newest first), then each rejected or partly imported
 * file with its errors, then files imported with warnings. File names and messages come from the
 * units' spreadsheets and are shown as text.
 */
public final class ImportLogPage {

    /** A file with its messages. {@code more} counts messages not listed here (the error workbook has them). */
    public record FileMessages(String id, String fileName, String outcome, String finishedAt, String summary,
                               String errorWorkbook, String movedTo, TableView table, int count, int more) {}

    private final SiteContext ctx;

    public ImportLogPage(SiteContext ctx) { this.ctx = ctx; }

    public Page page() {
        SiteData data = ctx.data();
        Map<String, Object> m = ctx.layout().page(SitePaths.IMPORTS, Layout.NAV_IMPORTS, "数据导入记录");
        List<Receipt> all = data.receipts;
        m.put("fileCount", all.size());
        m.put("importedCount", all.stream().filter(r -> r.outcome() == Outcome.IMPORTED).count());
        m.put("partialCount", all.stream().filter(r -> r.outcome() == Outcome.PARTIAL).count());
        m.put("rejectedCount", all.stream().filter(r -> r.outcome() == Outcome.REJECTED).count());
        m.put("duplicateCount", all.stream().filter(r -> r.outcome() == Outcome.DUPLICATE).count());
        m.put("rowsImported", Formats.integer(all.stream().mapToLong(Receipt::rowsImported).sum()));
        // File names, sheet names and messages quote what people wrote (cells, names): the 公开版 shows the counts
        // and 数据时效 only.
        if (ctx.showsFreeText()) m.put("receiptTable", receipts(all));
        m.put("lead", ctx.showsFreeText() ? "每个处理过的文件一条回执。文件名和说明来自各单位上报的表格，按原样显示。"
                : "各单位报送数据的导入情况和时效。公开版不列文件名和导入问题明细。");
        m.put("currencyTable", currency());
        m.put("staleCount", data.staleCases().size());
        m.put("staleDays", data.supervision.getStaleDays());
        m.put("asOfDate", data.asOf() == null ? Formats.NONE : Formats.chineseDate(data.asOf()));
        List<FileMessages> rejected = new ArrayList<>(), warned = new ArrayList<>();
        int n = 0;
        for (Receipt r : all) {
            List<ImportMessage> msgs = data.messages.get(r.id());
            if (msgs == null) continue;
            boolean failed = r.outcome() == Outcome.REJECTED || r.outcome() == Outcome.PARTIAL;
            (failed ? rejected : warned).add(fileMessages(r, msgs, ++n));
        }
        m.put("rejectedFiles", rejected);
        m.put("warnedFiles", warned);
        m.put("messageLimit", SiteDataLoader.MESSAGES_PER_FILE);
        return new Page(SitePaths.IMPORTS, "imports.ftlh", m, "数据导入记录");
    }

    static String rowClass(Receipt r) {
        return switch (r.outcome()) {
            case REJECTED -> "row-overdue";
            case PARTIAL -> "row-due-soon";
            default -> "";
        };
    }

    private TableView receipts(List<Receipt> all) {
        TableView.Builder t = TableView.builder("receipts", "导入回执（最新在前；读取、导入、拒收为行数，警告为条数）").csvName("数据导入记录").empty("还没有导入过文件。")
                .columns(Column.code("完成时间"), Column.longText("文件"), Column.code("结果"), Column.number("读取"),
                        Column.number("导入"), Column.number("拒收"), Column.number("警告"), Column.wideText("工作表"),
                        Column.longText("说明"), Column.code("SHA-256"));
        for (Receipt r : all) {
            t.row(rowClass(r), List.of(Cell.of(ListTables.dash(r.finishedAt())), Cell.of(r.fileName()), Cell.of(r.outcome().chinese()),
                    num(r.rowsRead()), num(r.rowsImported()), num(r.rowsRejected()), num(r.warnings()),
                    Cell.of(ListTables.dash(r.sheets())), Cell.of(ListTables.dash(r.message())),
                    // The first 8 hex digits tell files apart on screen; the CSV download has the same text.
                    Cell.of(r.sha256() == null ? Formats.NONE : r.sha256().substring(0, Math.min(8, r.sha256().length())) + "…")));
        }
        return t.build();
    }

    /**
     * 数据时效 (DOMAIN §8.5): per unit and sheet kind, the latest event date in the data and the latest
     * import; case data without new rows for stale-days is marked 可能不全 and says why. Units in the
     * customary order, kinds in the order of DOMAIN §4; the row count is shown, not sortable (a table of
     * units is never a league table).
     */
    private TableView currency() {
        SiteData data = ctx.data();
        TableView.Builder t = TableView.builder("data-currency", "各单位各类数据的时效（截至数据截止日）").csvName("数据时效")
                .empty("还没有导入任何单位的数据。")
                .columns(Column.text("单位"), Column.text("数据类型"), Column.text("按哪个日期"), Column.code("最近日期"),
                        Column.code("最近导入时间"), Column.figure("行数"), Column.wideText("状态"));
        List<lianjian.supervision.SupervisionRepository.Currency> rows = new ArrayList<>(data.currency);
        List<String> kinds = lianjian.supervision.DataCurrency.KINDS.stream().map(k -> k.name()).toList();
        rows.sort(java.util.Comparator.comparingInt((lianjian.supervision.SupervisionRepository.Currency c) -> data.unitRank(c.unitCode()))
                .thenComparingInt(c -> kinds.indexOf(c.kind())));
        String period = data.hasData() ? data.defaultPeriod().code() : null;
        for (var c : rows) {
            String unit = data.unitName(c.unitCode());
            t.row(c.stale() ? "row-due-soon" : "", List.of(
                    period == null || data.unit(c.unitCode()).isEmpty() ? Cell.of(unit) : Cell.link(unit, SitePaths.unit(period, c.unitCode())),
                    Cell.of(c.kind()), Cell.of(DataNotes.eventName(c.kind())), Cell.of(Formats.isoDate(c.latestEvent())),
                    Cell.of(ListTables.dash(c.latestImport())), Cell.of(Formats.integer(c.rows())),
                    Cell.of(c.stale() ? "可能不全：" + DataNotes.staleReason(data, c) : DataNotes.family(c.kind()) == null ? Formats.NONE : "正常")));
        }
        return t.build();
    }

    private static Cell num(int n) { return Cell.sorted(Formats.integer(n), String.valueOf(n)); }

    private FileMessages fileMessages(Receipt r, List<ImportMessage> msgs, int n) {
        String id = "messages-" + n;
        TableView.Builder t = TableView.builder(id, r.fileName() + " 的错误和警告").csvName("导入问题-" + r.id())
                .empty("没有逐条记录的错误或警告。")
                .columns(Column.code("级别"), Column.text("工作表"), Column.number("行"), Column.text("列"), Column.longText("单元格内容"),
                        Column.wideText("说明"));
        for (ImportMessage msg : msgs) {
            String column = msg.column() == null ? "" : msg.column() + (msg.columnLetter() == null ? "" : "（" + msg.columnLetter() + "列）");
            t.row(msg.level() == Level.ERROR ? "row-overdue" : "", List.of(Cell.of(level(msg.level())),
                    Cell.of(ListTables.dash(msg.sheet())),
                    Cell.sorted(msg.rowNumber() > 0 ? String.valueOf(msg.rowNumber()) : Formats.NONE,
                            msg.rowNumber() > 0 ? String.valueOf(msg.rowNumber()) : ""),
                    Cell.of(ListTables.dash(column)), Cell.of(ListTables.dash(msg.value())), Cell.of(msg.rule())));
        }
        int total = ctx.data().messageCounts.getOrDefault(r.id(), msgs.size());
        return new FileMessages(id, r.fileName(), r.outcome().chinese(), ListTables.dash(r.finishedAt()), r.message(),
                relative(r.errorWorkbook()), relative(r.movedTo()), t.build(), total, Math.max(0, total - msgs.size()));
    }

    private static String level(Level level) {
        return switch (level) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            default -> "提示";
        };
    }

    /** A path inside the workspace as the analyst sees it (data-import/rejected/…), not the server's absolute path. */
    String relative(String path) {
        if (path == null || path.isBlank()) return null;
        try {
            Path p = Path.of(path);
            Path root = ctx.data().workspaceRoot;
            if (root != null && p.isAbsolute() && p.normalize().startsWith(root)) {
                return root.relativize(p.normalize()).toString().replace('\\', '/');
            }
        } catch (RuntimeException e) {
            // not a path: show as stored
        }
        return path;
    }
}
