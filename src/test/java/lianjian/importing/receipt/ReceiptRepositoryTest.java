package lianjian.importing.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import lianjian.importing.validate.ImportMessage;
import lianjian.importing.validate.Level;
import lianjian.testsupport.Backend;
import lianjian.testsupport.TestDatabase;

/**
 * The import log on both databases: receipt ids from INSERT … RETURNING, and messages about a huge
 * cell cut to the columns' sizes (PostgreSQL enforces VARCHAR(n); the run must not fail over a message).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ReceiptRepositoryTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void receiptsGetIncreasingIdsAndOverlongMessagesAreCut() {
        TestDatabase db = new TestDatabase(backend, dir.resolve("t.db"));
        ReceiptRepository receipts = new ReceiptRepository(db.jdbc);
        long first = receipts.open("一.xlsx", "a".repeat(64), 10);
        long second = receipts.open("二.xlsx", "b".repeat(64), 20);
        assertThat(second).isGreaterThan(first);

        String huge = "长".repeat(5_000);
        receipts.addMessages(second, List.of(new ImportMessage(Level.ERROR, "案".repeat(300), 7, "备注", "AB", huge,
                "超过" + "长".repeat(1_200))));
        ImportMessage back = receipts.messages(second, 5).get(0);
        assertThat(back.value()).hasSize(1_000).endsWith("…").startsWith("长长长");
        assertThat(back.sheet()).hasSize(200);
        assertThat(back.rule()).hasSize(1_000);
        assertThat(db.count("SELECT COUNT(*) FROM import_message WHERE LENGTH(text) = 2000")).isEqualTo(1);
    }

    @Test
    void cutCountsCodePointsLikePostgres() {
        assertThat(ReceiptRepository.cut(null, 5)).isNull();
        assertThat(ReceiptRepository.cut("abc", 3)).isEqualTo("abc");
        assertThat(ReceiptRepository.cut("abcd", 3)).isEqualTo("ab…");
        String wide = "𠀀𠀀𠀀"; // three code points outside the BMP, six Java chars
        assertThat(ReceiptRepository.cut(wide, 3)).isEqualTo(wide);
        assertThat(ReceiptRepository.cut(wide + "𠀀", 3)).isEqualTo("𠀀𠀀…");
    }
}
