package lianjian.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * An OS file lock on {@code db/lianjian.lock}: two runs at once on one workspace cannot both import.
 * The OS releases the lock when the process dies (also on kill -9), so a crash never leaves the
 * workspace locked.
 */
public final class WorkspaceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link WorkspaceBusyException} with a message for the user. */
    public static WorkspaceLock acquire(Workspace workspace) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(workspace.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new WorkspaceBusyException("工作区 " + workspace.root()
                        + " 正被另一个联监进程使用（可能是另一次 run 或 watch），本次未导入任何文件。请等它结束后再运行。");
            }
            String who = "pid " + ProcessHandle.current().pid() + " since "
                    + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\n";
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            try {
                if (channel != null) channel.close();
            } catch (IOException ignored) {
                // the original failure is what matters
            }
            throw new WorkspaceBusyException("无法锁定工作区 " + workspace.root() + "：" + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The OS drops the lock with the process anyway.
        }
    }

    /** Another process holds the workspace. */
    public static class WorkspaceBusyException extends RuntimeException {
        public WorkspaceBusyException(String message) { super(message); }
    }
}
