package io.fastjpa.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sockets a local process listens on, read from Linux's {@code /proc}: which process serves a TCP port, and every
 * TCP socket it listens on and UDP socket it has bound, with their local addresses.
 */
final class ListeningSockets {

    private static final Path PROC = Path.of("/proc");
    private static final String TCP_LISTEN = "0A";
    private static final String UDP_UNCONNECTED = "07";

    /** A socket of a process: its protocol table ({@code tcp}, {@code udp6}, ...), local address and port. */
    record Bound(String table, InetAddress address, int port) {

        @Override
        public String toString() {
            return table + " " + address.getHostAddress() + ":" + port;
        }
    }

    private record Entry(String table, InetAddress address, int port, String state, String inode) {}

    private ListeningSockets() {}

    /** @return whether this machine has the {@code /proc} tables this class reads */
    static boolean available() {
        return Files.isReadable(PROC.resolve("net/tcp")) && Files.isReadable(PROC.resolve("net/tcp6"));
    }

    /**
     * @param port a TCP port something on this machine listens on
     * @return the id of the process that listens on it, if it is visible to this one
     */
    static Optional<Long> processListeningOn(int port) {
        Set<String> inodes = new HashSet<>();
        for (Entry entry : entries()) {
            if (entry.table().startsWith("tcp") && entry.state().equals(TCP_LISTEN) && entry.port() == port) {
                inodes.add(entry.inode());
            }
        }
        try (Stream<Path> processes = Files.list(PROC)) {
            return processes
                    .filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> !socketInodes(dir).stream()
                            .filter(inodes::contains)
                            .toList()
                            .isEmpty())
                    .map(dir -> Long.valueOf(dir.getFileName().toString()))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param pid a process id
     * @return the TCP sockets the process listens on and the UDP sockets it has bound without a peer
     */
    static List<Bound> of(long pid) {
        Set<String> inodes = socketInodes(PROC.resolve(Long.toString(pid)));
        List<Bound> bound = new ArrayList<>();
        for (Entry entry : entries()) {
            boolean listening = entry.table().startsWith("tcp")
                    ? entry.state().equals(TCP_LISTEN)
                    : entry.state().equals(UDP_UNCONNECTED);
            if (listening && inodes.contains(entry.inode())) {
                bound.add(new Bound(entry.table(), entry.address(), entry.port()));
            }
        }
        return bound;
    }

    private static Set<String> socketInodes(Path process) {
        Set<String> inodes = new HashSet<>();
        // A process can exit or close a descriptor while it is read: what vanished is simply not there.
        try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
            descriptors.forEach(descriptor -> {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException | UnsupportedOperationException vanished) {
                    // not a socket any more
                }
            });
        } catch (IOException | SecurityException notReadable) {
            // another user's process, or gone
        }
        return inodes;
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = PROC.resolve("net").resolve(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(file);
                for (String line : lines.subList(1, lines.size())) {
                    // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
                    String[] fields = line.trim().split("\\s+");
                    String[] local = fields[1].split(":");
                    entries.add(
                            new Entry(table, address(local[0]), Integer.parseInt(local[1], 16), fields[3], fields[9]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    // The kernel prints an address as 32-bit words in host byte order (little-endian here), each in hex.
    private static InetAddress address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + (3 - i)) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address: " + hex, e);
        }
    }
}
