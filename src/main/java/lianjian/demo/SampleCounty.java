package lianjian.demo;

import java.time.LocalDate;
import java.util.List;

/** Fixed facts of the fictional 示例县: its four 政法单位, its court code and its 人大 term. */
final class SampleCounty {

    static final String COUNTY = "示例县";
    /** Fictional 法院代字 in the national 案号 scheme (province abbreviation + 4 digits). */
    static final String COURT_CODE = "浙0123";
    /** 简称 used in the procuratorate's 部门受案号 (示检刑诉受〔2024〕12号). */
    static final String PROCURATORATE_ABBREVIATION = "示检";

    static final LocalDate TERM_START = LocalDate.of(2022, 1, 1);
    static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);

    static final Unit COURT = new Unit("FY01", "示例县人民法院", "法院", List.of("县法院", "示例县法院"));
    static final Unit PROCURATORATE = new Unit("JCY01", "示例县人民检察院", "检察院", List.of("县检察院"));
    static final Unit POLICE = new Unit("GAJ01", "示例县公安局", "公安局", List.of("县公安局"));
    static final Unit JUSTICE = new Unit("SFJ01", "示例县司法局", "司法局", List.of("县司法局"));

    static final List<Unit> UNITS = List.of(COURT, PROCURATORATE, POLICE, JUSTICE);

    /** A 政法单位 as listed in 单位名录. */
    record Unit(String code, String name, String type, List<String> aliases) {

        /** The short name people actually type in spreadsheets (县法院), or the full name. */
        String shortName() {
            return aliases.isEmpty() ? name : aliases.get(0);
        }
    }

    static Unit unit(String code) {
        for (Unit u : UNITS) {
            if (u.code().equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit " + code);
    }

    private SampleCounty() {
    }
}
