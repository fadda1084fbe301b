package lianjian.site.view;

/** A navigation entry; {@code path} is from the site root (templates write {@code ${root}${path}}). */
public record NavItem(String label, String path, boolean current) {}
