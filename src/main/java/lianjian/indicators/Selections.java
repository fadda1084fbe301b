package lianjian.indicators;

import java.util.ArrayList;
import java.util.List;

import lianjian.readmodel.Unit;

/**
 * Which figures are shown where, chosen once for every reader: the headline figures of {@code status},
 * the trend charts (and the table of their numbers) of the county and of each unit — the same in the
 * PDFs and on the dashboard — and the card groups of the dashboard. The titles of families come
 * from the catalog ({@link IndicatorCatalog#families()}), unit words from {@link IndicatorDef.Display}.
 */
public final class Selections {

    private Selections() {}

    /** The figures a leader asks for first, county-wide ({@code status}). */
    public static final List<String> HEADLINES = List.of("C01", "C02", "C03", "C05", "C07", "C17", "J01", "J02", "J05", "R02",
            "S02", "E01", "E02", "E03", "E08", "E11", "Z02", "Z03", "Z04", "Z06", "D05", "X05", "A01");

    /**
     * A trend chart: one or more indicators of the same display form over the periods of one kind.
     *
     * @param dashboard also drawn on the dashboard's pages. The PDFs show every trend of a scope; the
     *                  dashboard, where every chart is drawn for each kind of period and the full table of
     *                  figures sits beside it, shows the main ones only.
     */
    public record Trend(String key, String title, boolean dashboard, List<String> codes) {
        Trend(String key, String title, boolean dashboard, String... codes) { this(key, title, dashboard, List.of(codes)); }
    }

    public static final Trend COURT_FLOW = new Trend("court-flow", "法院收案与结案", true, "C01", "C02");
    public static final Trend COURT_IN_TIME = new Trend("court-in-time", "法定审限内结案率", true, "C05");
    public static final Trend COURT_RATIO = new Trend("court-ratio", "结收比", false, "C03");
    public static final Trend COURT_DAYS = new Trend("court-days", "平均审理天数", false, "C06");
    public static final Trend PROS_FLOW = new Trend("pros-flow", "检察院受理与办结", true, "J01", "J02");
    public static final Trend PROS_PLEA = new Trend("pros-plea", "认罪认罚适用率", true, "J05");
    public static final Trend PROS_SENTENCING = new Trend("pros-sentencing", "量刑建议采纳率", false, "J06");
    public static final Trend PROS_CASE_RATIO = new Trend("pros-case-ratio", "案件比（件/案）", false, "J04");
    public static final Trend REVIEW_PASS = new Trend("review-pass", "评查合格率", false, "R02");
    public static final Trend SATISFACTION = new Trend("satisfaction", "满意率（含基本满意）", false, "S02");
    public static final Trend RECTIFIED = new Trend("rectified", "整改完成率", true, "Z03");
    public static final Trend COVERAGE = new Trend("coverage", "届内履职评议覆盖率", false, "E03");
    public static final Trend OVERDUE = new Trend("overdue", "逾期未整改问题数", false, "Z04");
    public static final Trend PROBLEMS = new Trend("problems", "新发现问题与逾期未整改", true, "Z01", "Z04");

    /** The trends of a list that the dashboard draws. */
    public static List<Trend> onDashboard(List<Trend> trends) {
        return trends.stream().filter(Trend::dashboard).toList();
    }

    /** The county's trend charts: the 联席会议 overview PDF and the 总览 page. */
    public static List<Trend> countyTrends() {
        return List.of(COURT_FLOW, COURT_IN_TIME, PROS_FLOW, PROS_PLEA, REVIEW_PASS, SATISFACTION, RECTIFIED, COVERAGE);
    }

    /** The numbers behind the county's charts, as the table under them. */
    public static List<String> countyTrendTable() {
        return List.of("C01", "C02", "C03", "C05", "C06", "J01", "J02", "J04", "J05", "J06", "R01", "R02", "S02", "S03",
                "Z03", "E03");
    }

    /** A unit's trend charts: its 单位监督报告 and its page. */
    public static List<Trend> unitTrends(Unit unit) {
        List<Trend> list = new ArrayList<>();
        if (unit.isCourt()) list.addAll(List.of(COURT_FLOW, COURT_IN_TIME, COURT_RATIO, COURT_DAYS));
        if (unit.isProcuratorate()) list.addAll(List.of(PROS_FLOW, PROS_PLEA, PROS_SENTENCING, PROS_CASE_RATIO));
        list.addAll(List.of(REVIEW_PASS, SATISFACTION, RECTIFIED));
        list.add(unit.hasAppointedStaff() ? COVERAGE : OVERDUE);
        return list;
    }

    /** The numbers behind a unit's charts. */
    public static List<String> unitTrendTable(Unit unit) {
        List<String> codes = new ArrayList<>();
        if (unit.isCourt()) codes.addAll(List.of("C01", "C02", "C03", "C04", "C05", "C06", "C07", "C10", "C12"));
        if (unit.isProcuratorate()) codes.addAll(List.of("J01", "J02", "J03", "J04", "J05", "J06", "J07"));
        codes.addAll(List.of("R01", "R02", "S02", "S03", "Z02", "Z03", "Z04"));
        if (unit.hasAppointedStaff()) codes.add("E03");
        return codes;
    }

    /** The 问题整改 page's charts. */
    public static List<Trend> rectificationTrends() { return List.of(PROBLEMS, RECTIFIED); }

    /** A group of figure cards on a dashboard page. */
    public record CardGroup(String title, List<String> codes) {}

    /** The card groups of a unit's page, titled as the catalog titles the families (only groups with figures are shown). */
    public static List<CardGroup> unitCards(IndicatorCatalog catalog) {
        return List.of(new CardGroup(catalog.familyTitle("court"), List.of("C01", "C02", "C04", "C05", "C06", "C07", "C17", "C10", "C14")),
                new CardGroup(catalog.familyTitle("procuratorate"), List.of("J01", "J02", "J03", "J04", "J05", "J06", "J07")),
                new CardGroup(catalog.familyTitle("review"), List.of("R01", "R02", "R03", "R05", "R06")),
                new CardGroup(catalog.familyTitle("satisfaction"), List.of("S01", "S02", "S03")),
                new CardGroup(catalog.familyTitle("coverage"), List.of("E01", "E02", "E03", "E04", "E06", "E08", "E11", "E12")),
                new CardGroup(catalog.familyTitle("rectification"), List.of("Z01", "Z02", "Z03", "Z04", "Z05", "Z06")),
                new CardGroup("代表建议、信访与监督活动", List.of("D01", "D02", "D03", "D05", "X01", "X02", "X03", "X05", "A01",
                        "A02", "A03", "A04", "A05", "A06")));
    }

    /** The figure columns of a unit's list of appointed persons (shown, never sortable: no league table). */
    public static List<String> personColumns(Unit unit) {
        if (unit.isCourt()) return List.of("C01", "C02", "C04", "C05", "R01");
        if (unit.isProcuratorate()) return List.of("J01", "J02", "J03", "J05", "R01");
        return List.of("R01", "R02");
    }

    /** A person's main figures year by year (the person page), by the type of their unit. */
    public static List<String> personYears(Unit unit) {
        if (unit != null && unit.isCourt()) return List.of("C01", "C02", "C04", "C05", "C06", "C10", "R01", "R02");
        if (unit != null && unit.isProcuratorate()) return List.of("J01", "J02", "J03", "J05", "J06", "R01", "R02");
        return List.of("R01", "R02");
    }
}
