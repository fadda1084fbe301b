package lianjian.publish;

/**
 * Who a build is for (art. 10 分类处理). Every run publishes both, from the same stored figures:
 * <ul>
 * <li>{@link #INTERNAL} — {@code site/}, the 内部版 for the 人大 工委 and the 政法委 (access-restricted): everything,
 *     including the people behind the figures, the free texts of the spreadsheets and the 督办通知单.</li>
 * <li>{@link #PUBLIC} — {@code site-public/}, the 公开版 for 人大代表 and the units: the same county and unit
 *     figures, periods and charts, and public variants of the overview and unit PDFs, but no personal data: no
 *     person pages or dossiers, no per-person rows, no staff name or 人员编号, lists whose members are people
 *     (E04, E08, E12) as counts only, and no free-text field (问题描述, 整改措施, 主要问题, 评议意见, 意见建议,
 *     建议标题 …), since free text may name people.</li>
 * </ul>
 * The generators (dashboard, exports, reports) take the audience as a mode: the same pages and tables, with
 * the personal parts left out. What counts as personal is decided in one place, {@link PublicFields}.
 */
public enum Audience {
    INTERNAL("site", ".site-build", ".site-previous", "内部版"),
    PUBLIC("site-public", ".site-public-build", ".site-public-previous", "公开版");

    private final String folder;
    private final String buildFolder;
    private final String previousFolder;
    private final String chinese;

    Audience(String folder, String buildFolder, String previousFolder, String chinese) {
        this.folder = folder;
        this.buildFolder = buildFolder;
        this.previousFolder = previousFolder;
        this.chinese = chinese;
    }

    /** The published folder in the workspace: site or site-public. */
    public String folder() { return folder; }

    /** The folder the run builds into, beside the published one. */
    public String buildFolder() { return buildFolder; }

    /** Where the published folder is moved aside while the new one is swapped in. */
    public String previousFolder() { return previousFolder; }

    /** 内部版 / 公开版 */
    public String chinese() { return chinese; }

    /** Whether people (names, 人员编号, person pages, dossiers, per-person figures, lists of people) are shown. */
    public boolean showsPeople() { return this == INTERNAL; }

    /** Whether free text from the spreadsheets (问题描述, 评议意见 …) is shown. */
    public boolean showsFreeText() { return this == INTERNAL; }

    public boolean isPublic() { return this == PUBLIC; }
}
