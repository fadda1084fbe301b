package lianjian.importing.read;

/** A1-style references. */
public final class CellRef {

    private CellRef() {}

    /** Excel's last column, XFD. */
    public static final int MAX_COLUMN = 16_383;

    /**
     * 0-based column of a reference such as "AB12".
     *
     * @throws UnreadableWorkbookException beyond column XFD (no spreadsheet program writes that)
     */
    public static int column(String ref) {
        return column(ref.toCharArray(), 0, ref.length());
    }

    /** The same, for a reference held in {@code buf[start, end)} (the sheet reader decodes it from the parser's buffer). */
    static int column(char[] buf, int start, int end) {
        int col = 0;
        for (int i = start; i < end; i++) {
            char c = buf[i];
            if (c >= 'A' && c <= 'Z') col = col * 26 + (c - 'A' + 1);
            else if (c >= 'a' && c <= 'z') col = col * 26 + (c - 'a' + 1);
            else break;
            if (col - 1 > MAX_COLUMN) {
                throw new UnreadableWorkbookException("单元格位置「" + new String(buf, start, end - start) + "」超出 Excel 的列范围，文件已损坏");
            }
        }
        return col - 1;
    }

    /** 1-based row of a reference such as "AB12", or -1. */
    public static long row(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) i++;
        try {
            return Long.parseLong(ref.substring(i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Column letters for a 0-based index: 0 → A, 26 → AA. */
    public static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}
