package lianjian.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lianjian.config.LianjianProperties;
import lianjian.console.Console;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.office.OfdReport;
import lianjian.office.WordReport;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorRepository;
import lianjian.indicators.IndicatorRepository.PeriodRow;
import lianjian.indicators.Period;
import lianjian.publish.Audience;
import lianjian.publish.ReportArchive;
import lianjian.publish.ReportEntry;
import lianjian.publish.ReportIndex;
import lianjian.publish.ReportKind;
import lianjian.readmodel.Person;
import lianjian.readmodel.ReadModelSource;
import lianjian.readmodel.Unit;
import lianjian.reporting.data.DomainRecords;
import lianjian.reporting.data.ReportContext;
import lianjian.reporting.pdf.Document;
import lianjian.reporting.pdf.DocumentDigest;
import lianjian.reporting.pdf.PdfRenderer;
import lianjian.reporting.pdf.RenderedPdf;
import lianjian.supervision.SupervisionRepository;

/**
 * Publishes every PDF of a run into a folder (issues #4, #9, #11): the 联席会议综合报告 and a 单位监督报告
 * per unit for the latest half-year and the latest year, the 履职评议覆盖报告 and the 问题整改清单 as of
 * the data's as-of date, a 督办通知单 for every unit with an overdue 督办 item as of the run's as-of
 * date, a 个人履职档案 for every serving judge and prosecutor; then index.json.
 *
 * <p>Documents are assembled one after the other on the calling thread (they read the database,
 * which has one connection) and each is handed to a pool that fills and exports it while the next
 * is assembled: filling and exporting is CPU work on shared, immutable compiled templates. A plain
 * method with timings, so that a benchmark command can call it.
 */
@Component
public class ReportPublisher {

    private final JdbcTemplate jdbc;
    private final IndicatorRepository figures;
    private final ReceiptRepository receipts;
    private final LianjianProperties properties;
    private final Console console;
    private final ReadModelSource readModel;
    private final SupervisionRepository supervision;

    public ReportPublisher(JdbcTemplate jdbc, IndicatorRepository figures, ReceiptRepository receipts,
                           LianjianProperties properties, Console console, ReadModelSource readModel) {
        this.readModel = readModel;
        this.jdbc = jdbc;
        this.figures = figures;
        this.receipts = receipts;
        this.properties = properties;
        this.console = console;
        // Stateless reads of the stored 督办 items and 数据时效 over the same connection.
        this.supervision = new SupervisionRepository(jdbc);
    }

    /** What a report is and where it goes; the document is built when the plan is carried out. */
    private record Planned(String file, String title, ReportKind kind, String period, String unitCode, String personId,
                           LocalDate asOf, Supplier<Document> document) {}

    /** Publishes with one rendering thread per core (at most four). */
    public PublishSummary publishAll(Path reportsDir) {
        return publishAll(reportsDir, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    public PublishSummary publishAll(Path reportsDir, int threads) {
        return publishAll(reportsDir, threads, Audience.INTERNAL);
    }

    /** The reports of one audience, one rendering thread per core (at most four). */
    public PublishSummary publishAll(Path reportsDir, Audience audience) {
        return publishAll(reportsDir, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), audience);
    }

    /**
     * @param audience the 内部版 gets every report; the 公开版 the public variants of the overview and unit reports
     *                 only (no coverage report, 问题整改清单, 督办通知单 or dossier: they are about people or quote
     *                 the spreadsheets' texts throughout)
     */
    public PublishSummary publishAll(Path reportsDir, int threads, Audience audience) {
        return publishAll(reportsDir, threads, audience, null);
    }

    /**
     * As {@link #publishAll(Path, int, Audience)}, with the published site's reports/ of the previous run
     * ({@code previousReports}, or null): a PDF whose inputs ({@link DocumentDigest}) equal those recorded there
     * is linked from it, not rendered again; and every report there that this run does not write again is kept
     * ({@link ReportArchive}): listed in index.json after this run's reports, not counted in the summary.
     */
    public PublishSummary publishAll(Path reportsDir, Audience audience, Path previousReports) {
        return publishAll(reportsDir, audience, previousReports, true);
    }

    /** As above; {@code reusePrevious} false ({@code run --full}) renders every PDF but still keeps the earlier reports. */
    public PublishSummary publishAll(Path reportsDir, Audience audience, Path previousReports, boolean reusePrevious) {
        return publishAll(reportsDir, Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), audience,
                previousReports, reusePrevious);
    }

    public PublishSummary publishAll(Path reportsDir, int threads, Audience audience, Path previousReports) {
        return publishAll(reportsDir, threads, audience, previousReports, true);
    }

    public PublishSummary publishAll(Path reportsDir, int threads, Audience audience, Path previousReports,
                                     boolean reusePrevious) {
        long t0 = System.nanoTime();
        createDirectories(reportsDir);
        Optional<IndicatorRepository.Run> run = figures.run();
        if (run.isEmpty() || figures.periods().isEmpty()) {
            // No data at all (a first run on an empty workspace): no reports and no index, which the
            // dashboard's 报告下载 page reports as "本次发布没有生成 PDF 报告".
            return new PublishSummary(List.of(), millis(t0), 0, 0, millis(t0), threads, 0);
        }
        ReportContext ctx = context(run.get(), audience);
        long loaded = System.nanoTime();
        List<Planned> plan = plan(ctx);
        AtomicLong assembling = new AtomicLong();
        ReusablePdfs previous = ReusablePdfs.in(reusePrevious ? previousReports : null);
        List<ReportEntry> published = render(plan, reportsDir, threads, assembling, previous);
        List<ReportEntry> listed = new ArrayList<>(published);
        listed.addAll(ReportArchive.carryOver(previousReports, reportsDir, published));
        ReportIndex.write(reportsDir, listed);
        long total = millis(t0), load = (loaded - t0) / 1_000_000, assemble = assembling.get() / 1_000_000;
        return new PublishSummary(published, load, assemble, total - load, total, threads, previous.reused());
    }

    private ReportContext context(IndicatorRepository.Run run, Audience audience) {
        return new ReportContext(figures, IndicatorCatalog.load(properties), readModel.current(),
                DomainRecords.load(jdbc), receipts.all(), run, properties.getCounty(), LocalDateTime.now().withNano(0),
                supervision.followUpItems(), supervision.currency(), properties.getSupervision(), audience);
    }

    /**
     * Every document {@link #publishAll} would render for {@code audience}, assembled, nothing written. For the
     * benchmark that measures what PDF/A costs (issue 14); empty without figures.
     */
    public List<Document> assembleAll(Audience audience) {
        Optional<IndicatorRepository.Run> run = figures.run();
        if (run.isEmpty() || figures.periods().isEmpty()) return List.of();
        return plan(context(run.get(), audience)).stream().map(p -> p.document().get()).toList();
    }

    /** The reports of a run, in index order. */
    private List<Planned> plan(ReportContext ctx) {
        List<Planned> out = new ArrayList<>();
        Optional<PeriodRow> half = figures.latest(Period.Kind.HALF);
        Optional<PeriodRow> year = figures.latest(Period.Kind.YEAR);
        List<PeriodRow> periods = new ArrayList<>();
        half.ifPresent(periods::add);
        year.ifPresent(periods::add);
        for (PeriodRow p : periods) {
            OverviewReport r = new OverviewReport(ctx, p);
            out.add(new Planned(FileNames.overview(p.code()), r.title(), ReportKind.OVERVIEW, p.code(), null, null, p.end(),
                    r::build));
        }
        for (PeriodRow p : periods) {
            for (Unit unit : ctx.model().units()) {
                UnitReport r = new UnitReport(ctx, p, unit);
                out.add(new Planned(FileNames.unit(unit.code(), p.code()), r.title(), ReportKind.UNIT, p.code(), unit.code(),
                        null, p.end(), r::build));
            }
        }
        if (!ctx.showsPeople()) return out; // the 公开版: overview and unit reports only
        // As-of reports: the latest year and the latest half-year both end at the data's as-of date.
        if (year.isPresent()) {
            CoverageReport r = new CoverageReport(ctx, year.get());
            out.add(new Planned(FileNames.coverage(r.asOf()), r.title(), ReportKind.COVERAGE, null, null, null, r.asOf(),
                    r::build));
        }
        // 整改清单: one per period of the overviews (the half-year and the year), each counting its own period
        // (本期新发现, 本期完成整改), so the year's 问题整改 page and overview link one that counts the year.
        for (PeriodRow p : periods) {
            RectificationReport r = new RectificationReport(ctx, p);
            out.add(new Planned(FileNames.rectification(p.code()), r.title(), ReportKind.RECTIFICATION, p.code(), null, null,
                    p.end(), r::build));
        }
        // 督办通知单: one per responsible unit with an overdue item, as of the run's as-of date (the items' date).
        for (NoticeReport r : NoticeReport.all(ctx)) {
            out.add(new Planned(FileNames.notice(r.unitCode(), r.asOf()), r.title(), ReportKind.NOTICE, null, r.unitCode(), null,
                    r.asOf(), r::build));
        }
        if (year.isPresent()) {
            DossierReport.Batch batch = new DossierReport.Batch(ctx, year.get());
            for (Person person : DossierReport.subjects(ctx, batch.asOf)) {
                DossierReport r = new DossierReport(batch, person);
                out.add(new Planned(FileNames.dossier(person.id(), batch.asOf), r.title(), ReportKind.DOSSIER, null,
                        person.unitCode(), person.id(), batch.asOf, r::build));
            }
        }
        return out;
    }

    private List<ReportEntry> render(List<Planned> plan, Path dir, int threads, AtomicLong assembling, ReusablePdfs previous) {
        PdfRenderer renderer = new PdfRenderer();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "report-render");
            t.setDaemon(true);
            return t;
        });
        List<ReportEntry> out = new ArrayList<>();
        try (Console.Task progress = console.progress("生成报告", plan.size(), "份")) {
            List<Future<ReportEntry>> futures = new ArrayList<>();
            for (Planned p : plan) {
                long a0 = System.nanoTime();
                Document document = p.document().get();
                String inputs = DocumentDigest.of(document);
                assembling.addAndGet(System.nanoTime() - a0);
                Optional<ReportEntry> same = previous.reuse(p.file(), inputs, dir);
                if (same.isPresent()) {
                    // the office copies of an unchanged report are the previous ones too (written anew if missing there)
                    for (String copy : officeCopies(p)) {
                        if (!previous.reuseCopy(copy, dir)) writeCopy(copy, document, dir);
                    }
                    progress.stepTo(done.incrementAndGet());
                    ReportEntry e = same.get();
                    futures.add(CompletableFuture.completedFuture(new ReportEntry(p.file(), p.title(), p.kind(), p.period(),
                            p.unitCode(), p.personId(), p.asOf().toString(), e.pages(), e.bytes(), true, inputs)));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    RenderedPdf pdf = renderer.render(document);
                    Files.write(dir.resolve(p.file()), pdf.bytes());
                    for (String copy : officeCopies(p)) writeCopy(copy, document, dir);
                    progress.stepTo(done.incrementAndGet());
                    return new ReportEntry(p.file(), p.title(), p.kind(), p.period(), p.unitCode(), p.personId(),
                            p.asOf().toString(), pdf.pages(), (long) pdf.bytes().length, true, inputs);
                }));
            }
            for (Future<ReportEntry> f : futures) out.add(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("报告生成被中断", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException("报告生成失败：" + cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /**
     * Issue #14: the reports people rewrite or sign get an editable Word copy of the same content; the overview also
     * an OFD copy (GB/T 33190), the format of the government's electronic documents.
     */
    private static List<String> officeCopies(Planned p) {
        if (p.kind() == ReportKind.OVERVIEW) return List.of(WordReport.fileFor(p.file()), OfdReport.fileFor(p.file()));
        if (p.kind() == ReportKind.NOTICE) return List.of(WordReport.fileFor(p.file()));
        return List.of();
    }

    private static void writeCopy(String copy, Document document, Path dir) {
        if (copy.endsWith(".ofd")) OfdReport.write(document, dir.resolve(copy));
        else WordReport.write(document, dir.resolve(copy));
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建报告目录 " + dir, e);
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
