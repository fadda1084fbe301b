package lianjian.database;

/** JDBC urls as they may be shown to a user or written to a log: without passwords. */
public final class Urls {

    private Urls() {}

    /** The url with the value of any {@code password=} parameter replaced by {@code ***}. */
    public static String safe(String url) {
        if (url == null) return "（空）";
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
