package lianjian.demo;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The ways units spell the same value (DOMAIN §3.3): dates as real Excel dates or as text in five
 * formats, yes/no as 是/否, √/× or Y/N, amounts as numbers or as text with thousands separators,
 * 案号 with full- or half-width brackets.
 */
final class MessyValues {

    enum DateText {
        /** a real Excel date cell */
        EXCEL,
        /** 2023-03-01 */
        ISO,
        /** 2023/3/1 */
        SLASH,
        /** 2023.3.1 */
        DOT,
        /** 2023年3月1日 */
        CHINESE,
        /** 20230301 */
        COMPACT;

        Object render(LocalDate d) {
            if (d == null) {
                return null;
            }
            int y = d.getYear();
            int m = d.getMonthValue();
            int day = d.getDayOfMonth();
            return switch (this) {
                case EXCEL -> d;
                case ISO -> d.toString();
                case SLASH -> y + "/" + m + "/" + day;
                case DOT -> y + "." + m + "." + day;
                case CHINESE -> y + "年" + m + "月" + day + "日";
                case COMPACT -> String.format(Locale.ROOT, "%04d%02d%02d", y, m, day);
            };
        }
    }

    enum BoolText {
        SHI_FOU("是", "否"), CHECK("√", "×"), YES_NO("Y", "N");

        private final String yes;
        private final String no;

        BoolText(String yes, String no) {
            this.yes = yes;
            this.no = no;
        }

        String render(Boolean b) {
            return b == null ? null : b ? yes : no;
        }
    }

    private MessyValues() {
    }

    /** Amounts in 分, either as a number cell or as text such as "52,345.67". */
    static Object amount(Long cents, boolean asText) {
        if (cents == null) {
            return null;
        }
        if (!asText) {
            return new SheetSpec.Money(cents);
        }
        return String.format(Locale.ROOT, "%,d.%02d", cents / 100, cents % 100);
    }

    /** Counts where 0 is sometimes written and sometimes left blank; null stays blank. */
    static Object count(Integer n, boolean zeroAsBlank) {
        if (n == null || zeroAsBlank && n == 0) {
            return null;
        }
        return n;
    }

    /** Day counts where "none" (null) is written as 0 by some units and left blank by others. */
    static Object days(Integer n, boolean zeroAsBlank) {
        return count(n == null ? Integer.valueOf(0) : n, zeroAsBlank);
    }

    static String halfWidthBrackets(String caseNo) {
        return caseNo.replace('（', '(').replace('）', ')');
    }
}
