package lianjian.site.render;

import java.util.Map;

/**
 * One HTML file to write: its path from the site root, its template and its model. Page builders
 * only make these; the generator renders them (in parallel).
 *
 * @param type the page type for the build's inventory (总览, 单位, 人员 …)
 */
public record Page(String path, String template, Map<String, Object> model, String type) {}
