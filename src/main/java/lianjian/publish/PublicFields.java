package lianjian.publish;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import lianjian.indicators.IndicatorRepository.StoredItem;
import lianjian.indicators.ListCode;
import lianjian.indicators.ListExport;
import lianjian.supervision.SupervisionRepository.FollowUpItem;

/**
 * What of the stored lists the 公开版 may show (DOMAIN §6 {@code site-public/}, art. 10 分类处理). One place,
 * read by the dashboard, {@code lists.csv} and the reports, so they cannot disagree.
 *
 * <p>A <b>whitelist</b>: a list member keeps only the fields named here — codes, dates, day counts,
 * units and the values of closed enumerations (案件类型, 审查起诉结果, 评查等次, 整改状态 …). Everything else
 * is dropped: 承办人 and every person field, and every free text written in a spreadsheet (问题描述,
 * 整改措施, 主要问题, 建议标题, 案件名称 — which carries the defendant's name —, 监督事项 …). A field a
 * later version adds to a list is therefore hidden from the 公开版 until it is named here.
 */
public final class PublicFields {

    private PublicFields() {}

    /** The fields of a list member the 公开版 shows (see the class comment). */
    static final Set<String> ITEM_FIELDS = Set.of(
            // every list: the member's key, its unit, the date that put it on the list, the days that matter
            "key", "unitCode", "unitName", "date", "days",
            // cases (C07, C17, C11, C16; J07, J09): 案号 / 部门受案号, classification, dates, outcome
            "caseNo", "caseType", "cause", "filedOn", "closedOn", "category", "receivedOn", "result", "judgment",
            // reviews (R05): 评查编号, type, score and class — not 主要问题, not the handler
            "reviewNo", "reviewType", "score", "grade",
            // problems (Z04, Z06, the ledger): number, source, class, dates, state — not 问题描述, not 整改措施
            "problemNo", "foundOn", "source", "deadline", "status", "doneOn", "daysOverdue", "common",
            // suggestions (D05): number and dates — not the deputy, not the title
            "suggestionNo", "assignedOn", "repliedOn",
            // petitions (X05): number, 来源, 涉及案号, 化解状态
            "petitionNo", "resolution",
            // plan items (A06): number, year, type, methods, 牵头方 (人大 / 政法委 / 联合), due date — not the subject
            "planNo", "year", "planType", "methods", "lead", "dueOn",
            // the term's progress (E-PROGRESS): counts only
            "asOf", "inScope", "evaluated", "evaluatedThisYear", "coverage", "remainingYears", "quotaPerYear");

    /** Lists whose members are people: the 公开版 shows their number (the figure), never the members. */
    private static final Set<ListCode> PEOPLE = EnumSet.of(ListCode.E04, ListCode.E08, ListCode.E12, ListCode.E_LATEST);

    /**
     * Lists whose stored label is a code or a classification, not free text: 案由 or 案件类型 (court cases), the
     * 案号 (reviews), the 案号 or 来源 (petitions). Others label a member with free text (问题描述, 建议标题,
     * 监督事项) or with the 案件名称 (procuratorate cases: it names the defendant).
     */
    private static final Set<ListCode> CODED_LABEL = EnumSet.of(ListCode.C07, ListCode.C17, ListCode.C11, ListCode.C16,
            ListCode.R05, ListCode.X05);

    /** Whether the audience sees the members of the list at all. */
    public static boolean showsMembers(ListCode list, Audience audience) {
        return audience.showsPeople() || !PEOPLE.contains(list);
    }

    /** Whether the audience sees the list's item_label. */
    public static boolean showsLabel(ListCode list, Audience audience) {
        return audience.showsFreeText() || CODED_LABEL.contains(list);
    }

    /** What lists.csv writes for the audience. */
    public static ListExport.Filter listFilter(Audience audience) {
        return new ListExport.Filter() {
            public boolean members(ListCode list) { return showsMembers(list, audience); }
            public boolean label(ListCode list) { return showsLabel(list, audience); }
            public boolean people() { return audience.showsPeople(); }
        };
    }

    /** A stored member as the audience may see it (as {@code IndicatorRepository.StoredItem.asMap()}). */
    public static Map<String, Object> item(ListCode list, Map<String, Object> item, Audience audience) {
        if (audience.showsPeople() && audience.showsFreeText()) return item;
        Map<String, Object> out = new LinkedHashMap<>();
        item.forEach((k, v) -> {
            if (ITEM_FIELDS.contains(k)) out.put(k, v);
        });
        if (showsLabel(list, audience) && item.containsKey("label")) out.put("label", item.get("label"));
        return out;
    }

    /** A stored member as the audience may see it: label and person only where allowed, details reduced as {@link #item}. */
    public static StoredItem storedItem(StoredItem i, Audience audience) {
        if (audience.showsPeople() && audience.showsFreeText()) return i;
        Map<String, Object> details = new LinkedHashMap<>();
        i.details().forEach((k, v) -> {
            if (ITEM_FIELDS.contains(k)) details.put(k, v);
        });
        return new StoredItem(i.list(), i.period(), i.unitCode(), i.seq(), i.key(),
                showsLabel(i.list(), audience) ? i.label() : null, audience.showsPeople() ? i.personId() : null,
                audience.showsPeople() ? i.personName() : null, i.date(), i.days(), details);
    }

    /** A 督办 item as the audience may see it: no label (it is the problem's description, the suggestion's title …). */
    public static FollowUpItem followUp(FollowUpItem i, Audience audience) {
        if (audience.showsFreeText()) return i;
        Map<String, Object> details = new LinkedHashMap<>();
        i.details().forEach((k, v) -> {
            if (ITEM_FIELDS.contains(k)) details.put(k, v);
        });
        return new FollowUpItem(i.source(), i.key(), i.unitCode(), i.asOf(), null, i.date(), i.deadline(), i.days(), i.level(),
                i.commonIssue(), details);
    }
}
