package lianjian.site.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import lianjian.publish.PublicationFingerprint;

/**
 * A hash of everything a page or chart is rendered from (issue 13): the product build (templates, code), the
 * template's name and the model — maps in key order, lists in order, records component by component, plain values
 * by their text. Two pages with the same digest render the same bytes, apart from keys left out on purpose (the
 * footer's generation time: a reused page keeps the time it was generated at).
 *
 * <p>A value with no stable text (any other object, which would print as Class@hash) makes the digest unique to this
 * run: such a page is simply always rendered, never wrongly reused. {@link #stable()} tells whether that happened.
 */
public final class ModelDigest {

    private static final String BUILD = PublicationFingerprint.build();
    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();

    private final StringBuilder text = new StringBuilder(8192);
    private final Set<String> skippedKeys;
    private boolean stable = true;

    private ModelDigest(Set<String> skippedKeys) { this.skippedKeys = skippedKeys; }

    /** The digest of one page: its template and its model without {@code skippedKeys} (top level only). */
    public static ModelDigest of(String template, Object model, Set<String> skippedKeys) {
        ModelDigest d = new ModelDigest(skippedKeys);
        d.text.append("build:").append(BUILD).append("\ntemplate:").append(template).append('\n');
        d.value(model, true);
        return d;
    }

    /** False when the model held a value with no stable text: then {@link #hex()} never matches an earlier run. */
    public boolean stable() { return stable; }

    public String hex() {
        MessageDigest sha = PublicationFingerprint.sha256();
        byte[] h = sha.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return (stable ? "" : "unstable-" + System.nanoTime() + "-") + HexFormat.of().formatHex(h);
    }

    private void value(Object v, boolean top) {
        if (v == null) {
            text.append('∅');
        } else if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?> || v instanceof TemporalAccessor) {
            // Type and length first, so "1" and 1, or two strings that join alike, never read the same.
            String s = v.toString();
            text.append(v.getClass().getSimpleName()).append(s.length()).append(':').append(s);
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> {
                if (!(top && skippedKeys.contains(String.valueOf(k)))) sorted.put(String.valueOf(k), x);
            });
            text.append('{');
            sorted.forEach((k, x) -> {
                text.append(k.length()).append(':').append(k).append('=');
                value(x, false);
                text.append(',');
            });
            text.append('}');
        } else if (v instanceof Collection<?> c) {
            text.append('[').append(c.size()).append(':');
            for (Object x : c) {
                value(x, false);
                text.append(',');
            }
            text.append(']');
        } else if (v instanceof Object[] a) {
            value(java.util.Arrays.asList(a), false);
        } else if (v instanceof Optional<?> o) {
            text.append("opt:");
            value(o.orElse(null), false);
        } else if (v instanceof Record r) {
            text.append(r.getClass().getName()).append('(');
            for (Method accessor : accessors(r.getClass())) {
                text.append(accessor.getName()).append('=');
                try {
                    value(accessor.invoke(r), false);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    stable = false;
                }
                text.append(';');
            }
            text.append(')');
        } else {
            stable = false;
            text.append(v.getClass().getName());
        }
    }

    private static Method[] accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Method[] out = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = components[i].getAccessor();
                out[i].setAccessible(true); // records nested in page classes are private to their package
            }
            return out;
        });
    }
}
