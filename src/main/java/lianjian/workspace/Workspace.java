package lianjian.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The folders of one workspace (DOMAIN §3.1, §6): the analyst's drop folders, the database and the
 * published site. Creating a Workspace creates the folders, so everything after can rely on them.
 */
public final class Workspace {

    private final Path root;

    public Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
        for (Path dir : new Path[] {inbox(), archiveRoot(), rejectedRoot(), templates(), databaseDir()}) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("无法创建工作区文件夹 " + dir, e);
            }
        }
    }

    public Path root() { return root; }
    public Path dataImport() { return root.resolve("data-import"); }
    public Path inbox() { return dataImport().resolve("inbox"); }
    public Path archiveRoot() { return dataImport().resolve("archive"); }
    public Path rejectedRoot() { return dataImport().resolve("rejected"); }
    public Path templates() { return dataImport().resolve("templates"); }
    public Path archiveFor(LocalDate day) { return archiveRoot().resolve(day.toString()); }
    public Path rejectedFor(LocalDate day) { return rejectedRoot().resolve(day.toString()); }
    /** The published dashboard; built elsewhere and swapped in whole. */
    public Path site() { return root.resolve("site"); }
    public Path databaseDir() { return root.resolve("db"); }
    public Path database() { return databaseDir().resolve("lianjian.db"); }
    public Path lockFile() { return databaseDir().resolve("lianjian.lock"); }

    @Override
    public String toString() { return root.toString(); }
}
