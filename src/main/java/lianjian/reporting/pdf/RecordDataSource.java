package lianjian.reporting.pdf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * Feeds a list of Java records to a report: a field named {@code x} reads the record component
 * {@code x()}. JasperReports' bean data source cannot do this (commons-beanutils wants getX()
 * getters, PoC pitfall 3), and records keep the table rows immutable and short.
 *
 * <p>A data source is consumed by one fill, so the master creates a new one for every subreport
 * from the block's row list (the list itself can be filled any number of times).
 */
public final class RecordDataSource implements JRRewindableDataSource {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> m = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) m.put(c.getName(), c.getAccessor());
            }
            return m;
        }
    };

    private final List<?> rows;
    private int index = -1;

    public RecordDataSource(List<?> rows) {
        this.rows = rows == null ? List.of() : rows;
    }

    @Override
    public boolean next() {
        return ++index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        Object row = rows.get(index);
        Method accessor = ACCESSORS.get(row.getClass()).get(field.getName());
        if (accessor == null) {
            throw new JRException("field " + field.getName() + " is not a component of " + row.getClass().getName());
        }
        try {
            return accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("cannot read " + field.getName() + " of " + row.getClass().getName(), e);
        }
    }

    @Override
    public void moveFirst() {
        index = -1;
    }
}
