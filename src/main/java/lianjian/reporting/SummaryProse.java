package lianjian.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;
import lianjian.reporting.data.FigureSet;
import lianjian.reporting.text.Cells;
import lianjian.reporting.text.Prose;

/**
 * Writes the summary sentences of a scope (a unit or the county) from its stored figures, in the
 * register of a county report: values as the tables print them (Formats), changes in words
 * (同比增加 120 件, 较上期提高 1.2 个百分点). A figure without a value leaves its clause out rather
 * than print "—" in a sentence. A period before a family's data (DOMAIN §5.1) is said once, for the
 * whole paragraph ("案件评查方面，本期无数据。"), instead of a paragraph of zeros or nothing at all.
 * Measure words follow Chinese usage (次, 场, 人次) while the number itself is formatted by Formats.
 */
final class SummaryProse {

    private final FigureSet f;

    SummaryProse(FigureSet figures) {
        this.f = figures;
    }

    /** "结收比 1.02，同比上升 0.03" — the value, then the change(s) that exist. */
    String figure(String label, String code, boolean yearOnYear, boolean previous) {
        if (!f.has(code)) return null;
        Figure fig = f.get(code);
        IndicatorDef def = f.def(code);
        List<String> parts = new ArrayList<>();
        parts.add(label + " " + f.text(code));
        if (yearOnYear) parts.add(Prose.change(def, Formats.shownChange(def.display(), fig.value(), fig.yearEarlier()), "同比"));
        if (previous) parts.add(Prose.change(def, Formats.shownChange(def.display(), fig.value(), fig.previous()), againstPrevious(fig)));
        return String.join("，", parts.stream().filter(p -> p != null).toList());
    }

    /** A count with a measure word of its own: "开展监督活动 12 次". */
    String count(String label, String code, String measure) {
        if (!f.has(code)) return null;
        return label + " " + Formats.integer(f.value(code)) + " " + measure;
    }

    /** The figure is stored for a period before its family's data (DOMAIN §5.1). */
    boolean noData(String code) {
        Figure x = f.get(code);
        return x != null && x.noData();
    }

    /** "案件评查方面，本期无数据。" — the prefix names the subject and may already end with 本期. */
    static String noDataSentence(String prefix) {
        return (prefix.endsWith("本期") ? prefix.substring(0, prefix.length() - 2) : prefix) + Formats.NO_DATA + "。";
    }

    String court(String subject) {
        if (noData("C01")) return noDataSentence(subject);
        if (!f.has("C01") && !f.has("C02")) return null;
        List<String> parts = new ArrayList<>();
        parts.add(subject + figure("收案", "C01", true, false));
        parts.add(figure("结案", "C02", true, false));
        parts.add(figure("结收比", "C03", true, false));
        parts.add(figure("法定审限内结案率", "C05", false, true));
        parts.add(figure("平均审理天数", "C06", false, true));
        parts.add(figure("一审服判息诉率", "C10", false, false));
        String open = figure("期末未结", "C04", false, false);
        if (open != null && f.has("C07")) open += "，其中超12个月未结 " + f.text("C07");
        parts.add(open);
        return Prose.clauses(parts);
    }

    String procuratorate(String subject) {
        if (noData("J01")) return noDataSentence(subject);
        if (!f.has("J01") && !f.has("J02")) return null;
        List<String> parts = new ArrayList<>();
        parts.add(subject + figure("受理", "J01", true, false));
        parts.add(figure("办结", "J02", true, false));
        parts.add(figure("案件比", "J04", false, false));
        parts.add(figure("认罪认罚适用率", "J05", false, true));
        parts.add(figure("量刑建议采纳率", "J06", false, true));
        parts.add(figure("捕后不诉率", "J07", false, false));
        parts.add(figure("期末未结", "J03", false, false));
        return Prose.clauses(parts);
    }

    String review(String prefix) {
        if (noData("R01")) return noDataSentence(prefix);
        if (!f.has("R01") || f.value("R01") == 0) return null;
        List<String> parts = new ArrayList<>();
        parts.add(prefix + "评查案件 " + Formats.integer(f.value("R01")) + " 件");
        parts.add(figure("评查合格率", "R02", false, true));
        parts.add(figure("优秀率", "R03", false, false));
        Double failed = f.numerator("R05");
        if (failed != null) parts.add(failed == 0 ? "未发现不合格案件" : "评为不合格 " + Formats.integer(failed) + " 件");
        parts.add(figure("评查平均分", "R06", false, false));
        return Prose.sentence(parts);
    }

    String coverage(String prefix, LocalDate end) {
        return coverage(prefix, end, f.has("E01") ? againstPrevious(f.get("E01")) : "较上期");
    }

    /** A year's previous period is the year before: 较上年, the word its table uses (issue 14 part 8); else 较上期. */
    private static String againstPrevious(Figure fig) {
        return fig.period() != null && fig.period().matches("\\d{4}") ? "较上年" : "较上期";
    }

    /** @param against how the previous period is called: 较上期, 较上年末 */
    String coverage(String prefix, LocalDate end, String against) {
        if (noData("E01")) return noDataSentence(prefix);
        if (!f.has("E01") || f.value("E01") == 0) return null;
        List<String> parts = new ArrayList<>();
        String covered = f.has("E03") ? String.join("，", nonNull("届内履职评议覆盖率 " + f.text("E03"),
                Prose.change(f.def("E03"),
                Formats.shownChange(f.def("E03").display(), f.get("E03").value(), f.get("E03").previous()), against))) : null;
        if (covered != null) {
            parts.add(prefix + "截至" + Formats.chineseDate(end) + "，应评议的员额法官、检察官 " + f.text("E01") + "，已评议 "
                    + f.text("E02") + "，" + covered);
        }
        if (f.has("E04") && f.value("E04") > 0) {
            String left = "尚有 " + f.text("E04") + "未评议";
            if (f.has("E05")) left += "，届内剩余 " + f.text("E05") + "，每年需评议 " + f.text("E06");
            parts.add(left);
        } else if (f.has("E04")) {
            parts.add("应评议人员已全部评议");
        }
        if (f.has("E07")) {
            String projection = "按当前进度，届末预计覆盖率 " + f.text("E07");
            if (f.value("E07") < 1 - 1e-9) projection += "，难以实现届内全覆盖，需加快评议进度";
            parts.add(projection);
        }
        if (f.has("E08") && f.value("E08") > 0) parts.add("另有离任未评议 " + f.text("E08"));
        return Prose.clauses(parts);
    }

    String rectification(String prefix) {
        if (noData("Z02")) return noDataSentence(prefix);
        if (!f.has("Z02") || f.value("Z02") == 0) return null;
        List<String> parts = new ArrayList<>();
        parts.add(prefix + count("新发现问题", "Z01", "个") + "，累计 " + Formats.integer(f.value("Z02")) + " 个，"
                + figure("整改完成率", "Z03", false, true));
        List<String> attention = new ArrayList<>();
        if (f.has("Z04")) attention.add(f.value("Z04") == 0 ? "无逾期未整改问题" : count("逾期未整改", "Z04", "个"));
        if (f.has("Z06") && f.value("Z06") > 0) attention.add(count("20天内到期", "Z06", "个"));
        if (!attention.isEmpty()) parts.add(String.join("，", attention));
        parts.add(figure("平均整改天数", "Z05", false, false));
        return Prose.clauses(parts);
    }

    String satisfaction(String prefix) {
        if (noData("S01")) return noDataSentence(prefix);
        if (!f.has("S01") || f.value("S01") == 0) return null;
        return Prose.sentence(prefix + "满意度调查有效样本 " + Formats.integer(f.value("S01")) + " 人",
                figure("满意率（含基本满意）", "S02", true, false), figure("满意度指数", "S03", true, false));
    }

    String suggestionsAndPetitions() {
        List<String> parts = new ArrayList<>();
        if (f.has("D01") && f.value("D01") > 0) {
            parts.add(String.join("，", nonNull(count("承办人大代表建议", "D01", "件"), figure("办复率", "D02", false, false),
                    figure("代表满意率", "D04", false, false))));
        }
        if (f.has("X01") && f.value("X01") > 0) {
            String p = String.join("，", nonNull(count("涉法涉诉信访", "X01", "件"), figure("办结率", "X02", false, false),
                    figure("化解率", "X03", false, false)));
            if (f.has("X04") && f.value("X04") > 0) p += "，其中人大转交 " + Formats.integer(f.value("X04")) + " 件";
            parts.add(p);
        }
        return Prose.clauses(parts);
    }

    String activities(String prefix) {
        if (noData("A01") && !f.has("A02")) return noDataSentence(prefix);
        List<String> parts = new ArrayList<>();
        if (f.has("A01") && f.value("A01") > 0) parts.add(prefix + count("开展联合监督活动", "A01", "次"));
        if (f.has("A02") && f.value("A02") > 0) {
            parts.add("组织人大代表旁听庭审 " + Formats.integer(f.value("A02")) + " 场"
                    + (f.has("A03") ? "、" + Formats.integer(f.value("A03")) + " 人次" : ""));
        }
        return Prose.sentence(parts);
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null) out.add(p);
        return out;
    }
}
