package lianjian.importing.kind;

import java.util.List;
import java.util.Optional;

/**
 * One kind of sheet (DOMAIN §4), as defined in sheet-kinds.yml.
 *
 * @param importOrder reference data first: 1 单位名录, 2 人员名册, then the rest
 * @param sheetNames  sheet names that identify the kind without looking at headers
 * @param key         fields of the natural key
 */
public record SheetKind(String id, String name, String table, int importOrder, List<String> sheetNames,
                        List<String> key, List<ColumnDef> columns, List<RowRule> rules) {

    public Optional<ColumnDef> column(String field) {
        for (ColumnDef c : columns) if (c.field().equals(field)) return Optional.of(c);
        return Optional.empty();
    }

    public ColumnDef requireColumn(String field) {
        return column(field).orElseThrow(() -> new IllegalStateException(id + " has no column " + field));
    }

    public List<ColumnDef> requiredColumns() {
        return columns.stream().filter(ColumnDef::required).toList();
    }

    /** Kinds are singletons of the catalog: identity, not a deep comparison of every column, per row. */
    @Override
    public boolean equals(Object o) { return this == o; }

    @Override
    public int hashCode() { return System.identityHashCode(this); }
}
