package lianjian.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed → byte-identical workbooks, even seconds apart; another seed → other workbooks. */
class SampleCountyDeterminismTest {

    /** Smaller than the defaults to keep the test quick; the layout is the same. */
    private static final SampleCountyOptions SMALL = SampleCountyOptions.defaults().withCaseCounts(3_000, 1_000);

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDifferentOnes(@TempDir Path tmp)
            throws IOException, InterruptedException {
        Map<String, String> first = hashes(new SampleCountyGenerator(SMALL).writeTo(tmp.resolve("a")));
        // zip entries store times with 2-second resolution: wait long enough that a clock-based
        // timestamp anywhere in the files would show up as a difference
        Thread.sleep(2_100);
        Map<String, String> second = hashes(new SampleCountyGenerator(SMALL).writeTo(tmp.resolve("b")));
        assertThat(second).isEqualTo(first);
        assertThat(first).hasSizeGreaterThanOrEqualTo(14);

        Map<String, String> other = hashes(new SampleCountyGenerator(SMALL.withSeed(7)).writeTo(tmp.resolve("c")));
        assertThat(other.keySet()).isEqualTo(first.keySet());
        for (String name : List.of("人员名册（2025年12月更新）.xlsx", "县法院2022年收结案清单.xlsx",
                "县法院2023年收结案清单.xls", "县检察院2022-2025年受理案件.xlsx", "案件评查结果汇总（2022-2025年）.xlsx",
                "履职评议结果（2020-2025）.xls")) {
            assertThat(other.get(name)).as(name).isNotEqualTo(first.get(name));
        }
    }

    @Test
    void theBrokenWorkbookCanBeLeftOut(@TempDir Path tmp) {
        List<Path> files = new SampleCountyGenerator(SampleCountyOptions.defaults().withCaseCounts(200, 100)
                .withBrokenWorkbook(false)).writeTo(tmp);
        assertThat(files).noneMatch(p -> p.getFileName().toString().equals(BrokenWorkbook.FILE_NAME));
        assertThat(files).hasSize(13);
    }

    @Test
    void theBigWorkbookIsDeterministicToo(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a.xlsx");
        Path b = tmp.resolve("b.xlsx");
        SampleCountyGenerator.writeBigCourtWorkbook(a, 3_000, 99);
        SampleCountyGenerator.writeBigCourtWorkbook(b, 3_000, 99);
        assertThat(sha256(a)).isEqualTo(sha256(b));
        SampleCountyGenerator.writeBigCourtWorkbook(b, 3_000, 100);
        assertThat(sha256(a)).isNotEqualTo(sha256(b));
    }

    private static Map<String, String> hashes(List<Path> files) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path f : files) {
            out.put(f.getFileName().toString(), sha256(f));
        }
        return out;
    }

    static String sha256(Path f) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
