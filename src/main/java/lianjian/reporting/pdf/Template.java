package lianjian.reporting.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The precompiled templates ({@code report-templates/*.jrxml}, compiled at build time by
 * {@code lianjian.reporting.build.CompileTemplates} to {@code reports/*.jasper} on the classpath).
 * Each is loaded once per JVM; a compiled report is immutable and can be filled by several threads.
 */
public enum Template {
    BOOK("report-book"),
    GRID_1("grid-1"), GRID_2("grid-2"), GRID_3("grid-3"), GRID_4("grid-4"), GRID_5("grid-5"), GRID_6("grid-6"), GRID_7("grid-7"),
    GRID_8("grid-8"),
    INDICATORS("indicator-table"),
    /** A year's indicator table: one comparison, 较上年 (a year's 上期 and 上年同期 are the same year). */
    INDICATORS_YEAR("indicator-table-year"),
    YEAR_MATRIX("year-matrix"),
    PERSONS("person-list"),
    LATEST_EVALUATIONS("latest-evaluation-list"),
    EVALUATIONS("evaluation-history"),
    PROBLEMS("problem-list"),
    REVIEWS("review-list"),
    HEARINGS("hearing-list"),
    SUGGESTIONS("suggestion-list"),
    PETITIONS("petition-list"),
    ACTIVITIES("activity-list"),
    DEFINITIONS("definition-list"),
    PROVENANCE("provenance-list"),
    FACTS("fact-list"),
    FOLLOW_UPS("followup-list"),
    CASES("case-list"),
    WARNINGS("warning-list");

    private static final Map<Template, JasperReport> LOADED = new EnumMap<>(Template.class);

    private final String file;

    Template(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public JasperReport report() {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(this, Template::load);
        }
    }

    private static JasperReport load(Template t) {
        String resource = "reports/" + t.file + ".jasper";
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("缺少预编译的报告模板 " + resource
                        + "（构建时应由 CompileTemplates 从 report-templates/" + t.file + ".jrxml 生成）");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new IllegalStateException("无法读取报告模板 " + resource, e);
        }
    }
}
