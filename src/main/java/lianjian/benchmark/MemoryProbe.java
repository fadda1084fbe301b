package lianjian.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak heap (from the JVM's memory pools) and peak resident set size (from /proc, on Linux). */
final class MemoryProbe {

    private MemoryProbe() {}

    /** Resets the heap pools' peaks and, on Linux, the resident set's high-water mark (clear_refs 5). */
    static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (Exception e) {
            // not Linux, or not allowed: the RSS peak then covers the whole process
        }
    }

    /** Sum of the heap pools' peaks since the last reset, in MiB. */
    static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum / (1024 * 1024);
    }

    static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** VmHWM of this process in MiB, or -1 where /proc is not available. */
    static long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
