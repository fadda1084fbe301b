package lianjian.importing.validate;

/** How serious a message is. NOTICE is for the receipt only (a skipped sheet, an ignored column). */
public enum Level {
    ERROR("错误"), WARNING("警告"), NOTICE("提示");

    private final String chinese;

    Level(String chinese) { this.chinese = chinese; }

    public String chinese() { return chinese; }
}
