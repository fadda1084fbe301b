package lianjian.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** What makes two page models the same for reuse (issue 13), and what never may. */
class ModelDigestTest {

    record Row(String unit, Double rate, List<String> notes) {}

    private static String digest(Object model) { return ModelDigest.of("page.ftlh", model, Set.of("generatedAt")).hex(); }

    private static Map<String, Object> model(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void theSameFactsInAnotherMapOrderAndAnotherGenerationTimeAreTheSamePage() {
        Map<String, Object> a = model("title", "总览", "rows", List.of(new Row("FY01", 0.95, List.of("甲"))),
                "generatedAt", "2026-12-06 08:00");
        Map<String, Object> b = new HashMap<>();
        b.put("generatedAt", "2026-12-07 09:30");
        b.put("rows", List.of(new Row("FY01", 0.95, List.of("甲"))));
        b.put("title", "总览");
        assertThat(digest(b)).isEqualTo(digest(a));
    }

    @Test
    void anyChangedFactIsAnotherPage() {
        String base = digest(model("rows", List.of(new Row("FY01", 0.95, List.of("甲"))), "asOf", LocalDate.of(2025, 12, 31)));
        assertThat(digest(model("rows", List.of(new Row("FY01", 0.96, List.of("甲"))), "asOf", LocalDate.of(2025, 12, 31))))
                .isNotEqualTo(base);
        assertThat(digest(model("rows", List.of(new Row("FY01", 0.95, List.of("乙"))), "asOf", LocalDate.of(2025, 12, 31))))
                .isNotEqualTo(base);
        assertThat(digest(model("rows", List.of(new Row("FY01", 0.95, List.of("甲"))), "asOf", LocalDate.of(2025, 12, 30))))
                .isNotEqualTo(base);
        // The generation time is only skipped at the top of the model, not inside a row.
        assertThat(digest(model("x", model("generatedAt", "1")))).isNotEqualTo(digest(model("x", model("generatedAt", "2"))));
        // Texts that join alike are still told apart, and so are a number and its text.
        assertThat(digest(model("a", List.of("ab", "c")))).isNotEqualTo(digest(model("a", List.of("a", "bc"))));
        assertThat(digest(model("a", 1))).isNotEqualTo(digest(model("a", "1")));
        // Another template with the same model is another page.
        assertThat(ModelDigest.of("other.ftlh", model("a", 1), Set.of()).hex())
                .isNotEqualTo(ModelDigest.of("page.ftlh", model("a", 1), Set.of()).hex());
    }

    @Test
    void aValueWithoutStableTextIsNeverReused() {
        Object opaque = new Object();
        ModelDigest d = ModelDigest.of("page.ftlh", model("x", opaque), Set.of());
        assertThat(d.stable()).isFalse();
        assertThat(d.hex()).isNotEqualTo(ModelDigest.of("page.ftlh", model("x", opaque), Set.of()).hex());
        assertThat(ModelDigest.of("page.ftlh", model("x", "text"), Set.of()).stable()).isTrue();
    }
}
