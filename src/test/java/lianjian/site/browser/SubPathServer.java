package lianjian.site.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a folder under a sub-path (e.g. http://127.0.0.1:PORT/intranet/lianjian/) with the JDK's
 * own HTTP server, as an intranet web server would, and records every request it receives,
 * including requests OUTSIDE the sub-path (answered 404): a page that escapes its folder with an
 * absolute link ("/assets/x.css") or that lets the browser ask for "/favicon.ico" shows up here.
 */
public final class SubPathServer implements AutoCloseable {

    /** One request as the server saw it. */
    public record Hit(String method, String path, int status) {
        @Override
        public String toString() {
            return method + " " + path + " -> " + status;
        }
    }

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml", // a wrong type here breaks <img src=x.svg>: check the real server's mapping
            "csv", "text/csv; charset=utf-8",
            "png", "image/png");

    private final HttpServer server;
    private final ExecutorService pool;
    private final Path root;
    private final String prefix;
    private final List<Hit> log = new CopyOnWriteArrayList<>();

    /** @param prefix like "/intranet/lianjian/" (leading and trailing slash) */
    public SubPathServer(Path root, String prefix) {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle); // catch-all so that stray requests are logged too
        pool = Executors.newFixedThreadPool(4);
        server.setExecutor(pool);
        server.start();
    }

    /** Base URL of the site, ending with '/'. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    public List<Hit> accessLog() {
        return List.copyOf(log);
    }

    public void clearLog() {
        log.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        String rawPath = ex.getRequestURI().getRawPath();
        int status;
        // (the hit is logged before the response is sent, so a test that reads the log right after
        // the browser finished loading cannot miss it)
        try {
            String path = URLDecoder.decode(rawPath, StandardCharsets.UTF_8);
            Path file = null;
            if (path.startsWith(prefix)) {
                String rel = path.substring(prefix.length());
                if (rel.isEmpty() || rel.endsWith("/")) {
                    rel += "index.html";
                }
                Path candidate = root.resolve(rel).normalize();
                if (candidate.startsWith(root) && Files.isRegularFile(candidate)) {
                    file = candidate;
                }
            }
            if (file == null || !(ex.getRequestMethod().equals("GET") || ex.getRequestMethod().equals("HEAD"))) {
                status = 404;
                log.add(new Hit(ex.getRequestMethod(), rawPath, status)); // before answering: no race
                byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                ex.sendResponseHeaders(status, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            } else {
                status = 200;
                log.add(new Hit(ex.getRequestMethod(), rawPath, status));
                String name = file.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                byte[] body = Files.readAllBytes(file);
                boolean head = ex.getRequestMethod().equals("HEAD");
                ex.sendResponseHeaders(status, head ? -1 : body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    if (!head) {
                        out.write(body);
                    }
                }
            }
        } finally {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
