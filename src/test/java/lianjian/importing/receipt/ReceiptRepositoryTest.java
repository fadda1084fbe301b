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
        long first = receipts.open("一.xlsx", "a".repeat(64), 10, null);
        long second = receipts.open("二.xlsx", "b".repeat(64), 20, 7L);
        assertThat(second).isGreaterThan(first);

        String huge = "长".repeat(5_000);
        receipts.addMessages(second, List.of(new ImportMessage(Level.ERROR, "案".repeat(300), 7, "备注", "AB", huge,
                "超过" + "长".repeat(3_000))));
        ImportMessage back = receipts.messages(second, 5).get(0);
        assertThat(back.value()).hasSize(200).endsWith("…（共 5000 字）").startsWith("长长长"); // the message quotes at most 200
        assertThat(back.sheet()).hasSize(200);
        assertThat(back.rule()).hasSize(1_000);
        assertThat(db.count("SELECT COUNT(*) FROM import_message WHERE LENGTH(text) = 2000")).isEqualTo(1);
    }
}
