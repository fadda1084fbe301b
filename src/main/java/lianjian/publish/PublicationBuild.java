package lianjian.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import lianjian.workspace.Folders;
import lianjian.workspace.Workspace;

/**
 * The two sites being built for this run — the 内部版 {@code site/} and the 公开版 {@code site-public/}
 * ({@link Audience}) — and their publication as a pair. The reports step and the dashboard step write
 * into {@link #dir(Audience)} ({@code .site-build/} and {@code .site-public-build/} beside the published
 * folders); only {@link #publish()} touches {@code site/} and {@code site-public/}: both old folders are
 * renamed aside, both new ones renamed in, then the old ones deleted. A run that fails never reaches
 * publish, so the previous pair stays. If a rename fails, the ones already done are undone, so the
 * previous pair is back; a crash between the renames is repaired at the next {@link #begin()} the same
 * way (a published folder missing while its previous one is aside means the swap did not finish).
 */
@Component
public class PublicationBuild {

    private final Workspace workspace;

    public PublicationBuild(Workspace workspace) { this.workspace = workspace; }

    /** The 内部版 build folder (.site-build). */
    public Path dir() { return dir(Audience.INTERNAL); }

    /** The build folder of one audience. */
    public Path dir(Audience audience) { return workspace.root().resolve(audience.buildFolder()); }

    /** The published folder of one audience: site/ or site-public/. */
    public Path published(Audience audience) { return workspace.root().resolve(audience.folder()); }

    private Path previous(Audience audience) { return workspace.root().resolve(audience.previousFolder()); }

    /** Starts fresh build folders (and restores the previous pair if a crash interrupted a swap). */
    public void begin() {
        try {
            restoreInterruptedSwap();
            for (Audience a : Audience.values()) {
                Folders.deleteTree(previous(a));
                Folders.deleteTree(dir(a));
                Files.createDirectories(dir(a));
                try (InputStream readme = PublicationBuild.class.getResourceAsStream("/site-static/README.md")) {
                    if (readme != null) Files.copy(readme, dir(a).resolve("README.md"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法准备看板生成目录 " + dir(), e);
        }
    }

    /**
     * A published folder missing while its previous one is aside: a publish was cut off between its renames.
     * Every folder that has a previous one gets it back, so the pair is the previous pair again.
     */
    private void restoreInterruptedSwap() throws IOException {
        boolean interrupted = false;
        for (Audience a : Audience.values()) {
            if (!Files.exists(published(a)) && Files.exists(previous(a))) interrupted = true;
        }
        if (!interrupted) return;
        for (Audience a : Audience.values()) {
            if (!Files.exists(previous(a))) continue;
            Folders.deleteTree(published(a));
            move(previous(a), published(a));
        }
    }

    /** Swaps both builds in as site/ and site-public/. */
    public void publish() {
        List<Audience> asideDone = new ArrayList<>();
        List<Audience> inDone = new ArrayList<>();
        try {
            for (Audience a : Audience.values()) {
                if (!Files.exists(published(a))) continue;
                move(published(a), previous(a));
                asideDone.add(a);
            }
            for (Audience a : Audience.values()) {
                move(dir(a), published(a));
                inDone.add(a);
            }
        } catch (IOException e) {
            rollBack(asideDone, inDone, e);
            throw new UncheckedIOException("无法发布看板到 " + workspace.site(), e);
        }
        for (Audience a : Audience.values()) {
            try {
                Folders.deleteTree(previous(a));
            } catch (IOException e) {
                // Both new folders are in place; begin() removes what is left of the old ones.
            }
        }
    }

    /** Puts the previous pair back after a failed swap: never leave a new folder beside an old one, nor none. */
    private void rollBack(List<Audience> asideDone, List<Audience> inDone, IOException cause) {
        for (Audience a : inDone) {
            try {
                move(published(a), dir(a));
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
        for (Audience a : asideDone) {
            try {
                if (!Files.exists(published(a))) move(previous(a), published(a));
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /**
     * Before the swap: every built file whose bytes equal the published file of the same path becomes a hard
     * link to it (a copy keeping its time where links are not possible), so an unchanged page, chart or export
     * keeps its modification time across runs (issue 13). Returns how many files were kept.
     */
    public int keepUnchangedFiles() {
        int kept = 0;
        for (Audience a : Audience.values()) {
            Path built = dir(a), old = published(a);
            if (!Files.isDirectory(old)) continue;
            List<Path> files;
            try (var walk = Files.walk(built)) {
                files = walk.filter(Files::isRegularFile).toList();
            } catch (IOException e) {
                continue; // nothing kept: the new files are published as they are
            }
            for (Path f : files) {
                Path before = old.resolve(built.relativize(f).toString());
                try {
                    if (!Files.isRegularFile(before) || Files.isSameFile(f, before) || Files.size(f) != Files.size(before)
                            || Files.mismatch(f, before) != -1) continue;
                    Path tmp = f.resolveSibling(f.getFileName() + ".keep");
                    Folders.linkOrCopy(before, tmp);
                    move(tmp, f);
                    kept++;
                } catch (IOException e) {
                    // This one stays as built: same bytes, a newer time.
                }
            }
        }
        return kept;
    }

    /** Drops the unfinished builds (the run failed). */
    public void discard() {
        for (Audience a : Audience.values()) {
            try {
                Folders.deleteTree(dir(a));
            } catch (IOException e) {
                // Left for the next begin(), which clears it.
            }
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
