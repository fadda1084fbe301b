package lianjian.cli;

import java.util.List;

import org.springframework.stereotype.Component;

import lianjian.console.Console;
import lianjian.importing.receipt.Receipt;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.importing.validate.ImportMessage;
import lianjian.indicators.HeadlineStatus;

/** Prints the import log (receipts) and the headline figures for {@code status}. */
@Component
public class StatusPrinter {

    private final ReceiptRepository receipts;
    private final Console console;
    private final HeadlineStatus headlines;

    public StatusPrinter(ReceiptRepository receipts, Console console, HeadlineStatus headlines) {
        this.receipts = receipts;
        this.console = console;
        this.headlines = headlines;
    }

    public void print(int files, boolean details) {
        List<Receipt> latest = receipts.latest(files);
        console.line("导入记录（最近 " + latest.size() + " 个文件，新的在前）");
        if (latest.isEmpty()) console.line("  （还没有导入过文件：把 Excel 文件放入 data-import/inbox/ 后运行 run）");
        for (Receipt r : latest) {
            console.line(String.format("  #%d  %s  %s  %s", r.id(), r.startedAt(), r.outcome().chinese(), r.fileName()));
            console.line(String.format("        读取 %,d 行，导入 %,d 行，有错误 %,d 行，警告 %,d 条；SHA-256 %s…",
                    r.rowsRead(), r.rowsImported(), r.rowsRejected(), r.warnings(), r.sha256().substring(0, 12)));
            if (r.message() != null) console.line("        " + r.message());
            if (r.errorWorkbook() != null) console.line("        错误报告：" + r.errorWorkbook());
            if (details) {
                for (ImportMessage m : receipts.messages(r.id(), 20)) {
                    console.line("        [" + m.level().chinese() + "] " + m.text());
                }
            }
        }
        headlines.print(console);
    }
}
