package lianjian.cli;

import java.util.List;

import org.springframework.stereotype.Component;

import lianjian.console.Console;
import lianjian.importing.ImportResult;
import lianjian.importing.ImportRunLog;
import lianjian.importing.receipt.Outcome;
import lianjian.run.RunLauncher;
import lianjian.workspace.Workspace;

/** The few lines printed at the end of a run: what was imported, rejected, published. */
@Component
public class RunSummaryPrinter {

    private final ImportRunLog runLog;
    private final Console console;
    private final Workspace workspace;

    public RunSummaryPrinter(ImportRunLog runLog, Console console, Workspace workspace) {
        this.runLog = runLog;
        this.console = console;
        this.workspace = workspace;
    }

    public void print(int status) {
        List<ImportResult> results = runLog.results();
        long imported = results.stream().filter(r -> r.outcome() != null && r.outcome().imported()).count();
        long rejected = results.stream().filter(r -> r.outcome() == Outcome.REJECTED).count();
        long duplicates = results.stream().filter(r -> r.outcome() == Outcome.DUPLICATE).count();
        long rows = results.stream().mapToLong(ImportResult::rowsImported).sum();
        console.line("");
        console.line("本次运行：处理文件 " + results.size() + " 个 —— 导入 " + imported + " 个（共 " + String.format("%,d", rows)
                + " 行），拒绝 " + rejected + " 个，重复 " + duplicates + " 个"
                + (runLog.stillBeingWritten().isEmpty() ? "" : "，暂缓 " + runLog.stillBeingWritten().size() + " 个（仍在写入）"));
        long leftInInbox = results.stream().filter(ImportResult::leftInInbox).count();
        if (rejected > leftInInbox) {
            console.line("被拒绝的文件在 " + workspace.rejectedRoot() + " 下，旁边的「*.错误报告.xlsx」说明了每处错误。");
        }
        if (leftInInbox > 0) {
            console.line(leftInInbox + " 个文件未能处理，仍在 " + workspace.inbox() + " 中（原因见上），下次运行时再试。");
        }
        List<String> earlier = runLog.earlierRejections();
        if (!earlier.isEmpty()) {
            console.line("此前未完成的运行中有 " + earlier.size() + " 个文件被拒绝：" + String.join("、", earlier.stream().limit(10).toList())
                    + (earlier.size() > 10 ? " 等" : "") + "（在 " + workspace.rejectedRoot() + " 下，各有错误报告）。");
        }
        switch (status) {
            case RunLauncher.OK -> console.line("结果：成功。");
            case RunLauncher.REJECTIONS -> console.line("结果：运行完成，但有文件被拒绝（退出码 2）。");
            default -> console.line("结果：运行失败（退出码 1），原有看板保持不变。");
        }
    }
}
