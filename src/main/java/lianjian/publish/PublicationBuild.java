package lianjian.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

import lianjian.workspace.Folders;
import lianjian.workspace.Workspace;

/**
 * The site being built for this run, and its atomic publication (build in a temporary folder and swap
 * in). The reports step and the dashboard step write into {@link #dir()} ({@code .site-build/} beside {@code site/});
 * only {@link #publish()} touches {@code site/}: the old site is renamed aside, the new one renamed in,
 * then the old one deleted. A run that fails never reaches publish, so the previous site stays. A
 * crash between the two renames is repaired at the next {@link #begin()}.
 */
@Component
public class PublicationBuild {

    private final Workspace workspace;

    public PublicationBuild(Workspace workspace) { this.workspace = workspace; }

    public Path dir() { return workspace.root().resolve(".site-build"); }

    private Path previous() { return workspace.root().resolve(".site-previous"); }

    /** Starts a fresh build folder (and restores site/ if a crash left it renamed aside). */
    public void begin() {
        try {
            if (!Files.exists(workspace.site()) && Files.exists(previous())) move(previous(), workspace.site());
            Folders.deleteTree(previous());
            Folders.deleteTree(dir());
            Files.createDirectories(dir());
            try (InputStream readme = PublicationBuild.class.getResourceAsStream("/site-static/README.md")) {
                if (readme != null) Files.copy(readme, dir().resolve("README.md"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法准备看板生成目录 " + dir(), e);
        }
    }

    /** Swaps the build in as site/. */
    public void publish() {
        try {
            Path site = workspace.site();
            boolean hadSite = Files.exists(site);
            if (hadSite) move(site, previous());
            try {
                move(dir(), site);
            } catch (IOException e) {
                if (hadSite && !Files.exists(site)) move(previous(), site); // never leave no site at all
                throw e;
            }
            Folders.deleteTree(previous());
        } catch (IOException e) {
            throw new UncheckedIOException("无法发布看板到 " + workspace.site(), e);
        }
    }

    /** Drops an unfinished build (the run failed). */
    public void discard() {
        try {
            Folders.deleteTree(dir());
        } catch (IOException e) {
            // Left for the next begin(), which clears it.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

}
