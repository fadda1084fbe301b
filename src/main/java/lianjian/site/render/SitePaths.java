package lianjian.site.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where every page and file lives in site/, as paths from the site root. The one link rule of the
 * whole site: a link is {@code root + pathFromSiteRoot}, where {@code root} is {@link #root(String)} of
 * the page that holds the link ("" at the top, "../" one folder down). Nothing is absolute, so the site
 * works from file:// and under any sub-path of an intranet server.
 *
 * <pre>
 * index.html periods.html people.html imports.html indicators.html reports.html   depth 0
 * assets/ (css, js, icon)   charts/*.svg (trend charts, shared by all periods)   reports/*.pdf   data/
 * 2025Q3/index.html  unit-FY01.html  coverage.html  rectification.html  person-P0123.html   depth 1
 *        warnings.html  list-C07.html (a list behind a figure; #unit-FY01 is the court's section)
 * supervision.html (督办台账)   warnings/index.html (预警: latest quarter, half-year and year)
 * </pre>
 * A folder per period gives the same file name for the same page in every period, so the period
 * selector is "../2025H1/&lt;same file&gt;". File names are ASCII only (zip files, Windows shares, URLs).
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String PERIODS = "periods.html";
    public static final String PEOPLE = "people.html";
    public static final String IMPORTS = "imports.html";
    public static final String INDICATORS = "indicators.html";
    public static final String REPORTS = "reports.html";
    public static final String ASSETS = "assets/";
    public static final String CHARTS = "charts/";
    /** The 预警 page of the latest quarter, half-year and year (DOMAIN §8.3). */
    public static final String WARNINGS_HOME = "warnings/index.html";
    /** 督办台账: every 督办 item as of the run's as-of date (DOMAIN §8.4). */
    public static final String SUPERVISION = "supervision.html";
    public static final String PLAN = "plan.html";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private SitePaths() {}

    public static String overview(String period) { return period + "/index.html"; }

    public static String unit(String period, String unitCode) { return period + "/unit-" + fileName(unitCode) + ".html"; }

    public static String coverage(String period) { return period + "/coverage.html"; }

    public static String rectification(String period) { return period + "/rectification.html"; }

    /** The 预警 of one period, a section per unit. */
    public static String warnings(String period) { return period + "/warnings.html"; }

    /** The list behind a figure in one period (list code C07, Z06 …), a section per unit. */
    public static String list(String period, String listCode) { return period + "/list-" + fileName(listCode) + ".html"; }

    /** The id of a unit's section on a list or 预警 page ("ALL" is the county; members without a unit are "none"). */
    public static String unitAnchor(String unitCode) { return "unit-" + fileName(unitCode); }

    public static String person(String period, String personId) { return period + "/person-" + fileName(personId) + ".html"; }

    public static String chart(String name) { return CHARTS + name + ".svg"; }

    public static String report(String file) { return "reports/" + file; }

    /**
     * The period's Excel workbook (data/indicators-2025H2.xlsx), written into each build by the site step: the
     * 内部版's has the per-person sheets, the 公开版's does not, and a relative link finds the one of its own build.
     */
    public static String workbook(String period) { return "data/" + lianjian.office.IndicatorWorkbooks.fileName(period); }

    /** "" for a page at the top, "../" for a page one folder down, and so on. */
    public static String root(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * A unit code or 人员编号 as a file-name part: kept when it is plain ASCII (FY01, P0123), otherwise
     * (Chinese, spaces, slashes from a spreadsheet) replaced by a stable hash, so no code can escape
     * its folder or break a URL.
     */
    public static String fileName(String code) {
        if (code != null && PLAIN.matcher(code).matches()) return code;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.valueOf(code).getBytes(StandardCharsets.UTF_8));
            return "x" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
