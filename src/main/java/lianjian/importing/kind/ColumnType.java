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

    public String yamlName() { return yamlName; }

    /** Whether values of this type are stored as the text given (so a length limit applies). */
    public boolean storedAsGiven() {
        return this == TEXT || this == CASE_NO || this == CASE_REF || this == PERSON || this == PERSON_NAME;
    }

    public static ColumnType fromYaml(String name) {
        for (ColumnType t : values()) {
            if (t.yamlName.equals(name)) return t;
        }
        throw new IllegalArgumentException("unknown column type '" + name + "'");
    }
}
