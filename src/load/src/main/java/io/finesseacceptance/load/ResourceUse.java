package io.finesseacceptance.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * What the run cost this JVM: process CPU (and the part the embedded simulator's own threads used), heap
 * used after a full GC before the sessions, with them and after the load, peak heap, and threads. The
 * simulator shares the heap when it is embedded, so its memory is in the figures; its CPU is told apart by
 * thread name (Netty's {@code xmpp-io}, {@code xmpp-accept}, {@code finesse-rest}).
 */
final class ResourceUse {

    private static final String[] SIMULATOR_THREADS = {"xmpp-io", "xmpp-accept", "finesse-rest", "simulator-"};

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long startCpu;
    private long startSimulatorCpu;
    private long startWall;
    private long heapBaseline;
    private long heapWithSessions;
    private long heapAfterLoad;
    private long loadCpu;
    private long loadSimulatorCpu;
    private long loadWall;
    private int peakThreads;

    void baseline() {
        heapBaseline = heapAfterGc();
        resetPeaks();
    }

    void sessionsUp() {
        heapWithSessions = heapAfterGc();
        startCpu = processCpuNanos();
        startSimulatorCpu = simulatorCpuNanos();
        startWall = System.nanoTime();
    }

    void loaded() {
        loadWall = System.nanoTime() - startWall;
        loadCpu = processCpuNanos() - startCpu;
        loadSimulatorCpu = simulatorCpuNanos() - startSimulatorCpu;
        peakThreads = threads.getPeakThreadCount();
        heapAfterLoad = heapAfterGc();
    }

    Figures figures(int agents) {
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        double perAgentKib = agents == 0 ? 0 : (heapWithSessions - heapBaseline) / 1024.0 / agents;
        return new Figures(Runtime.getRuntime().availableProcessors(), loadWall / 1e9, loadCpu / 1e9,
                loadSimulatorCpu / 1e9, mib(heapBaseline), mib(heapWithSessions), mib(heapAfterLoad), mib(peakHeap),
                mib(Runtime.getRuntime().maxMemory()), perAgentKib, peakThreads);
    }

    private long heapAfterGc() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        threads.resetPeakThreadCount();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private long simulatorCpuNanos() {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && isSimulator(info.getThreadName())) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    private static boolean isSimulator(String name) {
        for (String prefix : SIMULATOR_THREADS) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    /**
     * @param cores            processors the JVM sees
     * @param loadSeconds      wall clock from the sessions being up to the end of the load
     * @param cpuSeconds       process CPU over that time (suite, simulator, GC, JIT)
     * @param simulatorCpuSeconds the embedded simulator's threads' share of it (0 against a lab)
     */
    record Figures(int cores, double loadSeconds, double cpuSeconds, double simulatorCpuSeconds,
                   double heapBaselineMib, double heapWithSessionsMib, double heapAfterLoadMib, double peakHeapMib,
                   double maxHeapMib, double heapPerAgentKib, int peakThreads) {

        double suiteCpuSeconds() {
            return cpuSeconds - simulatorCpuSeconds;
        }

        /** Average cores busy over the load. */
        double coresBusy() {
            return loadSeconds == 0 ? 0 : cpuSeconds / loadSeconds;
        }
    }
}
