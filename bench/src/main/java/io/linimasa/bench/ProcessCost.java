package io.linimasa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of processes, from /proc (Linux): what a stage costs the machine,
 * whatever language it is written in. CPU is user plus system time in seconds.
 */
final class ProcessCost {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private ProcessCost() {
    }

    static double cpuSeconds(long pid) {
        return cpuTicks(pid, false) / TICKS;
    }

    /**
     * The process's CPU and that of its children it has reaped (utime, stime, cutime, cstime): a
     * PostgreSQL backend that ends takes its CPU with it, except into its postmaster's children time.
     */
    private static long cpuTicks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long residentKilobytes(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Every process of a user (PostgreSQL's backends, say): the sum of their CPU time, with the ended ones'. */
    static double cpuSecondsOfUser(String user) {
        return ofUser(user).mapToLong(pid -> cpuTicks(pid, true)).sum() / TICKS;
    }

    static long residentKilobytesOfUser(String user) {
        return ofUser(user).mapToLong(ProcessCost::residentKilobytes).sum();
    }

    private static Stream<Long> ofUser(String user) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            int uid = uid(user);
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+")).map(Long::parseLong)
                    .filter(pid -> ownedBy(pid, uid)).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static boolean ownedBy(long pid, int uid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("Uid:")).anyMatch(l -> l.split("\\s+")[1].equals(Integer.toString(uid)));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int uid(String user) throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/etc/passwd"))) {
            return lines.map(l -> l.split(":")).filter(f -> f[0].equals(user)).mapToInt(f -> Integer.parseInt(f[2])).findFirst().orElse(-1);
        }
    }
}
