package lianjian.site.view;

import java.util.List;

/** 年度 / 半年 / 季度 group of the period selector. */
public record PeriodGroup(String label, List<PeriodOption> options) {}
