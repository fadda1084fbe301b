package lianjian.site.view;

/**
 * One indicator in a table of figures (全部指标): every text already formatted by Formats;
 * {@code sortValue} is the unrounded value for tables.js (empty when there is none); {@code listPath}
 * the list behind the figure (DOMAIN §8.1), null when there is none to open.
 */
public record FigureRow(String code, String name, String family, String directionSymbol, String directionText,
                        String value, String sortValue, String basis, String previous, String changePrevious,
                        String yearEarlier, String changeYearEarlier, String reference, String status,
                        String statusClass, String listPath, boolean noData) {}
