package lianjian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.cli.LianjianCommand;
import lianjian.testsupport.TestWorkbook;

/**
 * Issue #5 item 5: the site is built in a folder beside site/ and swapped in; when building the pages
 * fails, the previous site stays byte for byte, the build folder is gone and {@code run} exits 1.
 * Issue #15: the same for the pair — site/ and site-public/ are both kept when the build fails.
 */
class AtomicPublishTest {

    @TempDir
    Path ws;

    private int run(String... extra) {
        String[] args = Stream.concat(Stream.of("run", "--workspace", ws.toString(), "-q", "--lianjian.import.settle-seconds=0"),
                Stream.of(extra)).toArray(String[]::new);
        return LianjianCommand.execute(args);
    }

    private void smallCounty() throws Exception {
        Path inbox = ws.resolve("data-import/inbox");
        TestWorkbook.create().sheet("单位名录").row("单位编码", "单位名称", "单位类型")
                .row("FY01", "示例县人民法院", "法院").row("SFJ01", "示例县司法局", "司法局")
                .writeXlsx(inbox.resolve("单位.xlsx"));
        TestWorkbook.create().sheet("人员名册").row("人员编号", "姓名", "所属单位", "人员类别", "任命日期")
                .row("P001", "张明", "FY01", "法官", LocalDate.of(2018, 3, 1))
                .writeXlsx(inbox.resolve("人员.xlsx"));
        TestWorkbook wb = TestWorkbook.create().sheet("法院案件").row("案号", "案件类型", "审判程序", "立案日期", "结案日期", "承办人编号");
        for (int i = 1; i <= 40; i++) {
            wb.row("（2025）示0123民初" + i + "号", "民事", "一审", LocalDate.of(2025, 1, 5).plusDays(i * 3),
                    i % 4 == 0 ? null : LocalDate.of(2025, 3, 1).plusDays(i * 2), "P001");
        }
        wb.writeXlsx(inbox.resolve("案件.xlsx"));
    }

    @Test
    void aFailingPageBuildLeavesThePreviousSiteByteForByteAndRunExitsOne() throws Exception {
        smallCounty();
        int[] first = new int[1];
        String firstErr = stderr(() -> first[0] = run());
        assertThat(first[0]).as(firstErr).isZero();
        Path site = ws.resolve("site");
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("2025/unit-FY01.html")).exists();
        Map<String, String> before = fingerprint(site);
        assertThat(before).hasSizeGreaterThan(20);
        Path publicSite = ws.resolve("site-public");
        assertThat(publicSite.resolve("2025/unit-FY01.html")).exists();
        Map<String, String> publicBefore = fingerprint(publicSite);

        // New data arrives, so a successful run would change the site (import log, figures) …
        TestWorkbook.create().sheet("问题清单")
                .row("问题编号", "发现日期", "问题来源", "责任单位", "问题描述", "整改时限", "整改状态")
                .row("WT-1", LocalDate.of(2025, 5, 6), "明察暗访", "SFJ01", "窗口服务不规范", LocalDate.of(2025, 6, 30), "整改中")
                .writeXlsx(ws.resolve("data-import/inbox/问题.xlsx"));
        // … but the page build fails after writing its pages.
        String err = stderr(() -> assertThat(run("--spring.main.sources=" + FailingSiteGeneratorConfiguration.class.getName()))
                .isEqualTo(1));

        assertThat(err).contains(FailingSiteGeneratorConfiguration.MESSAGE);
        assertThat(fingerprint(site)).as("site/ byte for byte as before").isEqualTo(before);
        assertThat(fingerprint(publicSite)).as("site-public/ byte for byte as before").isEqualTo(publicBefore);
        assertThat(ws.resolve(".site-build")).as("the unfinished build is discarded").doesNotExist();
        assertThat(ws.resolve(".site-public-build")).doesNotExist();
        assertThat(ws.resolve(".site-previous")).doesNotExist();

        // Control: the same run without the failure publishes the new data.
        assertThat(run()).isZero();
        assertThat(fingerprint(site)).isNotEqualTo(before);
        assertThat(Files.readString(site.resolve("2025/rectification.html"))).contains("窗口服务不规范");
        assertThat(fingerprint(publicSite)).isNotEqualTo(publicBefore);
        assertThat(Files.readString(publicSite.resolve("2025/rectification.html"))).contains("WT-1").doesNotContain("窗口服务不规范");
    }

    /** Relative path → SHA-256 of every file under {@code dir}. */
    static Map<String, String> fingerprint(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return m;
    }

    private static String stderr(Runnable r) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
