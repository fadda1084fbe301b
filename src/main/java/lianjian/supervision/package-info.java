/**
 * Supervision follow-up beyond the figures (DOMAIN §8.4, §8.5): the 督办 items of each responsible unit
 * with their escalation level, and whether each unit's data is current. Computed in the indicators
 * step as of the run's as-of date, stored, and read by the 督办通知单, the 督办台账 page and the
 * 数据导入记录 page.
 */
package lianjian.supervision;
