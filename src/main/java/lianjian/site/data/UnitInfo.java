package lianjian.site.data;

/**
 * A unit of 单位名录 as the dashboard names it.
 *
 * @param shortName the name without the county prefix and "人民" (法院, 检察院), for the navigation bar
 */
public record UnitInfo(String code, String name, String type, String shortName) {

    static UnitInfo of(String code, String name, String type, String county) {
        String s = name;
        if (county != null && !county.isBlank() && s.startsWith(county) && s.length() > county.length()) {
            s = s.substring(county.length());
        }
        if (s.startsWith("人民") && s.length() > 2) s = s.substring(2);
        return new UnitInfo(code, name, type, s);
    }

    public boolean isCourt() { return "法院".equals(type); }

    public boolean isProcuratorate() { return "检察院".equals(type); }
}
