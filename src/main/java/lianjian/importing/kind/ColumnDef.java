package lianjian.importing.kind;

import java.util.List;
import java.util.Map;

/**
 * One column of a sheet kind.
 *
 * @param index       position in {@link SheetKind#columns()} and in a parsed row's values
 * @param field       database column
 * @param header      the Chinese header as DOMAIN §4 names it
 * @param synonyms    other headers units use for it
 * @param values      for enumerations and enumeration sets: canonical value → its synonyms (in order;
 *                    the order of the values is also the order of a set's canonical text)
 * @param unitType    for unit references: only units of this type are accepted
 * @param defaultSole for unit references: when blank, the only unit of {@code unitType} is taken
 * @param unknownIsError for person and key references: an unknown one is an error (else a warning)
 * @param unitField   for person names: the column holding the unit to look the name up in
 * @param personField for person names: the column that receives the matched 人员编号
 * @param requiredWhenUnknown for case references: the column that must be filled when the 案号 is unknown
 * @param refKind     for key references: the id of the kind whose key the column holds
 * @param refKindName for key references: that kind's Chinese name (for messages and templates)
 * @param maxLength   for text-like columns (text, case-no, case-ref, person, person-name): the most
 *                    characters a value may have (the column's VARCHAR size); 0 where not applicable
 */
public record ColumnDef(
        int index,
        String field,
        String header,
        List<String> synonyms,
        ColumnType type,
        boolean required,
        Map<String, List<String>> values,
        String unitType,
        boolean defaultSole,
        boolean unknownIsError,
        String unitField,
        String personField,
        String requiredWhenUnknown,
        String refKind,
        String refKindName,
        int maxLength) {

    /** Every header text that names this column, the canonical one first. */
    public List<String> allHeaders() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), synonyms.stream()).toList();
    }

    /** Header as shown in templates and messages, e.g. {@code 案号*}. */
    public String displayHeader() { return required ? header + "*" : header; }

    /** Columns are singletons of the catalog (used as map keys per cell): identity equality. */
    @Override
    public boolean equals(Object o) { return this == o; }

    @Override
    public int hashCode() { return System.identityHashCode(this); }
}
