package lianjian.site.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;
import lianjian.indicators.IndicatorDef.Display;
import lianjian.indicators.Period;
import lianjian.site.view.Change;
import lianjian.site.view.FigureRow;
import lianjian.site.view.KpiCard;

/**
 * Turns stored figures into what pages print, through {@link Formats} only, so the dashboard and the
 * PDFs show the same text for the same number. Comparisons are shown as changes with their base
 * value, and judged only by the configured reference interval (达标/未达标), never by rank.
 */
public final class FigureViews {

    private final IndicatorCatalog catalog;
    private final java.util.function.Function<Figure, String> listLink;

    public FigureViews(IndicatorCatalog catalog) { this(catalog, f -> null); }

    /** @param listLink the list a figure opens (DOMAIN §8.1), null where it opens none */
    public FigureViews(IndicatorCatalog catalog, java.util.function.Function<Figure, String> listLink) {
        this.catalog = catalog;
        this.listLink = listLink;
    }

    public IndicatorDef def(String code) { return catalog.get(code); }

    public String name(String code) { return catalog.get(code).name(); }

    /** The value with its unit (96.3%, 12.5 天, 1,234 件), "—" when there is none, 本期无数据 before the data. */
    public String value(String code, Figure f) {
        return Formats.value(catalog.get(code).display(), f);
    }

    /** The value without its unit, for table cells whose header names the unit; 本期无数据 before the data. */
    public String bare(String code, Figure f) {
        return Formats.bare(catalog.get(code).display(), f);
    }

    /** The list the figure opens (page and section, from the site root), or null. */
    public String listLink(Figure f) { return listLink.apply(f); }

    /** The unrounded value for sorting (tables.js data-sort); "" when there is none. */
    public static String sortKey(Double v) {
        return v == null || v.isNaN() ? "" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public static String sortKey(Figure f) { return f == null ? "" : sortKey(f.value()); }

    /** Cards for the codes that have a figure, in the order given. */
    public List<KpiCard> cards(Map<String, Figure> figures, Period.Kind kind, String... codes) {
        List<KpiCard> cards = new ArrayList<>();
        for (String c : codes) {
            Figure f = figures.get(c);
            if (f != null) cards.add(card(f, kind));
        }
        return cards;
    }

    /**
     * A card. Before the family's data (DOMAIN §5.1) it says 本期无数据 and nothing else: no change against
     * an earlier period, no 达标/未达标, no basis, no list.
     */
    public KpiCard card(Figure f, Period.Kind kind) {
        IndicatorDef d = catalog.get(f.code());
        if (f.noData()) {
            return new KpiCard(d.code(), d.name(), Formats.NO_DATA, d.direction().symbol(), d.direction().chinese(), List.of(),
                    null, "none", null, null, true, null);
        }
        return new KpiCard(d.code(), d.name(), Formats.value(d.display(), f), d.direction().symbol(),
                d.direction().chinese(), changes(d, f, kind), status(f), statusClass(f), reference(d, f), basis(d, f), false,
                listLink(f));
    }

    /** One row per figure, in catalog order. */
    public List<FigureRow> rows(Map<String, Figure> figures, Period.Kind kind) {
        List<FigureRow> rows = new ArrayList<>();
        for (IndicatorDef d : catalog.all()) {
            Figure f = figures.get(d.code());
            if (f != null) rows.add(row(d, f, kind));
        }
        return rows;
    }

    FigureRow row(IndicatorDef d, Figure f, Period.Kind kind) {
        Display display = d.display();
        // A year's previous period is the year before: 环比 and 同比 are the same comparison.
        boolean year = kind == Period.Kind.YEAR;
        return new FigureRow(d.code(), d.name(), catalog.familyTitle(d.family()), d.direction().symbol(),
                d.direction().chinese(), Formats.value(display, f), sortKey(f.value()), orDash(basis(d, f)),
                Formats.value(display, f.previous()), Formats.change(display, f.value(), f.previous()),
                year ? "" : Formats.value(display, f.yearEarlier()),
                year ? "" : Formats.change(display, f.value(), f.yearEarlier()),
                orDash(reference(d, f)), status(f) == null ? "" : status(f), statusClass(f), listLink(f), f.noData());
    }

    List<Change> changes(IndicatorDef d, Figure f, Period.Kind kind) {
        List<Change> list = new ArrayList<>();
        if (kind == Period.Kind.YEAR) {
            list.add(change("较上年", "上年", d.display(), f.value(), f.previous()));
        } else {
            list.add(change("环比", "上期", d.display(), f.value(), f.previous()));
            list.add(change("同比", "上年同期", d.display(), f.value(), f.yearEarlier()));
        }
        return list;
    }

    /** The change as the reader computes it from the two values shown (Formats.shownChange). */
    private static Change change(String label, String baseLabel, Display display, Double value, Double base) {
        Double delta = Formats.shownChange(display, value, base);
        String text = Formats.change(display, delta);
        String baseText = base == null ? baseLabel + "无数值" : baseLabel + " " + Formats.value(display, base);
        if (delta == null || Formats.NONE.equals(text)) return new Change(label, "", "", Formats.NONE, baseText);
        // 持平 has no arrow: shown and read as the word itself (not an arrow "持" hidden plus "平").
        if (!text.startsWith("▲") && !text.startsWith("▼")) return new Change(label, "", "", text, baseText);
        String arrow = text.substring(0, 1);
        String word = switch (arrow) {
            case "▲" -> "上升";
            case "▼" -> "下降";
            default -> "持平";
        };
        return new Change(label, arrow, word, text.substring(1), baseText);
    }

    static String status(Figure f) {
        return f.meets() == null ? null : f.meets() ? "达标" : "未达标";
    }

    static String statusClass(Figure f) {
        return f.meets() == null ? "none" : f.meets() ? "ok" : "bad";
    }

    /** The interval in force when the figure was computed, with the catalog's note (e.g. 示例). */
    static String reference(IndicatorDef d, Figure f) {
        Double lo = f.referenceLow(), hi = f.referenceHigh();
        if (lo == null && hi == null) return null;
        String range = referenceRange(d.display(), lo, hi);
        String note = d.referenceNote();
        return "参考区间 " + range + (note == null || note.isBlank() ? "" : "（" + note + "）");
    }

    /** 95.0%～100.0%, 不低于 95.0%, 不高于 5.0%. */
    static String referenceRange(Display display, Double lo, Double hi) {
        if (lo != null && hi != null) return Formats.bare(display, lo) + "～" + Formats.bare(display, hi);
        if (lo != null) return "不低于 " + Formats.bare(display, lo);
        return hi == null ? Formats.NONE : "不高于 " + Formats.bare(display, hi);
    }

    /** How the value came about ("1,234 ÷ 1,300"), for ratios and means; null for plain counts. */
    static String basis(IndicatorDef d, Figure f) {
        if (f.numerator() == null || f.denominator() == null) return null;
        if ("C14".equals(d.code())) {
            return Formats.fixed(f.numerator() / 10_000, 2) + " ÷ " + Formats.wanYuan(f.denominator());
        }
        return switch (d.display()) {
            case DAYS, SCORE, INDEX -> "样本 " + Formats.integer(f.denominator());
            default -> number(f.numerator()) + " ÷ " + number(f.denominator());
        };
    }

    private static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Formats.integer(v) : Formats.fixed(v, 1);
    }

    private static String orDash(String s) { return s == null ? Formats.NONE : s; }
}
