package lianjian.importing.read;

/**
 * The sentences a user reads when a file cannot be read at all (DOMAIN §3.4), each naming its own
 * reason and what to do: in the receipt, on the terminal and as the one line of the error workbook.
 * No exception class and no parser message ever reaches them (those go to the log).
 */
public final class Refusals {

    private Refusals() {}

    public static final String EMPTY = "文件是空的（0 字节），可能没有保存或复制完整。请重新保存后放入";

    public static final String DTD = "文件中含有 DTD 或实体声明（<!DOCTYPE>、<!ENTITY>），Excel 和 WPS 保存的工作簿从不含这些内容，"
            + "这是被改动或恶意构造的文件（可用来读取本机文件或耗尽内存），为安全起见未读取。"
            + "如果文件来源可靠，请用 Excel 或 WPS 打开后另存为新的 .xlsx 再放入";

    public static final String MACRO = "文件是启用宏的工作簿（.xlsm），为安全起见不导入。"
            + "请在 Excel 或 WPS 中选择“另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再把新文件放入";

    public static final String BINARY_XLSB = "文件是 Excel 二进制工作簿（.xlsb），无法读取。"
            + "请在 Excel 中选择“另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再把新文件放入";

    public static final String OTHER_OFFICE = "文件是 Word、PowerPoint 等其他 Office 文档，不是 Excel 工作簿";

    public static final String NOT_A_SPREADSHEET = "文件不是 Excel 工作簿（.xlsx、.xls）或 CSV 文件，内容格式无法识别";

    public static final String ENCRYPTED = "文件已加密（设置了打开密码），无法读取。请在 Excel 或 WPS 中取消密码、保存后重新放入";

    public static final String RATIO_BOMB = "文件解压后的大小与压缩大小之比异常（疑似“压缩炸弹”），为安全起见未读取。"
            + "如果文件来源可靠，请用 Excel 或 WPS 打开后另存为新的 .xlsx 再放入";

    public static final String OLD_BIFF = "文件是 Excel 5.0 之前的旧格式，无法读取。请在 Excel 中另存为 .xlsx 后重新放入";

    /** A package or container that is broken: cut off while copying, or not what its name says. */
    public static String corrupt(String format) {
        return "文件已损坏或不完整，无法读取（按 " + format + " 打开失败：可能复制或下载时中断，或扩展名与内容不符）。"
                + "请用 Excel 或 WPS 打开确认，另存后重新放入";
    }

    /** More unpacked content than the configured limit. */
    public static String unpackedLimit(long maxBytes) {
        return "文件解压后的内容超过 " + maxBytes / 1024 / 1024 + " MB 的上限（疑似“压缩炸弹”），未读取。"
                + "确属正常的大文件时，请管理员调大设置 lianjian.import.max-unpacked-mb";
    }

    /** A parser message that tells of a DTD, an entity or a DOCTYPE (the XML parsers refuse them). */
    static boolean mentionsDtd(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("DOCTYPE") || m.contains("DTD") || m.contains("ENTITY") || m.contains("entity")
                    || m.contains("Entity")) {
                return true;
            }
            if (t.getCause() == t) break;
        }
        return false;
    }
}
