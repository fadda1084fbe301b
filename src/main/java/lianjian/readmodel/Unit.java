package lianjian.readmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit of 单位名录 (DOMAIN §4.1).
 *
 * @param aliases other names the unit goes by (别名), as written, in order
 */
public record Unit(String code, String name, String type, List<String> aliases) {

    public static final String COURT = "法院";
    public static final String PROCURATORATE = "检察院";
    public static final String POLICE = "公安局";
    public static final String JUSTICE = "司法局";

    /** The 政法单位 in their customary order; pages and reports list units by type in this order, then by code. */
    public static final List<String> TYPE_ORDER = List.of(COURT, PROCURATORATE, POLICE, JUSTICE);

    public Unit {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Splits the 别名 cell: commas (half- or full-width), 、 and semicolons separate aliases. */
    public static List<String> parseAliases(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null) return out;
        for (String a : cell.split("[,，、;；]")) if (!a.isBlank()) out.add(a.strip());
        return out;
    }

    public boolean isCourt() { return COURT.equals(type); }

    public boolean isProcuratorate() { return PROCURATORATE.equals(type); }

    /** Units whose judges or prosecutors the 人大常委会 appoints and evaluates (法院, 检察院). */
    public boolean hasAppointedStaff() { return isCourt() || isProcuratorate(); }

    /** Position of the type in {@link #TYPE_ORDER}; other types after. */
    int typeRank() {
        int i = TYPE_ORDER.indexOf(type);
        return i < 0 ? TYPE_ORDER.size() : i;
    }

    /** The name without the county prefix and "人民" (法院, 检察院), for the dashboard's navigation bar. */
    public String shortName(String county) {
        String s = name;
        if (county != null && !county.isBlank() && s.startsWith(county) && s.length() > county.length()) {
            s = s.substring(county.length());
        }
        if (s.startsWith("人民") && s.length() > 2) s = s.substring(2);
        return s;
    }
}
