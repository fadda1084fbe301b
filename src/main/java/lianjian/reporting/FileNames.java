package lianjian.reporting;

import java.time.LocalDate;

/**
 * ASCII file names of the PDFs (issue #4): overview-2025H1.pdf, unit-FY01-2025.pdf,
 * coverage-2025-12-31.pdf, rectification-2025H2.pdf, notice-FY01-2025-12-31.pdf,
 * dossier-P0123-2025-12-31.pdf. Codes and
 * ids are ASCII by convention; anything else is replaced so that a file name never needs encoding
 * on the intranet server.
 */
final class FileNames {

    private FileNames() {}

    static String overview(String period) {
        return "overview-" + period + ".pdf";
    }

    static String unit(String unitCode, String period) {
        return "unit-" + ascii(unitCode) + "-" + period + ".pdf";
    }

    static String coverage(LocalDate asOf) {
        return "coverage-" + asOf + ".pdf";
    }

    /** 问题整改清单 of a period (as of its end): rectification-2025H2.pdf, rectification-2025.pdf. */
    static String rectification(String period) {
        return "rectification-" + period + ".pdf";
    }

    /** A unit's 督办通知单 as of the run's as-of date. */
    static String notice(String unitCode, LocalDate asOf) {
        return "notice-" + ascii(unitCode) + "-" + asOf + ".pdf";
    }

    static String dossier(String personId, LocalDate asOf) {
        return "dossier-" + ascii(personId) + "-" + asOf + ".pdf";
    }

    static String ascii(String code) {
        String s = code.replaceAll("[^A-Za-z0-9_-]", "_");
        // A code made only of other characters keeps a stable, distinct name.
        return s.replace("_", "").isEmpty() ? "x" + Integer.toHexString(code.hashCode()) : s;
    }
}
