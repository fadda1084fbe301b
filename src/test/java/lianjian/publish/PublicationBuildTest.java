package lianjian.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lianjian.workspace.Folders;
import lianjian.workspace.Workspace;

/**
 * The 内部版 and the 公开版 are published as a pair (issue #15): both built beside, both swapped in; the
 * previous pair survives a failed swap and a crash between the renames.
 */
class PublicationBuildTest {

    @TempDir
    Path root;

    private PublicationBuild build() { return new PublicationBuild(new Workspace(root)); }

    /** Writes one marker file into each build folder. */
    private static void fill(PublicationBuild b, String marker) throws Exception {
        for (Audience a : Audience.values()) Files.writeString(b.dir(a).resolve("index.html"), marker + " " + a);
    }

    private String published(Audience a) throws Exception {
        return Files.readString(root.resolve(a.folder()).resolve("index.html"));
    }

    @Test
    void bothBuildsAreSwappedInTogetherAndShareNoFolder() throws Exception {
        PublicationBuild b = build();
        b.begin();
        assertThat(b.dir(Audience.INTERNAL)).isEqualTo(root.resolve(".site-build"));
        assertThat(b.dir(Audience.PUBLIC)).isEqualTo(root.resolve(".site-public-build"));
        assertThat(b.dir(Audience.INTERNAL).resolve("README.md")).exists();
        assertThat(b.dir(Audience.PUBLIC).resolve("README.md")).exists();
        fill(b, "first");
        b.publish();
        assertThat(published(Audience.INTERNAL)).isEqualTo("first INTERNAL");
        assertThat(published(Audience.PUBLIC)).isEqualTo("first PUBLIC");

        b.begin();
        fill(b, "second");
        b.publish();
        assertThat(published(Audience.INTERNAL)).isEqualTo("second INTERNAL");
        assertThat(published(Audience.PUBLIC)).isEqualTo("second PUBLIC");
        for (String leftover : new String[] {".site-build", ".site-public-build", ".site-previous", ".site-public-previous"}) {
            assertThat(root.resolve(leftover)).doesNotExist();
        }
    }

    @Test
    void aSwapThatFailsHalfWayPutsThePreviousPairBack() throws Exception {
        PublicationBuild b = build();
        b.begin();
        fill(b, "old");
        b.publish();

        b.begin();
        fill(b, "new");
        // The 公开版 build folder disappears (a virus scanner, a full disk …): its rename fails after the
        // 内部版's would have succeeded.
        Folders.deleteTree(b.dir(Audience.PUBLIC));
        assertThatThrownBy(b::publish).isInstanceOf(UncheckedIOException.class);

        assertThat(published(Audience.INTERNAL)).as("no new 内部版 beside an old 公开版").isEqualTo("old INTERNAL");
        assertThat(published(Audience.PUBLIC)).isEqualTo("old PUBLIC");
        b.discard();
        assertThat(root.resolve(".site-build")).doesNotExist();
    }

    @Test
    void aCrashBetweenTheRenamesIsRepairedByTheNextBegin() throws Exception {
        PublicationBuild b = build();
        b.begin();
        fill(b, "old");
        b.publish();
        b.begin();
        fill(b, "new");
        // What a crash leaves after both old folders went aside and the new 内部版 came in, but not the 公开版.
        Files.move(root.resolve("site"), root.resolve(".site-previous"));
        Files.move(root.resolve("site-public"), root.resolve(".site-public-previous"));
        Files.move(b.dir(Audience.INTERNAL), root.resolve("site"));

        b.begin();
        assertThat(published(Audience.INTERNAL)).isEqualTo("old INTERNAL");
        assertThat(published(Audience.PUBLIC)).isEqualTo("old PUBLIC");
        assertThat(root.resolve(".site-previous")).doesNotExist();
        assertThat(root.resolve(".site-public-previous")).doesNotExist();
    }

    @Test
    void aWorkspaceFromBeforeThePublicBuildGetsBoth() throws Exception {
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "old INTERNAL");
        PublicationBuild b = build();
        b.begin();
        fill(b, "new");
        b.publish();
        assertThat(published(Audience.INTERNAL)).isEqualTo("new INTERNAL");
        assertThat(published(Audience.PUBLIC)).isEqualTo("new PUBLIC");
    }
}
