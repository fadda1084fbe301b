package lianjian.indicators;

/**
 * The hand-built court dataset shared by {@link CourtIndicatorsTest}, {@link PeriodsAndComparisonsTest}
 * and {@link IndicatorCsvExportTest}. Every expected value in those tests is worked out from this table.
 *
 * <pre>
 * units: FY01 法院, FY02 法院, FY03 法院 (no cases at all), JCY01 检察院, GAJ01 公安局
 * persons: J1 张明 FY01 法官, J2 李华 FY01 法官, J3 王芳 FY02 法官, J4 陈静 FY01 法官, J5 孙磊 FY01 法官,
 *          P1 赵强 JCY01 检察官 (no cases)
 *
 * case unit judge 类型 程序  立案        结案        法定 延长 扣除 是否审限内 结案方式 当庭 上诉 二审结果 申请/到位 信访  days=结-立-扣
 * K1   FY01 J1  民事 一审 2025-01-01 2025-02-10  90   .    .    .        调解     .    .    .        .         .     40  (within: 40≤90 → 是, computed)
 * K2   FY01 J1  民事 一审 2024-10-15 2025-03-31  90   60   10   .        判决     是   是   改判     .         2     167-10=157 (157>150 → 否, computed)
 * K3   FY01 J2  刑事 一审 2025-01-20 2025-03-01  .    .    .    是       判决     否   否   .        .         0     40  (explicit 是)
 * K4   FY01 J2  民事 二审 2024-12-01 2025-01-15  90   .    .    否       判决     是   .    .        .         1     45  (explicit 否 wins over 45≤90)
 * K5   FY01 J1  民事 一审 2025-02-01 2025-03-20  .    .    .    .        撤诉     .    .(blank) .    .         .     47  (unknown)
 * K6   FY01 J2  执行 执行 2025-01-05 2025-03-10  .    .    .    .        执行完毕 .    .    .        100000/100000  0  64 (unknown)
 * K7   FY01 J2  执行 执行 2025-01-10 2025-02-28  .    .    .    .        终本     .    .    .        300000.50/50000.25 . 49 (unknown)
 * K8   FY01 J1  执行 执行 2025-02-01 2025-03-05  .    .    .    .        终本     .    .    .        80000/(blank) .  32 (unknown)
 * K9   FY01 J1  民事 一审 2025-03-31 (open)
 * K10  FY01 J5  民事 一审 2023-12-15 (open)                         — pending 472 days at 2025-03-31
 * K11  FY01 J2  民事 一审 2024-03-31 2025-04-01                     — pending exactly 365 days at 2025-03-31
 * K12  FY01 J2  民事 一审 2024-03-30 2025-06-30                     — pending 366 days at 2025-03-31
 * K13  FY01 J1  民事 一审 2024-12-31 2025-01-01  30   .    .    .        调解     .    否   .        .         .     1   (1≤30 → 是)
 * K14  FY02 J3  民事 一审 2025-01-02 2025-03-02  60   0    0    .        判决     .    是   发回重审  .         1     59  (59≤60 → 是)
 * K15  FY01 J4  刑事 一审 2024-11-01 2024-12-31  .    .    .    .        判决
 * </pre>
 * Day counts (checked with a calendar): Jan 1→Feb 10 = 31+9 = 40; 2024-10-15→2025-03-31 = 16+30+31+31+28+31 = 167;
 * Jan 20→Mar 1 = 31+9 = 40; Dec 1→Jan 15 = 31+14 = 45; Feb 1→Mar 20 = 28+19 = 47; Jan 5→Mar 10 = 31+28+5 = 64;
 * Jan 10→Feb 28 = 31+18 = 49; Feb 1→Mar 5 = 28+4 = 32; Dec 31→Jan 1 = 1; Jan 2→Mar 2 = 31+28 = 59.
 */
final class CourtDataset {

    private CourtDataset() {}

    static void load(IndicatorFixture fx) {
        fx.unit("FY01", "示例县人民法院", "法院");
        fx.unit("FY02", "示例县第二人民法院", "法院");
        fx.unit("FY03", "示例县第三人民法院", "法院");
        fx.unit("JCY01", "示例县人民检察院", "检察院");
        fx.unit("GAJ01", "示例县公安局", "公安局");
        fx.person("J1", "张明", "FY01", "法官", null, "2018-03-01", null);
        fx.person("J2", "李华", "FY01", "法官", true, "2015-06-01", null);
        fx.person("J3", "王芳", "FY02", "法官", null, "2019-01-10", null);
        fx.person("J4", "陈静", "FY01", "法官", null, "2016-01-01", null);
        fx.person("J5", "孙磊", "FY01", "法官", null, "2016-01-01", null);
        fx.person("P1", "赵强", "JCY01", "检察官", null, "2017-05-01", null);

        fx.courtCase("K1", "FY01", "J1", "民事", "一审", "2025-01-01", "2025-02-10")
                .set("statutory_days", 90).set("closing_method", "调解").insert();
        fx.courtCase("K2", "FY01", "J1", "民事", "一审", "2024-10-15", "2025-03-31")
                .set("statutory_days", 90).set("extended_days", 60).set("deducted_days", 10).set("closing_method", "判决")
                .set("verdict_in_court", true).set("appealed", true).set("appeal_result", "改判").set("complaints", 2)
                .insert();
        fx.courtCase("K3", "FY01", "J2", "刑事", "一审", "2025-01-20", "2025-03-01")
                .set("within_limit", true).set("closing_method", "判决").set("verdict_in_court", false)
                .set("appealed", false).set("complaints", 0).insert();
        fx.courtCase("K4", "FY01", "J2", "民事", "二审", "2024-12-01", "2025-01-15")
                .set("statutory_days", 90).set("within_limit", false).set("closing_method", "判决")
                .set("verdict_in_court", true).set("complaints", 1).insert();
        fx.courtCase("K5", "FY01", "J1", "民事", "一审", "2025-02-01", "2025-03-20")
                .set("closing_method", "撤诉").insert();
        fx.courtCase("K6", "FY01", "J2", "执行", "执行", "2025-01-05", "2025-03-10")
                .set("closing_method", "执行完毕").set("exec_applied", 100000.00).set("exec_recovered", 100000.00)
                .set("complaints", 0).insert();
        fx.courtCase("K7", "FY01", "J2", "执行", "执行", "2025-01-10", "2025-02-28")
                .set("closing_method", "终结本次执行").set("exec_applied", 300000.50).set("exec_recovered", 50000.25).insert();
        fx.courtCase("K8", "FY01", "J1", "执行", "执行", "2025-02-01", "2025-03-05")
                .set("closing_method", "终结本次执行").set("exec_applied", 80000.00).insert();
        fx.courtCase("K9", "FY01", "J1", "民事", "一审", "2025-03-31", null).insert();
        fx.courtCase("K10", "FY01", "J5", "民事", "一审", "2023-12-15", null).insert();
        fx.courtCase("K11", "FY01", "J2", "民事", "一审", "2024-03-31", "2025-04-01").insert();
        fx.courtCase("K12", "FY01", "J2", "民事", "一审", "2024-03-30", "2025-06-30").insert();
        fx.courtCase("K13", "FY01", "J1", "民事", "一审", "2024-12-31", "2025-01-01")
                .set("statutory_days", 30).set("closing_method", "调解").set("appealed", false).insert();
        fx.courtCase("K14", "FY02", "J3", "民事", "一审", "2025-01-02", "2025-03-02")
                .set("statutory_days", 60).set("extended_days", 0).set("deducted_days", 0).set("closing_method", "判决")
                .set("appealed", true).set("appeal_result", "发回重审").set("complaints", 1).insert();
        fx.courtCase("K15", "FY01", "J4", "刑事", "一审", "2024-11-01", "2024-12-31")
                .set("closing_method", "判决").insert();
    }
}
