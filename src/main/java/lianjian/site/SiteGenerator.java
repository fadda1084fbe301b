package lianjian.site;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import lianjian.charts.ChartFonts;
import lianjian.config.LianjianProperties;
import lianjian.importing.receipt.ReceiptRepository;
import lianjian.publish.Audience;
import lianjian.indicators.IndicatorRepository;
import lianjian.readmodel.ReadModelSource;
import lianjian.site.data.SiteData;
import lianjian.site.data.SiteDataLoader;
import lianjian.site.page.CoveragePages;
import lianjian.site.page.ImportLogPage;
import lianjian.site.page.IndicatorGuidePage;
import lianjian.site.page.Layout;
import lianjian.site.page.ListPages;
import lianjian.site.page.OverviewPages;
import lianjian.site.page.PeopleIndexPage;
import lianjian.site.page.PeriodIndexPage;
import lianjian.site.page.PersonPages;
import lianjian.site.page.RectificationPages;
import lianjian.site.page.ReportsPage;
import lianjian.site.page.SiteContext;
import lianjian.site.page.PlanPage;
import lianjian.site.page.SupervisionPage;
import lianjian.site.page.UnitPages;
import lianjian.site.page.WarningPages;
import lianjian.site.render.Assets;
import lianjian.site.render.ChartWriter;
import lianjian.site.render.ModelDigest;
import lianjian.site.render.Page;
import lianjian.site.render.ReusableOutputs;
import lianjian.site.render.SitePaths;
import lianjian.site.render.Templates;
import lianjian.workspace.Workspace;

/**
 * Writes the dashboard pages into a folder (the publish step passes {@link lianjian.publish.PublicationBuild#dir()}, which
 * already holds data/ and reports/). Three phases: load everything once (on the caller's thread:
 * the database has one connection, bound to the step's transaction), build every page's model (the
 * charts they ask for are drawn meanwhile on the other cores), then render the pages on all cores.
 * {@link #generate(Path)} is a plain method so a benchmark can call it and read the timings.
 */
@Component
public class SiteGenerator {

    /** What a build produced and how long each phase took. */
    public record Result(int pages, Map<String, Integer> pagesByType, int charts, int assets, long bytes, long loadMillis,
                         long modelMillis, long renderMillis, long totalMillis, int reused) {

        /** One line for the terminal. */
        public String summary() {
            return String.format("%d 页（%s），%d 张图表，重新生成 %d 个、沿用上次 %d 个，%.1f MB，用时 %.1f 秒（读取 %.1f，组织 %.1f，生成 %.1f）",
                    pages, String.join("、", pagesByType.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()),
                    charts, pages + charts - reused, reused, bytes / 1e6, totalMillis / 1e3, loadMillis / 1e3,
                    modelMillis / 1e3, renderMillis / 1e3);
        }
    }

    private final IndicatorRepository figures;
    private final ReceiptRepository receipts;
    private final JdbcTemplate jdbc;
    private final LianjianProperties properties;
    private final Workspace workspace;
    private final ReadModelSource readModel;
    private final Templates templates = new Templates();

    public SiteGenerator(IndicatorRepository figures, ReceiptRepository receipts, JdbcTemplate jdbc,
                         LianjianProperties properties, Workspace workspace, ReadModelSource readModel) {
        this.readModel = readModel;
        this.figures = figures;
        this.receipts = receipts;
        this.jdbc = jdbc;
        this.properties = properties;
        this.workspace = workspace;
    }

    /** Builds the whole 内部版 into {@code dir}, stamped with the current time. */
    public Result generate(Path dir) {
        return generate(dir, LocalDateTime.now().withNano(0));
    }

    public Result generate(Path dir, LocalDateTime generatedAt) {
        return generate(dir, generatedAt, Audience.INTERNAL);
    }

    /**
     * Builds the whole site for {@code audience} into {@code dir}. The 公开版 is the same generator in its public
     * mode (see {@link SiteContext}): no person pages and no 人员 index; every other page without its personal parts.
     */
    public Result generate(Path dir, LocalDateTime generatedAt, Audience audience) {
        return generate(dir, generatedAt, audience, ReusableOutputs.none());
    }

    /**
     * As above, taking over from the published site every page and chart whose inputs are unchanged ({@code previous},
     * issue 13): such a file keeps its bytes and time, and is not rendered again. Records this build's inputs for the
     * next run either way.
     */
    public Result generate(Path dir, LocalDateTime generatedAt, Audience audience, ReusableOutputs previous) {
        long t0 = System.nanoTime();
        int reusedBefore = previous.reused(); // the period workbooks may have been taken over already
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "site-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            AtomicLong bytes = new AtomicLong();
            // The CJK font (9 MB) is parsed while the database is read, on another core.
            work.add(pool.submit(() -> ChartFonts.regular(10f).getFamily() + ChartFonts.medium(10f).getFamily()));
            SiteData data = new SiteDataLoader(figures, receipts, jdbc, properties)
                    .load(readModel.current(), dir, workspace == null ? null : workspace.root(), generatedAt, audience);
            long t1 = System.nanoTime();

            // Charts are drawn as soon as a page asks for one, while the other models are still being built.
            SiteContext ctx = SiteContext.of(data, job -> work.add(pool.submit(() -> {
                if (previous.reuse(job.path(), ModelDigest.of("chart", job.spec(), Set.of()).hex(), dir)) return 0L;
                return bytes.addAndGet(ChartWriter.write(dir, job.path(), job.spec()));
            })));
            List<Page> pages = new ArrayList<>();
            pages.addAll(new OverviewPages(ctx).pages());
            if (data.hasData()) {
                pages.addAll(new UnitPages(ctx).pages());
                pages.addAll(new CoveragePages(ctx).pages());
                pages.addAll(new RectificationPages(ctx).pages());
                if (ctx.showsPeople()) pages.addAll(new PersonPages(ctx).pages());
                pages.addAll(new ListPages(ctx).pages());
                pages.addAll(new WarningPages(ctx).pages());
                pages.add(new SupervisionPage(ctx).page());
                if (!data.model.plan().isEmpty()) pages.add(new PlanPage(ctx).page());
            }
            if (ctx.showsPeople()) pages.add(new PeopleIndexPage(ctx).page());
            pages.add(new ImportLogPage(ctx).page());
            pages.add(new IndicatorGuidePage(ctx).page());
            pages.add(new ReportsPage(ctx).page());
            pages.add(new PeriodIndexPage(ctx).page());
            long t2 = System.nanoTime();

            int assets = Assets.copy(dir.resolve(SitePaths.ASSETS));
            for (Page p : pages) {
                work.add(pool.submit(() -> {
                    // The footer's generation time is left out: a page taken over keeps the time it was generated at.
                    String digest = ModelDigest.of(p.template(), p.model(), Set.of(Layout.GENERATED_AT)).hex();
                    if (previous.reuse(p.path(), digest, dir)) return 0L;
                    return bytes.addAndGet(templates.render(p.template(), p.model(), dir.resolve(p.path())));
                }));
            }
            await(work);
            previous.write(dir);
            long t3 = System.nanoTime();

            Map<String, Integer> byType = new LinkedHashMap<>();
            for (Page p : pages) byType.merge(p.type(), 1, Integer::sum);
            return new Result(pages.size(), byType, ctx.charts().jobs().size(), assets, bytes.get(), ms(t1 - t0), ms(t2 - t1),
                    ms(t3 - t2), ms(t3 - t0), previous.reused() - reusedBefore);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for every task; the first failure fails the build. */
    private static void await(List<Future<?>> work) {
        try {
            for (Future<?> f : work) f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("看板生成被中断", e);
        }
    }

    private static long ms(long nanos) { return nanos / 1_000_000; }
}
