package lianjian.importing.kind;

/** How a column's cells are read and checked (see the legend at the top of sheet-kinds.yml). */
public enum ColumnType {
    TEXT("text"),
    CASE_NO("case-no"),
    DATE("date"),
    BOOL("bool"),
    COUNT("count"),
    AMOUNT("amount"),
    SCORE("score"),
    ENUM("enum"),
    /** Any number of values of one enumeration in one cell, stored as one canonical text. */
    ENUM_SET("enum-set"),
    /** A calendar year, 2000–2100. */
    YEAR("year"),
    UNIT("unit"),
    PERSON("person"),
    PERSON_NAME("person-name"),
    CASE_REF("case-ref"),
    /** The key of a row of another kind (e.g. 计划编号 → 监督计划). */
    KEY_REF("key-ref");

    private final String yamlName;

    ColumnType(String yamlName) { this.yamlName = yamlName; }

    public String yamlName() { return yamlName; }

    /** Whether values of this type are stored as the text given (so a length limit applies). */
    public boolean storedAsGiven() {
        return this == TEXT || this == CASE_NO || this == CASE_REF || this == PERSON || this == PERSON_NAME || this == KEY_REF;
    }

    public static ColumnType fromYaml(String name) {
        for (ColumnType t : values()) {
            if (t.yamlName.equals(name)) return t;
        }
        throw new IllegalArgumentException("unknown column type '" + name + "'");
    }
}
