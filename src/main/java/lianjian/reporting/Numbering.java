package lianjian.reporting;

import lianjian.reporting.text.Prose;

/**
 * Heading numbers of official documents: 一、二、三 for chapters and （一）（二） within a chapter,
 * counted as sections are actually printed (a unit without courts has no 审判 chapter).
 */
final class Numbering {

    private int chapter;
    private int section;

    /** 一、xxx */
    String chapter(String title) {
        section = 0;
        return Prose.ordinal(++chapter) + "、" + title;
    }

    /** （一）xxx */
    String section(String title) {
        return "（" + Prose.ordinal(++section) + "）" + title;
    }
}
