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
    UNIT("unit"),
    PERSON("person"),
    PERSON_NAME("person-name"),
    CASE_REF("case-ref");

    private final String yamlName;

    ColumnType(String yamlName) { this.yamlName = yamlName; }

    public static ColumnType fromYaml(String name) {
        for (ColumnType t : values()) {
            if (t.yamlName.equals(name)) return t;
        }
        throw new IllegalArgumentException("unknown column type '" + name + "'");
    }
}
