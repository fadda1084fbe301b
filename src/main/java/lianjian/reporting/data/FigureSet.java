package lianjian.reporting.data;

import java.util.Map;

import lianjian.indicators.Figure;
import lianjian.indicators.Formats;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;

/**
 * The stored figures of one scope (a unit or the county, or a person) in one period, with their
 * display text. A missing figure reads as no value and prints "—", like a stored row without one; a
 * figure of a period before its family's data prints 本期无数据 (DOMAIN §5.1).
 */
public final class FigureSet {

    private final Map<String, Figure> byCode;
    private final IndicatorCatalog catalog;

    public FigureSet(Map<String, Figure> byCode, IndicatorCatalog catalog) {
        this.byCode = byCode;
        this.catalog = catalog;
    }

    public Figure get(String code) {
        return byCode.get(code);
    }

    public IndicatorDef def(String code) {
        return catalog.get(code);
    }

    public Double value(String code) {
        Figure f = byCode.get(code);
        return f == null ? null : f.value();
    }

    public Double numerator(String code) {
        Figure f = byCode.get(code);
        return f == null ? null : f.numerator();
    }

    /** The figure exists and has a value. */
    public boolean has(String code) {
        return value(code) != null;
    }

    /** The value with its unit: 3,456 件, 96.3%, 12.5 天, 1:1.23, —, 本期无数据 */
    public String text(String code) {
        return Formats.value(def(code).display(), byCode.get(code));
    }

    /** The value without unit, for cells under a header that names it (—; 本期无数据 on two lines, see Cells.cell). */
    public String bare(String code) {
        return lianjian.reporting.text.Cells.cell(def(code).display(), byCode.get(code));
    }

    /** The figure is stored for a period before its family's data (DOMAIN §5.1). */
    public boolean noData(String code) {
        Figure f = byCode.get(code);
        return f != null && f.noData();
    }

    public boolean isEmpty() {
        return byCode.isEmpty();
    }
}
