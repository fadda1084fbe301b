package lianjian.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import lianjian.config.LianjianProperties;
import lianjian.indicators.IndicatorCatalog;
import lianjian.indicators.IndicatorDef;

/**
 * docs/INDICATORS.md is generated from the catalog and committed; this test fails when it is out of date.
 * {@code mvn -o -q test -Dtest=IndicatorsMarkdownTest -Dlianjian.docs.write=true} rewrites it.
 */
class IndicatorsMarkdownTest {

    static final Path DOC = Path.of("docs/INDICATORS.md");

    @Test
    void theCommittedDocumentIsTheCatalogs() throws Exception {
        String generated = IndicatorsMarkdown.render();
        if (Boolean.getBoolean("lianjian.docs.write")) Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/INDICATORS.md is out of date: run mvn -o -q test -Dtest=IndicatorsMarkdownTest -Dlianjian.docs.write=true")
                .isEqualTo(generated);
    }

    @Test
    void everyIndicatorIsThereWithItsFormulaInChinese() throws Exception {
        String doc = IndicatorsMarkdown.render(); // the committed file equals it (the test above)
        for (IndicatorDef d : IndicatorCatalog.load(new LianjianProperties()).all()) {
            assertThat(doc).contains("| " + d.code() + " | " + d.name() + " |");
            // Chinese prose, with no setting placeholder left unfilled and no Latin word (codes like C05 aside).
            assertThat(d.formula()).as(d.code()).containsPattern("\\p{IsHan}{2}").doesNotContain("${")
                    .doesNotContainPattern("[A-Za-z]{3,}");
        }
        assertThat(doc).doesNotContain("http://", "https://", "../");
    }
}
