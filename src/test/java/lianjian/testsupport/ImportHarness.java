package lianjian.testsupport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.transaction.support.TransactionTemplate;

import lianjian.config.LianjianProperties;
import lianjian.console.Console;
import lianjian.importing.FileImporter;
import lianjian.importing.ImportOrder;
import lianjian.importing.ImportResult;
import lianjian.importing.kind.SheetKindCatalog;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.importing.validate.SheetRecognizer;
import lianjian.workspace.InboxScanner;
import lianjian.workspace.Workspace;

/**
 * The import pipeline without Spring: a workspace in a temp folder, its database (SQLite in it, or a
 * PostgreSQL schema of its own), and the same
 * classes the import step uses, one transaction per file as the step does.
 */
public final class ImportHarness {

    public static final SheetKindCatalog KINDS = SheetKindCatalog.load();

    public final Workspace workspace;
    public final TestDatabase db;
    public final LianjianProperties properties = new LianjianProperties();
    public final ReceiptRepository receipts;
    private final FileImporter importer;
    private final TransactionTemplate perFile;

    public ImportHarness(Path root) {
        this(root, Backend.SQLITE);
    }

    /** A workspace in {@code root} with its database on {@code backend} (SQLite in the workspace, or PostgreSQL). */
    public ImportHarness(Path root, Backend backend) {
        this.workspace = new Workspace(root);
        this.db = new TestDatabase(backend, workspace.database());
        properties.setWorkspace(root);
        properties.getImport().setSettleSeconds(0);
        this.receipts = new ReceiptRepository(db.jdbc);
        this.importer = new FileImporter(db.jdbc, db.tx, receipts, KINDS, properties, workspace, new Console(true),
                new ImportOrder(new SheetRecognizer(KINDS)));
        this.perFile = new TransactionTemplate(db.tx);
    }

    public Path inbox(String name) { return workspace.inbox().resolve(name); }

    /** Imports every ready file of the inbox in the product's order; returns what happened to each. */
    public List<ImportResult> runImport() {
        receipts.confirmMoves();
        InboxScanner.Scan scan = new InboxScanner(java.time.Duration.ZERO).scan(workspace.inbox());
        List<ImportResult> results = new ArrayList<>();
        for (InboxScanner.Candidate c : new ImportOrder(new SheetRecognizer(KINDS)).sort(scan.ready())) {
            results.add(perFile.execute(status -> importer.importFile(c.path(), LocalDate.now())));
        }
        receipts.confirmMoves();
        return results;
    }

    /** Imports one file and returns its result. */
    public ImportResult importOne(Path file) {
        return perFile.execute(status -> importer.importFile(file, LocalDate.now()));
    }

    /** Standard reference data most tests need: one court, one procuratorate, two more units, a few staff. */
    public void loadReferenceData() throws Exception {
        TestWorkbook.create().sheet("单位名录")
                .row("单位编码", "单位名称", "单位类型", "别名")
                .row("FY01", "示例县人民法院", "法院", "县法院,示例县法院")
                .row("JCY01", "示例县人民检察院", "检察院", "县检察院")
                .row("GAJ01", "示例县公安局", "公安局", null)
                .row("SFJ01", "示例县司法局", "司法局", null)
                .writeXlsx(inbox("单位名录.xlsx"));
        TestWorkbook.create().sheet("人员名册")
                .row("人员编号", "姓名", "所属单位", "人员类别", "职务", "是否员额", "任命日期", "离任日期", "离任原因")
                .row("P001", "张明", "FY01", "法官", "审判员", null, LocalDate.of(2018, 3, 1), null, null)
                .row("P002", "李华", "县法院", "法官", "庭长", "是", LocalDate.of(2015, 6, 1), null, null)
                .row("P003", "王芳", "FY01", "法官", "审判员", null, LocalDate.of(2019, 1, 10), null, null)
                .row("P004", "王芳", "FY01", "法官", "审判员", null, LocalDate.of(2020, 1, 10), null, null)
                .row("P101", "赵强", "JCY01", "检察官", "检察员", null, LocalDate.of(2017, 5, 1), null, null)
                .writeXlsx(inbox("人员名册.xlsx"));
        runImport();
    }
}
