import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-coverage benchmark's load: READERS Server-Sent Event streams of one live story held open on one instance
 * (one virtual thread and one socket each), an entry posted through the admin form every INTERVAL seconds, and each
 * entry's delivery time to every stream (from just before its post is sent to its event read, on the same clock).
 * Also the server's heap after a full GC and its resident memory, before and after the streams open.
 *
 * <p>Run by bench/live/run.sh: java SseReaders.java PORT STORY READERS POSTS INTERVAL_S SERVER_PID COOKIES CSRF
 */
public class SseReaders {

    static final Pattern BENCH_ENTRY = Pattern.compile("Bench entry (\\d+)\\b");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long story = Long.parseLong(args[1]);
        int readers = Integer.parseInt(args[2]);
        int posts = Integer.parseInt(args[3]);
        int interval = Integer.parseInt(args[4]);
        long serverPid = Long.parseLong(args[5]);
        String cookies = args[6];
        String csrf = args[7];

        Memory before = Memory.of(serverPid);
        System.out.printf("server before: heap used %.1f MiB after GC, RSS %.1f MiB%n", before.heapMiB(), before.rssMiB());

        // receipts.get(entry) holds one delivery time (ns) per stream that got it
        Map<Integer, ConcurrentLinkedQueue<Long>> receipts = new ConcurrentHashMap<>();
        Map<Integer, Long> postedAt = new ConcurrentHashMap<>();
        CountDownLatch connected = new CountDownLatch(readers);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        Semaphore connecting = new Semaphore(64);
        List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
        var threads = Executors.newVirtualThreadPerTaskExecutor();
        long opening = System.nanoTime();
        for (int i = 0; i < readers; i++) {
            threads.submit(() -> {
                try {
                    Socket socket = new Socket();
                    InputStream in;
                    boolean chunked = false;
                    // At most 64 connections being opened at once: the server's accept queue is not flooded.
                    connecting.acquire();
                    try {
                        socket.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
                        sockets.add(socket);
                        OutputStream out = socket.getOutputStream();
                        out.write(("GET /live/" + story + "/stream HTTP/1.1\r\nHost: 127.0.0.1:" + port
                                        + "\r\nAccept: text/event-stream\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        in = new BufferedInputStream(socket.getInputStream());
                        String status = line(in);
                        if (status == null || !status.contains(" 200 ")) {
                            refused.incrementAndGet();
                            connected.countDown();
                            socket.close();
                            return null;
                        }
                        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                            String h = header.toLowerCase();
                            chunked |= h.startsWith("transfer-encoding:") && h.contains("chunked");
                        }
                    } finally {
                        connecting.release();
                    }
                    connected.countDown();
                    read(chunked ? new Chunked(in) : in, receipts, postedAt);
                } catch (Exception e) {
                    // the stream ended
                }
                closed.incrementAndGet();
                return null;
            });
        }
        boolean all = connected.await(120, TimeUnit.SECONDS);
        System.out.printf(
                "%d of %d streams open in %.1f s (%d refused)%n",
                readers - refused.get() - (int) connected.getCount(),
                readers,
                (System.nanoTime() - opening) / 1e9,
                refused.get());
        Memory open = Memory.of(serverPid);
        int streams = readers - refused.get();
        System.out.printf(
                "server with the streams open: heap used %.1f MiB after GC, RSS %.1f MiB: %.1f KiB heap and %.1f KiB RSS"
                        + " per stream%n",
                open.heapMiB(),
                open.rssMiB(),
                (open.heapMiB() - before.heapMiB()) * 1024 / Math.max(1, streams),
                (open.rssMiB() - before.rssMiB()) * 1024 / Math.max(1, streams));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (int n = 1; n <= posts; n++) {
            receipts.put(n, new ConcurrentLinkedQueue<>());
            String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&title=&body="
                    + URLEncoder.encode("Bench entry " + n + " of the live benchmark.", StandardCharsets.UTF_8)
                    + "&action=post";
            HttpRequest post = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/admin/live/" + story + "/entries"))
                    .header("Cookie", cookies)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
            postedAt.put(n, System.nanoTime());
            HttpResponse<Void> answer = http.send(post, HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 302) {
                throw new IllegalStateException("Posting answered " + answer.statusCode());
            }
            Thread.sleep(interval * 1000L);
        }
        List<Long> everyOne = new ArrayList<>();
        int missed = 0;
        for (int n = 1; n <= posts; n++) {
            List<Long> times = new ArrayList<>(receipts.get(n));
            missed += streams - times.size();
            everyOne.addAll(times);
            Collections.sort(times);
            System.out.printf(
                    "entry %d: %d streams got it, p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                    n, times.size(), pct(times, 50), pct(times, 99), pct(times, 100));
        }
        Collections.sort(everyOne);
        System.out.printf(
                "DELIVERY %d posts x %d streams: p50 %.0f ms, p99 %.0f ms, max %.0f ms, %d not delivered%n",
                posts, streams, pct(everyOne, 50), pct(everyOne, 99), pct(everyOne, 100), missed);
        System.out.printf("streams closed early: %d%n", closed.get());
        for (Socket s : sockets) {
            s.close();
        }
        threads.shutdownNow();
        System.exit(all ? 0 : 1);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    static void read(InputStream in, Map<Integer, ConcurrentLinkedQueue<Long>> receipts, Map<Integer, Long> postedAt)
            throws IOException {
        for (String line = line(in); line != null; line = line(in)) {
            if (line.startsWith("data:")) {
                long now = System.nanoTime();
                Matcher m = BENCH_ENTRY.matcher(line);
                while (m.find()) {
                    int n = Integer.parseInt(m.group(1));
                    Long at = postedAt.get(n);
                    var queue = receipts.get(n);
                    if (at != null && queue != null) {
                        queue.add(now - at);
                    }
                }
            }
        }
    }

    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                String s = bytes.toString(StandardCharsets.UTF_8);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
    }

    /** HTTP/1.1 chunked transfer coding, undone. */
    static final class Chunked extends InputStream {
        final InputStream in;
        long left;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (left == 0) {
                String size = line(in);
                while (size != null && size.isEmpty()) {
                    size = line(in);
                }
                if (size == null) {
                    return -1;
                }
                left = Long.parseLong(size.split(";")[0].strip(), 16);
                if (left == 0) {
                    return -1;
                }
            }
            left--;
            return in.read();
        }
    }

    record Memory(double heapMiB, double rssMiB) {
        static Memory of(long pid) throws Exception {
            run("jcmd", Long.toString(pid), "GC.run");
            String heap = run("jcmd", Long.toString(pid), "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
            double heapKiB = used.find() ? Double.parseDouble(used.group(1)) : Double.NaN;
            double rssKiB = Double.NaN;
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) {
                    rssKiB = Double.parseDouble(l.replaceAll("[^0-9]", ""));
                }
            }
            return new Memory(heapKiB / 1024, rssKiB / 1024);
        }

        static String run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            return out;
        }
    }
}
