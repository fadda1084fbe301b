package lianjian.importing.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The shared-strings table read on a thread of its own: every string comes back exactly, whichever
 * order the sheet asks for them in, and a broken table fails the read instead of reading as blanks.
 */
class SharedStringsTest {

    private static String xml(List<String> strings) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.size() + "\">");
        for (String s : strings) {
            sb.append("<si><t xml:space=\"preserve\">").append(s.replace("&", "&amp;").replace("<", "&lt;")).append("</t></si>");
        }
        return sb.append("</sst>").toString();
    }

    private static InputStream in(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Case numbers as a court's sheet has them, a few long texts, one longer than a chunk, and empty ones. */
    private static List<String> strings() {
        List<String> s = new ArrayList<>();
        for (int i = 1; i <= 60_000; i++) {
            s.add("（2024）浙0123民初" + i + "号");
            if (i % 10_000 == 0) s.add("长".repeat(300_000)); // four of these make a chunk overflow mid-table
            if (i % 7_777 == 0) s.add("");
        }
        s.add("超长文本".repeat(400_000)); // 1.6 million characters: a chunk of its own
        s.add("A & B <c>");
        return s;
    }

    @Test
    void everyStringComesBackWhicheverOrderTheSheetAsks() throws Exception {
        List<String> expected = strings();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) order.add(i);
        Collections.shuffle(order, new Random(13));
        try (SharedStrings sst = SharedStrings.inBackground(in(xml(expected)), "sst-test", RuntimeException::new)) {
            for (int i : order) assertThat(sst.get(i)).as("string %d", i).isEqualTo(expected.get(i));
            sst.awaitComplete();
            assertThat(sst.size()).isEqualTo(expected.size());
            assertThat(sst.get(expected.size())).as("beyond the table").isNull();
            assertThat(sst.get(-1)).isNull();
        }
    }

    @Test
    void theSameTableReadInTheForegroundHoldsTheSameStrings() throws Exception {
        List<String> expected = strings();
        SharedStrings sst = SharedStrings.parse(in(xml(expected)), Integer.MAX_VALUE);
        for (int i = 0; i < expected.size(); i++) assertThat(sst.get(i)).isEqualTo(expected.get(i));
        SharedStrings preview = SharedStrings.parse(in(xml(expected)), 100);
        assertThat(preview.size()).isEqualTo(100);
        assertThat(preview.truncated()).isTrue();
        assertThat(preview.get(99)).isEqualTo(expected.get(99));
    }

    @Test
    void aBrokenTableFailsTheReadWithTheGivenRefusal() {
        List<String> expected = strings().subList(0, 1_000);
        String broken = xml(expected);
        broken = broken.substring(0, broken.indexOf("民初500号")) + "<oops"; // cut off in the middle of a string
        SharedStrings sst = SharedStrings.inBackground(in(broken), "sst-test",
                e -> new UnreadableWorkbookException("共享字符串表已损坏", e));
        assertThat(sst.get(10)).as("strings before the damage").isEqualTo(expected.get(10));
        assertThatThrownBy(() -> sst.get(900)).isInstanceOf(UnreadableWorkbookException.class).hasMessage("共享字符串表已损坏");
        assertThatThrownBy(sst::awaitComplete).isInstanceOf(UnreadableWorkbookException.class);
        sst.close();
    }

    @Test
    void closeStopsTheParseAndWaitsForItsThread() throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 400_000; i++) many.add("（2024）浙0123执" + i + "号");
        // A slow stream (4 KB per millisecond: at least 6 s for the whole table), so close() surely comes first.
        InputStream slow = new java.io.FilterInputStream(in(xml(many))) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.read(b, off, Math.min(len, 4096));
            }
        };
        SharedStrings sst = SharedStrings.inBackground(slow, "sst-close-test", RuntimeException::new);
        assertThat(sst.get(0)).isEqualTo(many.get(0));
        sst.close();
        assertThat(sst.size()).as("stopped before the end").isLessThan(many.size());
        assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)).doesNotContain("sst-close-test");
    }
}
