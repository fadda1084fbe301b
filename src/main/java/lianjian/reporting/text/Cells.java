package lianjian.reporting.text;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorDef;

/** Table cell texts beyond the plain value: changes, reference intervals, 达标 / 未达标. */
public final class Cells {

    private Cells() {}

    /**
     * ▲1.2 个百分点 / ▼3 件 / 持平 / — from {@code base} to {@code value} (Formats.change, the dashboard's
     * wording), computed from the two values as printed so that the reader's own subtraction agrees.
     */
    public static String change(IndicatorDef def, Double value, Double base) {
        return Formats.change(def.display(), value, base);
    }

    /**
     * The configured interval in the indicator's display form: 95.0%～100.0%, ≥95.0%, ≤5.0%; "—"
     * when none is configured. An interval with a note (e.g. 示例) gets a "*" that the table's note explains.
     */
    public static String reference(IndicatorDef def) {
        return reference(def, def.referenceLow(), def.referenceHigh());
    }

    /**
     * The interval stored with the figure, i.e. the one its 达标 / 未达标 was judged against (the
     * configuration may have changed since the figures were computed); the catalog's when there is
     * no figure.
     */
    public static String reference(IndicatorDef def, Figure figure) {
        if (figure == null) return reference(def);
        return reference(def, figure.referenceLow(), figure.referenceHigh());
    }

    private static String reference(IndicatorDef def, Double lowValue, Double highValue) {
        String text = interval(def, lowValue, highValue);
        return isExample(def) && !Formats.NONE.equals(text) ? text + "*" : text;
    }

    /** An interval in the indicator's display form without any mark: 95.0%～100.0%, ≥95.0%, ≤5.0%, or "—". */
    public static String interval(IndicatorDef def, Double lowValue, Double highValue) {
        if (lowValue == null && highValue == null) return Formats.NONE;
        String low = lowValue == null ? null : Formats.bare(def.display(), lowValue);
        String high = highValue == null ? null : Formats.bare(def.display(), highValue);
        return low != null && high != null ? low + "～" + high : low != null ? "≥" + low : "≤" + high;
    }

    /** The interval carries a note such as 示例 (to be replaced by the official one). */
    public static boolean isExample(IndicatorDef def) {
        return def.hasReference() && def.referenceNote() != null && !def.referenceNote().isBlank();
    }

    /** 达标 / 未达标 as stored with the figure, "—" without interval or value. */
    public static String verdict(Figure figure) {
        if (figure == null || figure.meets() == null) return Formats.NONE;
        return figure.meets() ? "达标" : "未达标";
    }

    /**
     * The mark of a descriptive indicator in the PDFs: ⓘ (U+24D8). The catalog's ℹ (U+2139, kept on the
     * dashboard and in indicators.json) is not in the embedded Source Han Sans SC, so a PDF would carry no
     * mark at all; ⓘ is in it, reads as the same "i for information", and the legend under every
     * indicator table names it 描述性指标 like the dashboard does.
     */
    public static final String DESCRIPTIVE_MARK = "ⓘ";

    /** The indicator's name with its direction mark (↑ higher is better, ↓ lower, ◎ interval, ⓘ descriptive). */
    public static String nameWithDirection(IndicatorDef def) {
        return switch (def.direction()) {
            case UP -> def.name() + " ↑";
            case DOWN -> def.name() + " ↓";
            case BAND -> def.name() + " ◎";
            case INFO -> def.name() + " " + DESCRIPTIVE_MARK;
        };
    }

    /** 本期无数据 broken into two short lines, for the narrow value columns of tables. */
    public static final String NO_DATA_CELL = "本期\n无数据";

    /**
     * A value cell: as {@link Formats#bare(IndicatorDef.Display, lianjian.indicators.Figure)}, with 本期无数据
     * on two short lines so that a narrow column does not break it as 本期无数 / 据.
     */
    public static String cell(IndicatorDef.Display display, lianjian.indicators.Figure figure) {
        String text = Formats.bare(display, figure);
        return Formats.NO_DATA.equals(text) ? NO_DATA_CELL : text;
    }

    /** Plain text for a possibly blank value. */
    public static String text(Object o) {
        if (o == null) return Formats.NONE;
        String s = o.toString().trim();
        return s.isEmpty() ? Formats.NONE : s;
    }
}
