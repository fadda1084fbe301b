package lianjian.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the synthetic 示例县 (DOMAIN §7 {@code demo}) into an inbox folder as the units would send
 * it: several workbooks, each messy in its own way, all importable except one deliberately broken
 * file. The same {@link SampleCountyOptions} always give byte-identical files.
 *
 * <p>Workbooks, in the order written (and in ascending modification time), for the default
 * years 2022–2025:
 * <ol>
 * <li>单位名录.xlsx — the four units; 检察院 typed as its synonym 人民检察院.</li>
 * <li>人员名册（2025年12月更新）.xlsx — merged title row and a blank row above the header (header on
 *     row 3); 所属单位 by name, alias or code; 人大常委会任命日期 header synonym; 是否员额 mostly blank.</li>
 * <li>县法院2022年收结案清单.xlsx — an unrecognised 填表说明 sheet first; 收结案清单 with standard
 *     headers, real dates, 是/否; a third sheet 2021年旧存 (the previous year's pending cases), named
 *     so that only its header identifies it.</li>
 * <li>县法院2023年收结案清单.xls — Excel 97–2003; title row; sheet 2023年; header synonyms (案件编号,
 *     审理法院, 案件类别, 审级, 收案日期, 审结日期, 承办法官, 执行标的金额(元) …); dates as 2023/3/1 text;
 *     √/×; enumeration synonyms (民事案件, 第一审, 准予撤诉, 终本, 维持原判 …); ≈15% of 案号 with
 *     half-width brackets; zero counts left blank.</li>
 * <li>县法院2024年收结案清单.xlsx — sheets 审判案件 and 执行案件 (the latter with a blank row above the
 *     header and without the trial-only columns); no court column (the only court is implied);
 *     dates as 2024年3月1日 / 2024.3.1 text; Y/N; amounts as text "1,234.56"; 是否审限内结案 blank.</li>
 * <li>县法院2025年收结案清单.xlsx — two title rows; court by code FY01; 主审法官; (元) with
 *     full-width brackets in the amount headers; dates formatted yyyy/m/d.</li>
 * <li>县检察院2022-2025年受理案件.xlsx — inline strings (a case-system export, no shared-strings
 *     table); one sheet per year named 2022年 …, recognised only by header; a title row; from the
 *     third year headers and spellings change (受案号, 承办人, 受案日期, 批捕, 提起公诉, 酌定不起诉);
 *     zero counts blank in alternate years.</li>
 * <li>案件评查结果汇总（2022-2025年）.xlsx — dates as 2023年3月1日; synonym headers (被评查案号,
 *     评查人员, 存在问题); 常规评查 synonym; 5% half-width brackets; 承办单位 and 承办人编号 on every row,
 *     承办人 blank where the name is ambiguous; five reviews of cases that are in no case list.</li>
 * <li>履职评议结果（2020-2025）.xls — Excel 97–2003; includes previous-term evaluations.</li>
 * <li>满意度测评汇总（2022-2025年）.xlsx — 测评单位, 开始/结束日期, 受访对象, 非常满意, 比较满意, 不清楚
 *     headers; 人民群众/代表 synonyms; dates as 20220615.</li>
 * <li>问题整改台账.xlsx — title row; sheet 问题台账 (发现时间/整改期限 synonyms, 正在整改); a hidden
 *     下拉选项 sheet with the template's dropdown lists.</li>
 * <li>县人大监察司法工委工作台账（2022-2025年）.xlsx — sheets 代表建议 (领衔代表; 办理结果 as A, A类 or
 *     已解决), 旁听庭审 (法院, 代表人数), 监督活动 (被监督单位; 牵头方 县人大常委会/县委政法委; 调研;
 *     计划编号 on the activities that carry out a plan item), and last 年度监督计划 (DOMAIN §4.13, see
 *     {@link SupervisionPlanGenerator}: a title row; 年度 as 2022, 2023年, 2024年度; 监督方式 as 查、听、评,
 *     查阅资料，座谈，满意度测评, 查 听 议, 查,谈,测,议, 查听测评 …; 专项监督 for 专项工作).</li>
 * <li>涉法涉诉信访台账（2022-2025年）.xlsx — title row; dates as 2023.3.1; 登记日期, 信访来源 headers;
 *     人大交办/网上信访 synonyms.</li>
 * <li>县司法局信访台账补报（有误）.xlsx — broken on purpose (see {@link BrokenWorkbook}).</li>
 * </ol>
  */
public final class SampleCountyGenerator {

    private final SampleCountyOptions options;

    public SampleCountyGenerator(SampleCountyOptions options) {
        this.options = options;
    }

    public SampleCountyGenerator() {
        this(SampleCountyOptions.defaults());
    }

    public SampleCountyOptions options() {
        return options;
    }

    /**
     * Writes every workbook of the county into {@code inboxDir} (created if missing) and returns
     * their paths in writing order. File modification times are set to fixed moments in the past,
     * in that order, so an importer that orders by modification time sees reference data first and
     * one that waits for files to settle does not wait.
     */
    public List<Path> writeTo(Path inboxDir) {
        try {
            Files.createDirectories(inboxDir);
            CountyDataset data = CountyDataset.generate(options);
            List<Path> written = new ArrayList<>();
            for (WorkbookSpec spec : new CountyWorkbookLayout(data).workbooks()) {
                Path file = MessyWorkbookWriter.write(inboxDir, spec);
                Files.setLastModifiedTime(file, FileTime.from(spec.savedAt().toInstant(ZoneOffset.ofHours(8))));
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the sample county to " + inboxDir, e);
        }
    }

    /**
     * The benchmark workbook: ONE .xlsx with one sheet 法院案件 of {@code rows} court cases (same
     * columns and distributions as the county's court files), with a shared-strings table as Excel
     * and WPS write it. Streams; memory grows only with the distinct strings.
     */
    public static void writeBigCourtWorkbook(Path file, int rows, long seed) {
        writeBigCourtWorkbook(file, rows, seed, MinimalXlsxWriter.StringMode.SHARED_STRINGS);
    }

    /** As {@link #writeBigCourtWorkbook(Path, int, long)}, choosing shared or inline strings. */
    public static void writeBigCourtWorkbook(Path file, int rows, long seed, MinimalXlsxWriter.StringMode mode) {
        try {
            BigCourtWorkbook.write(file, rows, seed, mode);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
