package lianjian.site.view;

import java.util.List;

/**
 * One indicator as a card: value, changes, and the 达标/未达标 judgement where a reference interval
 * is configured (DOMAIN §5.9). Never a rank.
 *
 * @param status      达标, 未达标, or null (no interval configured, or no value)
 * @param statusClass ok | bad | none (CSS)
 * @param reference   "参考区间 95.0%–100.0%（示例）" or null
 * @param basis       how the value came about, e.g. "1,234 ÷ 1,300", or null
 * @param noData      the period ends before the family's data (DOMAIN §5.1): the value says 本期无数据
 * @param listPath    the list behind the figure (DOMAIN §8.1), from the site root with its anchor; null when
 *                    the figure carries no list or the list is empty
 */
public record KpiCard(String code, String name, String value, String directionSymbol, String directionText,
                      List<Change> changes, String status, String statusClass, String reference, String basis,
                      boolean noData, String listPath) {}
